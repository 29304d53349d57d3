/**
 * Dense search pairs: the exact block scan of two source trees (block-scan.ts) over the same built index's
 * vectors.blocks (build-corpus-index.ts), each corpus question's vector searched on both in turn (which goes first
 * alternates), so a drift in the machine's load falls on both. Prints p50 / p95 / mean processor ms per search of each
 * side over the warm rounds, the query embedding's time (root A's embedder) and how many searches differ between the
 * sides (documents or scores; they must not).
 *
 * Usage: npx tsx bench/probe/dense-pairs.ts <folder> <root A> <root B> [warm rounds, default 3] [k, default 30]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as LoggerModule from '../../src/logging/logger.js';
import type * as OpenKnowledgeModule from '../../src/open-knowledge.js';
import type * as BlockScanModule from '../../src/retrieval/block-scan.js';
import { summarize } from '../measure/statistics.js';

const [folderArgument, rootA, rootB, roundsArgument, kArgument] = process.argv.slice(2);
if (!folderArgument || !rootA || !rootB)
  throw new Error('usage: dense-pairs.ts <folder> <root A> <root B> [rounds] [k]');
const folder = path.resolve(folderArgument);
const rounds = Number(roundsArgument ?? 3);
const k = Number(kArgument ?? 30);
const source = (root: string, file: string) => pathToFileURL(path.resolve(root, 'src', file)).href;

const { openKnowledge } = (await import(source(rootA, 'open-knowledge.ts'))) as typeof OpenKnowledgeModule;
const { createSilentLogger } = (await import(source(rootA, 'logging/logger.ts'))) as typeof LoggerModule;
const opened = await openKnowledge(
  { dataDir: path.join(folder, 'data'), knowledgeDir: path.join(folder, 'knowledge') },
  { logger: createSilentLogger(), watchIntervalMs: 0 },
);
const { index, embeddings } = opened;
const file = path.join(index.folder, 'vectors.blocks');
const expected = { dimensions: index.manifest.dimensions, count: index.size };
const open = async (root: string) => {
  const { BlockVectors } = (await import(source(root, 'retrieval/block-scan.ts'))) as typeof BlockScanModule;
  const started = performance.now();
  const vectors = await BlockVectors.fromBlockFile(file, expected);
  return { vectors, openMs: performance.now() - started };
};
const sides = { A: await open(rootA), B: await open(rootB) };
const questions = (
  JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[]
).map((question) => question.question);
const embedTimes: number[] = [];
const vectors: number[][] = [];
for (const question of questions) {
  const start = process.cpuUsage();
  vectors.push(await embeddings.embedQuery(question));
  const used = process.cpuUsage(start);
  embedTimes.push((used.user + used.system) / 1_000);
}
const times = { A: [] as number[], B: [] as number[] };
let differ = 0;
for (let round = 0; round <= rounds; round += 1) {
  for (const [at, vector] of vectors.entries()) {
    const order = (at + round) % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    const results = {} as Record<'A' | 'B', string>;
    for (const side of order) {
      const start = process.cpuUsage();
      const hits = sides[side].vectors.search(vector, k);
      const used = process.cpuUsage(start);
      if (round > 0) times[side].push((used.user + used.system) / 1_000);
      results[side] = JSON.stringify(hits);
    }
    if (round === 0 && results.A !== results.B) differ += 1;
  }
}
const line = (list: number[]) => {
  const summary = summarize(list);
  return `${summary.p50} / ${summary.p95} / ${summary.mean}`;
};
process.stdout.write(`${vectors.length} questions x ${rounds} warm rounds, k ${k}, processor ms p50 / p95 / mean\n`);
process.stdout.write(
  `open    A ${sides.A.openMs.toFixed(0)} ms, B ${sides.B.openMs.toFixed(0)} ms (wall, once each)\n`,
);
process.stdout.write(`embed   ${line(embedTimes)}\n`);
process.stdout.write(`search  A ${line(times.A).padEnd(24)} B ${line(times.B).padEnd(24)} differ ${differ}\n`);
opened.index.close();
process.exit(0);
