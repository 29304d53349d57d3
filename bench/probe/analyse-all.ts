/**
 * Every chunk of a knowledge folder analysed once on this thread, in build order and batches (chunk-line.ts
 * analyseBatch, as a build without the passage worker does): this thread's CPU for the analysis alone (no files, no
 * index) and a digest of the lines, terms and vectors, to hold two checkouts' outputs equal. Cold like a build (each
 * run is its own process: the recent-word memos start empty and fill as a build's do).
 *
 * Usage: npx tsx bench/probe/analyse-all.ts <knowledge folder> <root> [--limit N] [--dump file]
 *   Pairs: run it for two roots in turn, alternating (the CPU of a run moves with the machine's load).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkoutIngestModules } from './checkout-ingest-modules.js';
import type * as ChunkArticles from '../../src/knowledge/chunk-articles.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, dump: { type: 'string' } },
});
const [knowledgeDir, root] = positionals;
if (!knowledgeDir || !root) throw new Error('usage: analyse-all.ts <knowledge folder> <root> [--limit N] [--dump f]');
const {
  loadArticles,
  loadGlossary,
  createChunker,
  chunkerSettings,
  learnAliasGroups,
  createAliasIndex,
  analyseBatch,
  batchLines,
  batchTerms,
  createTermNumbers,
  HashedEmbedder,
} = await checkoutIngestModules(root);
const { articles } = await loadArticles([path.join(knowledgeDir, 'articles')]);
const { glossary } = await loadGlossary(path.join(knowledgeDir, 'glossary.yaml'));
const aliases = createAliasIndex({ ...learnAliasGroups(articles), names: [] });
const chunkArticle = createChunker(chunkerSettings);
const chunks: ChunkArticles.Chunk[] = [];
for (const article of articles) chunks.push(...(await chunkArticle(article)));
const limit = values.limit === undefined ? chunks.length : Math.min(chunks.length, Number(values.limit));
const embedder = new HashedEmbedder({ glossary });
const context = { glossary, aliases, embedder, titles: new Map(), terms: createTermNumbers('probe') };
const digest = createHash('sha256');
const known = new Map<string, string[]>();
const dump: string[] = [];
const started = process.cpuUsage();
const wall = performance.now();
for (let start = 0; start < limit; start += 256) {
  const work = analyseBatch(chunks.slice(start, Math.min(limit, start + 256)), context);
  digest.update(work.lines).update(work.lineEnds).update(work.terms).update(work.termEnds);
  digest.update(work.newTerms.join('\n'));
  if (work.vectors) digest.update(new Uint8Array(work.vectors.buffer));
  if (values.dump !== undefined) {
    const terms = batchTerms(work, known);
    for (const [index, line] of batchLines(work).entries()) dump.push(line, (terms[index] ?? []).join(' '));
  }
}
const used = process.cpuUsage(started);
if (values.dump !== undefined) writeFileSync(values.dump, `${dump.join('\n')}\n`);
process.stdout.write(
  `${JSON.stringify({
    root,
    chunks: limit,
    cpu: Math.round((used.user + used.system) / 1e3) / 1e3,
    wall: Math.round(performance.now() - wall) / 1e3,
    digest: digest.digest('hex').slice(0, 16),
  })}\n`,
);
