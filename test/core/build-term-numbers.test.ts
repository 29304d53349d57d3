/**
 * A build's BM25 terms cross threads as numbers (chunk-line.ts TermNumbers): each analysing thread numbers the terms
 * it meets, and the index builder reads each thread's numbers in chunk order. The index is the one built from the
 * terms themselves, and a build whose batches the passage worker and the main thread share writes the same files
 * byte for byte as one on the main thread alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article-schema.js';
import { buildGeneration } from '../../src/retrieval/build-generation.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { defaultHnswSettings } from '../../src/retrieval/knowledge-index.js';
import { LexicalIndexBuilder } from '../../src/retrieval/lexical-index-builder.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { useGlossaryFile } from '../helpers/glossary-file.js';

/** A batch of documents as one thread numbers them (`numbers`: its numbering, kept across its batches). */
function numbered(documents: string[][], numbering: string, numbers: Map<string, number>) {
  const newTerms: string[] = [];
  const terms: number[] = [];
  const termEnds: number[] = [];
  for (const document of documents) {
    for (const term of document) {
      if (!numbers.has(term)) {
        numbers.set(term, numbers.size);
        newTerms.push(term);
      }
      terms.push(numbers.get(term) as number);
    }
    termEnds.push(terms.length);
  }
  return { numbering, newTerms, terms: Uint32Array.from(terms), termEnds: Uint32Array.from(termEnds) };
}

describe('the BM25 index of numbered terms', () => {
  it('is the index of the terms themselves, whichever thread numbered each batch', () => {
    const documents = [
      ['studio', 'inyo', 'studio', '@post-production'],
      ['busan', 'studio'],
      [],
      ['inyo', '~스튜', 'busan', 'busan'],
      ['@post-production', 'kocca', 'studio'],
      ['kocca', '~스튜', 'vfx'],
    ];
    const plain = new LexicalIndexBuilder();
    for (const terms of documents) plain.add(terms);
    // Batches 0-1 and 4-5 from one thread, 2-3 from another, which meets "studio" and "inyo" later and numbers
    // "~스튜" before "busan" (its first batch) - the ids follow the documents, not the numbers.
    const worker = new Map<string, number>();
    const main = new Map<string, number>();
    main.set('~스튜', 0);
    const fromThreads = new LexicalIndexBuilder();
    fromThreads.addNumbered(numbered(documents.slice(0, 2), 'worker', worker));
    const second = numbered(documents.slice(2, 4), 'main', main);
    fromThreads.addNumbered({ ...second, newTerms: ['~스튜', ...second.newTerms] });
    fromThreads.addNumbered(numbered(documents.slice(4), 'worker', worker));
    const expected = plain.finish().serialize();
    const actual = fromThreads.finish().serialize();
    expect(actual.vocabulary).toEqual(expected.vocabulary);
    expect(actual.vocabulary.slice(0, 4)).toEqual(['studio', 'inyo', '@post-production', 'busan']);
    expect(actual.binary.equals(expected.binary)).toBe(true);
  });
});

// A small lexicon (the shipped one takes seconds to compile), in three scripts.
const lexicon = `
- id: post-production
  category: skill
  en: [post-production, VFX]
  ko: [후반 작업]
  vi: [hậu kỳ]
`;
const texts = [
  'Korea Creative Content Agency (KOCCA) funds post-production training in Busan. Studio Inyo sent 120 VFX artists.',
  '한국콘텐츠진흥원은 부산에서 후반 작업 교육을 열었다. 스튜디오인요의 애니메이터 45명이 참여했다.',
  'Hãng phim Studio Inyo đào tạo 1.200 người về hậu kỳ tại TP.HCM. Khóa học kéo dài ba tháng.',
  'Компания «Мультпрактика» наняла 45 аниматоров в Москве. 東京のスタジオと共同制作。',
];
const articles: Article[] = Array.from({ length: 24 }, (_, index) => ({
  id: `training-${index}`,
  title: `Training news ${index % 5}: Studio Inyo`,
  language: 'en',
  tags: [],
  file: `training-${index}.md`,
  text: `${texts[index % texts.length] as string} Round ${index} of ${index % 7} courses.`,
}));

describe('an index build with the passage worker', () => {
  const temporary = useGlossaryFile(lexicon);

  const build = async (name: string, passageWorker: boolean) => {
    const folder = path.join(temporary.folder, name);
    await buildGeneration(
      {
        dataDir: temporary.folder,
        articles,
        glossary: temporary.glossary,
        glossarySource: { file: temporary.file, cacheDir: temporary.folder },
        embeddings: new HashedEmbedder({ glossary: temporary.glossary, dimensions: 32 }),
        logger: createSilentLogger(),
        // Batches of two chunks: the worker and this thread share them.
        embedBatchSize: 2,
        passageWorker,
      },
      folder,
      'content',
      defaultHnswSettings,
    );
    return folder;
  };

  it('writes the same chunk store and BM25 files as a build on the main thread alone', async () => {
    const alone = await build('alone', false);
    const shared = await build('shared', true);
    for (const name of ['chunks.jsonl', 'chunk-offsets.bin', 'lexical.bin', 'vocabulary.json', 'vectors.blocks']) {
      const [expected, actual] = await Promise.all([alone, shared].map((folder) => readFile(path.join(folder, name))));
      expect(actual?.equals(expected as Buffer), name).toBe(true);
    }
    const vocabulary = JSON.parse(await readFile(path.join(shared, 'vocabulary.json'), 'utf8')) as string[];
    expect(vocabulary).toEqual(expect.arrayContaining(['studio', '@post-production', '~스튜']));
  });
});
