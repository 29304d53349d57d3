/**
 * Analysis pairs: the per-chunk work of an index build (chunk-line.ts analyseBatch: the chunk store's lines, BM25
 * terms and vectors) for two checkouts in one process, on the same sample of a knowledge folder's chunks, rounds
 * alternated, each timed by this thread's CPU. Steadier than whole builds on a loaded machine (no worker, no files),
 * and it checks that both checkouts give the same lines, terms and vectors (a digest of each round's output).
 *
 * With --embedder, the offline embedder alone (embedInto over each chunk's indexed text, analysed beforehand by each
 * checkout's text-analysis.ts), the vectors digested.
 *
 * Usage: npx tsx bench/probe/analysis-pairs.ts <knowledge folder> <root A> <root B> [--chunks 3000] [--rounds 6]
 *   [--embedder]
 *   (make the folder with bench/probe/build-corpus-index.ts; a root is a checkout holding src/)
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkoutIngestModules } from './checkout-ingest-modules.js';
import type * as ChunkArticles from '../../src/knowledge/chunk-articles.js';
import type * as ChunkLine from '../../src/retrieval/chunk-line.js';
import type * as TextAnalysis from '../../src/retrieval/text-analysis.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    chunks: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '6' },
    embedder: { type: 'boolean', default: false },
  },
});
const [knowledgeDir, rootA, rootB] = positionals;
if (!knowledgeDir || !rootA || !rootB)
  throw new Error('usage: analysis-pairs.ts <knowledge folder> <root A> <root B> [--chunks N] [--rounds N]');

async function side(root: string) {
  const {
    load,
    loadArticles,
    loadGlossary,
    createChunker,
    chunkerSettings,
    learnAliasGroups,
    createAliasIndex,
    analyseBatch,
    createTermNumbers,
    HashedEmbedder,
  } = await checkoutIngestModules(root);
  const { articles } = await loadArticles([path.join(knowledgeDir as string, 'articles')]);
  const { glossary } = await loadGlossary(path.join(knowledgeDir as string, 'glossary.yaml'));
  const aliases = createAliasIndex({ ...learnAliasGroups(articles), names: [] });
  const chunkArticle = createChunker(chunkerSettings);
  const chunks: ChunkArticles.Chunk[] = [];
  // Every n-th article, so the sample holds each language and article length.
  const step = Math.max(1, Math.floor(articles.length / (Number(values.chunks) / 2.4)));
  for (let index = 0; index < articles.length && chunks.length < Number(values.chunks); index += step)
    chunks.push(...(await chunkArticle(articles[index] as (typeof articles)[number])));
  const embedder = new HashedEmbedder({ glossary });
  if (values.embedder) {
    const { analyseText } = await load<typeof TextAnalysis>('retrieval/text-analysis.ts');
    const { indexedText } = await load<typeof ChunkLine>('retrieval/chunk-line.ts');
    const analysed = chunks.map((chunk) => analyseText(indexedText(chunk), glossary));
    return () => {
      const vectors = new Float64Array(analysed.length * embedder.dimensions);
      const started = process.cpuUsage();
      for (const [index, text] of analysed.entries())
        embedder.embedInto(text.text, text, vectors, index * embedder.dimensions);
      const used = process.cpuUsage(started);
      const digest = createHash('sha256').update(new Uint8Array(vectors.buffer)).digest('hex').slice(0, 12);
      return { cpu: (used.user + used.system) / 1e6, chunks: chunks.length, digest };
    };
  }
  return () => {
    const context = { glossary, aliases, embedder, titles: new Map(), terms: createTermNumbers('probe') };
    const digest = createHash('sha256');
    const started = process.cpuUsage();
    for (let start = 0; start < chunks.length; start += 256) {
      const work = analyseBatch(chunks.slice(start, start + 256), context);
      digest.update(work.lines).update(work.terms).update(work.termEnds).update(work.newTerms.join('\n'));
      if (work.vectors) digest.update(new Uint8Array(work.vectors.buffer));
    }
    const used = process.cpuUsage(started);
    return { cpu: (used.user + used.system) / 1e6, chunks: chunks.length, digest: digest.digest('hex').slice(0, 12) };
  };
}

const runA = await side(rootA);
const runB = await side(rootB);
const ratios: number[] = [];
for (let round = 0; round < Number(values.rounds); round += 1) {
  const order = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
  const results: Record<string, ReturnType<typeof runA>> = {};
  for (const name of order) results[name] = (name === 'A' ? runA : runB)();
  const a = results.A as ReturnType<typeof runA>;
  const b = results.B as ReturnType<typeof runA>;
  ratios.push(a.cpu / b.cpu);
  process.stdout.write(
    `round ${round} chunks ${a.chunks}/${b.chunks} A ${a.cpu.toFixed(2)} s B ${b.cpu.toFixed(2)} s A/B ` +
      `${(a.cpu / b.cpu).toFixed(3)} digest ${a.digest} ${b.digest}${a.digest === b.digest ? '' : ' DIFFERENT'}\n`,
  );
}
ratios.sort((x, y) => x - y);
process.stdout.write(
  `median A/B ${(ratios[Math.floor(ratios.length / 2)] as number).toFixed(3)} of ${ratios.length}\n`,
);
