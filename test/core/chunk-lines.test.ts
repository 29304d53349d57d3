/**
 * A build's batches (retrieval/chunk-lines.ts): the passage worker thread gives the same chunk store lines, BM25 terms
 * and vectors as the main thread (and the articles' names), and when the worker cannot do the work (another lexicon)
 * the main thread does it. A chunk segmented a sentence at a time gives the terms and vector of the whole text.
 */
import { describe, expect, it } from 'vitest';
import type { LearntAliases } from '../../src/knowledge/article-aliases.js';
import type { Chunk } from '../../src/knowledge/chunk-articles.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { createAliasIndex } from '../../src/knowledge/article-aliases.js';
import { passagesInWorker, passageWorkerFromChunks } from '../../src/retrieval/build-generation.js';
import {
  analyseBatch,
  batchClaims,
  batchLines,
  batchTerms,
  createTermNumbers,
  type FromPassageWorker,
  indexedText,
  type PassageWorkerData,
  type ToPassageWorker,
} from '../../src/retrieval/chunk-line.js';
import { startChunkLines, workerPairsFrom } from '../../src/retrieval/chunk-lines.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { aliasPairsOf, learnAliasGroups, learnNames } from '../../src/retrieval/learnt-aliases.js';
import { lexicalTerms } from '../../src/retrieval/lexical-terms.js';
import { startModuleWorker } from '../../src/module-worker.js';
import { useGlossaryFile } from '../helpers/glossary-file.js';

const texts = [
  'Korea Creative Content Agency (KOCCA) funds post-production training in Busan. Studio Inyo sent 120 VFX artists.',
  '한국콘텐츠진흥원은 부산에서 후반 작업 교육을 열었다. 스튜디오인요의 애니메이터 45명이 참여했다.',
  'Hãng phim Studio Inyo đào tạo 1.200 người về hậu kỳ tại TP.HCM. Khóa học kéo dài ba tháng.',
  'Компания «Мультпрактика» наняла 45 аниматоров в Москве. 東京のスタジオと共同制作。',
];
const chunks: Chunk[] = texts.flatMap((text, article) =>
  [0, 1, 2].map((position) => ({
    id: `a${article}#${position}`,
    articleId: `a${article}`,
    title: `Training news ${article}: Studio Inyo`,
    position,
    start: position * 10,
    text: position === 0 ? text : `${text} Part ${position}.`,
  })),
);
const learnt: LearntAliases = {
  groups: [{ forms: ['Korea Creative Content Agency', 'KOCCA', '한국콘텐츠진흥원'] }],
  names: [],
  subjects: [],
};

// A small lexicon (the shipped one takes seconds to compile): a concept under a broader one, in three scripts.
const lexicon = `
- id: content-production
  category: concept
  en: [content production]
- id: post-production
  category: skill
  broader: [content-production]
  en: [post-production, VFX]
  ko: [후반 작업]
  vi: [hậu kỳ]
`;
const temporary = useGlossaryFile(lexicon);

const articles = texts.map((text, article) => ({ title: `Training news ${article}: Studio Inyo`, text }));

async function linesOf(options: Parameters<typeof startChunkLines>[0], help = false) {
  const analysis = startChunkLines(options);
  try {
    // The names are asked for first (the worker works them out while the build goes on), then the batches.
    const names = analysis.names(articles);
    const lines = analysis.withAliases(learnt);
    // Three batches asked for at once, answered in order; this thread analyses those the worker has not taken.
    const asked = [lines.lines(chunks.slice(0, 5)), lines.lines(chunks.slice(5, 9)), lines.lines(chunks.slice(9))];
    if (help) await lines.help?.(() => false);
    const batches = await Promise.all(asked);
    // Each thread's term numbers read back in chunk order, as the build's BM25 index reads them.
    const known = new Map<string, string[]>();
    return {
      lines: batches.flatMap(batchLines),
      terms: batches.flatMap((batch) => batchTerms(batch, known)),
      vectors: batches.map((batch) => [...(batch.vectors ?? [])]),
      inWorker: lines.inWorker,
      names: await names,
    };
  } finally {
    await analysis.stop();
  }
}

describe('the alias groups of a build with the passage worker', () => {
  // The last articles state aliases too: the worker learns their pairs (workerPairsFrom), this thread the others'.
  const stated = [
    ...articles,
    { title: 'Funding round', text: 'The Busan Film Commission (BFC) opened a fund for VFX. BFC pays half.' },
    { title: 'Animation school', text: 'Korea Animation Producers Association (KAPA) trains 45 animators.' },
  ];

  it("are learnAliasGroups of the articles, with the last articles' pairs learnt by the worker", async () => {
    const from = workerPairsFrom(stated);
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThan(stated.length);
    // The worker's share holds the last ~30% of the text, and alias pairs.
    const length = (list: typeof stated) => list.reduce((sum, article) => sum + article.text.length, 0);
    expect(length(stated.slice(from))).toBeLessThanOrEqual(length(stated) * 0.3);
    expect(length(stated.slice(from - 1))).toBeGreaterThan(length(stated) * 0.3);
    expect(aliasPairsOf(stated.slice(from))).not.toEqual([]);
    expect(aliasPairsOf(stated.slice(0, from))).not.toEqual([]);
    const alone = learnAliasGroups(stated);
    expect(alone.groups.map((group) => group.forms)).toEqual(
      expect.arrayContaining([expect.arrayContaining(['KAPA']), expect.arrayContaining(['KOCCA'])]),
    );
    for (const glossary of [
      temporary.glossary,
      createGlossary([{ id: 'funding', category: 'concept', en: ['fund'] }]),
    ]) {
      // The build's lexicon, then another (the worker fails once it has loaded its own): the same groups either way.
      const analysis = startChunkLines({
        glossary,
        source: { file: temporary.file, cacheDir: temporary.folder },
        useWorker: true,
      });
      try {
        const names = analysis.names(stated);
        expect(await analysis.aliasGroups(stated)).toEqual(alone);
        expect(await names).toEqual(learnNames(stated));
      } finally {
        await analysis.stop();
      }
    }
  });
});

describe('the chunk store lines of a build', () => {
  it('are the same from the passage worker as from the main thread', async () => {
    const embedder = new HashedEmbedder({ glossary: temporary.glossary, dimensions: 64 });
    const inThread = await linesOf({ glossary: temporary.glossary, source: undefined, useWorker: false, embedder });
    expect(inThread.inWorker).toBe(false);
    expect(inThread.lines).toHaveLength(chunks.length);
    expect(inThread.lines.filter((line) => line.includes('"passage"'))).toHaveLength(chunks.length);
    const fromWorker = await linesOf({
      glossary: temporary.glossary,
      source: { file: temporary.file, cacheDir: temporary.folder },
      useWorker: true,
      embedder,
    });
    expect(fromWorker.inWorker).toBe(true);
    expect(fromWorker.lines).toEqual(inThread.lines);
    expect(fromWorker.terms).toEqual(inThread.terms);
    expect(fromWorker.vectors).toEqual(inThread.vectors);
    const shared = await linesOf(
      {
        glossary: temporary.glossary,
        source: { file: temporary.file, cacheDir: temporary.folder },
        useWorker: true,
        embedder,
      },
      true,
    );
    expect({ ...shared, inWorker: false }).toEqual(inThread);
    expect(inThread.vectors.flat()).toHaveLength(chunks.length * 64);
    expect(inThread.lines.join('\n')).toContain('@content-production');
    expect(fromWorker.names).toEqual(inThread.names);
    expect(inThread.names).toEqual(learnNames(articles));
    // KOCCA and Studio Inyo by their loose keys.
    expect(inThread.names).toEqual(expect.arrayContaining(['%koka', '%sdodioin']));
  });

  it('come from the main thread when the worker loads another lexicon than the build has', async () => {
    const other = createGlossary([{ id: 'funding', category: 'concept', en: ['funds'] }]);
    const fromWorker = await linesOf({
      glossary: other,
      source: { file: temporary.file, cacheDir: temporary.folder },
      useWorker: true,
    });
    expect(fromWorker.inWorker).toBe(false);
    expect(fromWorker.lines).toEqual((await linesOf({ glossary: other, source: undefined, useWorker: false })).lines);
    expect(fromWorker.names).toEqual(learnNames(articles));
    expect(fromWorker.lines.join('\n')).toContain('@funding');
  });
});

describe('a batch the passage worker holds', () => {
  it('is analysed by the worker only if the build has not taken it back (its shared claim)', async () => {
    const workerData: PassageWorkerData = {
      glossary: { file: temporary.file, cacheDir: temporary.folder },
      glossaryHash: temporary.glossary.hash,
    };
    const callerUrl = new URL('../../src/retrieval/chunk-lines.ts', import.meta.url).href;
    const worker = startModuleWorker(callerUrl, 'passage-worker', { workerData }, 'require');
    try {
      const answers: FromPassageWorker[] = [];
      let answered = () => {};
      worker.on('message', (message: FromPassageWorker) => {
        answers.push(message);
        answered();
      });
      const next = () => new Promise<void>((resolve) => (answered = resolve));
      await next();
      expect(answers[0]?.type).toBe('ready');
      const claim = () => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      const [takenBack, held] = [claim(), claim()];
      // The build took the first back before the worker began it: the worker passes it over and answers the second.
      Atomics.store(takenBack, 0, batchClaims.build);
      worker.postMessage({
        type: 'batch',
        id: 1,
        chunks: chunks.slice(0, 2),
        claim: takenBack,
      } satisfies ToPassageWorker);
      worker.postMessage({ type: 'batch', id: 2, chunks: chunks.slice(2, 4), claim: held } satisfies ToPassageWorker);
      await next();
      expect(answers.slice(1).map((message) => (message.type === 'lines' ? message.id : message.type))).toEqual([2]);
      expect(Atomics.load(held, 0)).toBe(batchClaims.worker);
      expect(Atomics.load(takenBack, 0)).toBe(batchClaims.build);
    } finally {
      await worker.terminate();
    }
  });
});

describe('a chunk segmented a sentence at a time', () => {
  it('gives the BM25 terms and the vector of its whole text, but finds no concept across a sentence end', () => {
    const aliases = createAliasIndex({ ...learnt, names: [] });
    const embedder = new HashedEmbedder({ glossary: temporary.glossary, dimensions: 64 });
    const context = {
      glossary: temporary.glossary,
      aliases,
      embedder,
      titles: new Map(),
      terms: createTermNumbers('test'),
    };
    const work = analyseBatch(chunks, context);
    const terms = batchTerms(work, new Map());
    for (const [index, chunk] of chunks.entries()) {
      const text = indexedText(chunk);
      expect(terms[index]).toEqual(lexicalTerms(text, temporary.glossary, aliases));
      expect([...(work.vectors as Float64Array).subarray(index * 64, index * 64 + 64)]).toEqual(
        embedder.embedText(text),
      );
    }
    // "post" ends one sentence and "production" starts the next: no post-production between them.
    const across = { ...(chunks[0] as Chunk), title: 'Notes', text: 'The crew wrapped the post. Production resumed.' };
    const fresh = { ...context, titles: new Map(), terms: createTermNumbers('test') };
    const [acrossTerms] = batchTerms(analyseBatch([across], fresh), new Map());
    expect(lexicalTerms(indexedText(across), temporary.glossary, aliases)).toContain('@post-production');
    expect(acrossTerms).not.toContain('@post-production');
    expect(acrossTerms).toEqual(expect.arrayContaining(['post', 'production']));
  });
});

describe('whether a build analyses its passages in a worker thread', () => {
  it('is from passageWorkerFromChunks chunks on with a second core, whatever the load', () => {
    expect(passagesInWorker(passageWorkerFromChunks, 2)).toBe(true);
    expect(passagesInWorker(passageWorkerFromChunks - 1, 8)).toBe(false);
    expect(passagesInWorker(100_000, 1)).toBe(false);
  });
});
