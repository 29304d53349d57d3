/**
 * Where exact search beats the HNSW graph at recall@10 ≥ 0.98, and which ef holds that recall
 * at each size: graphs (the core's M and efConstruction) on growing prefixes of a built index's
 * vectors, searched at growing ef, against hnswlib's native BruteforceSearch on the same prefix.
 * The table it prints is the source of the chooser's figures in src/retrieval/dense-search.ts.
 *
 * Usage: npx tsx bench/probe/dense-crossover.ts <folder from build-corpus-index.ts> [sizes]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { defaultHnswSettings } from '../../src/retrieval/knowledge-index.js';
import { summarize } from '../measure/statistics.js';
import { ExactInnerProductSearch, recallAgainstExact, vectorsFromHnswFile } from '../vector/exact-search.js';

const folder = path.resolve(process.argv[2] ?? '');
const indexRoot = path.join(folder, 'data', 'index');
const generation = (await readFile(path.join(indexRoot, 'CURRENT'), 'utf8')).trim();
const generationFolder = path.join(indexRoot, generation);
const manifest = JSON.parse(await readFile(path.join(generationFolder, 'manifest.json'), 'utf8')) as {
  chunkCount: number;
  dimensions: number;
};
const { dimensions, chunkCount } = manifest;
const sizes = (process.argv[3] ?? '1000,2000,5000,10000,20000,50000,100000')
  .split(',')
  .map(Number)
  .filter((size) => size <= chunkCount);
if (!sizes.includes(chunkCount) && (await readdir(generationFolder)).includes('vectors.hnsw')) sizes.push(chunkCount);
const efValues = [40, 80, 160, 320, 640, 1280, 2560];
const queries = 300;

const vectors = await vectorsFromHnswFile(path.join(generationFolder, 'vectors.hnsw'), dimensions, chunkCount);
const { glossary } = await loadGlossary(path.join(folder, 'knowledge', 'glossary.yaml'));
const embedder = new HashedEmbedder({ glossary });
const questions = (JSON.parse(await readFile(path.join(folder, 'questions.json'), 'utf8')) as { question: string }[])
  .map((question) => question.question)
  .slice(0, queries);
const queryVectors = await Promise.all(questions.map((question) => embedder.embedQuery(question)));

function timed(run: (query: number[]) => number[]): { found: number[][]; p50: number; p95: number } {
  for (const query of queryVectors.slice(0, 10)) run(query);
  const latencies: number[] = [];
  const found: number[][] = [];
  for (const query of queryVectors) {
    const start = performance.now();
    found.push(run(query));
    latencies.push(performance.now() - start);
  }
  const summary = summarize(latencies);
  return { found, p50: summary.p50, p95: summary.p95 };
}

for (const size of sizes) {
  const prefix = vectors.subarray(0, size * dimensions);
  const exact = new ExactInnerProductSearch(prefix, dimensions);
  const truths = queryVectors.map((query) => exact.search(Float32Array.from(query), 10));
  const recall = (found: number[][]) =>
    found.reduce(
      (sum, documents, index) =>
        sum +
        recallAgainstExact(
          exact,
          Float32Array.from(queryVectors[index] as number[]),
          truths[index] as never,
          documents,
          10,
        ),
      0,
    ) / found.length;
  const brute = new hnswlib.BruteforceSearch('ip', dimensions);
  brute.initIndex(size);
  for (let label = 0; label < size; label += 1)
    brute.addPoint(Array.from(prefix.subarray(label * dimensions, (label + 1) * dimensions)), label);
  const bruteRun = timed((query) => brute.searchKnn(query, 10).neighbors);
  const graph = new hnswlib.HierarchicalNSW('ip', dimensions);
  const buildStart = performance.now();
  if (size === chunkCount) {
    await graph.readIndex(path.join(generationFolder, 'vectors.hnsw'));
  } else {
    graph.initIndex(size, defaultHnswSettings.m, defaultHnswSettings.efConstruction, 100);
    for (let label = 0; label < size; label += 1)
      graph.addPoint(Array.from(prefix.subarray(label * dimensions, (label + 1) * dimensions)), label);
  }
  const buildSeconds = (performance.now() - buildStart) / 1_000;
  const row: Record<string, unknown> = {
    size,
    buildSeconds: Number(buildSeconds.toFixed(1)),
    bruteForce: { recall: recall(bruteRun.found), p50: bruteRun.p50, p95: bruteRun.p95 },
  };
  for (const ef of efValues) {
    graph.setEf(ef);
    const run = timed((query) => graph.searchKnn(query, 10).neighbors);
    row[`ef${ef}`] = { recall: Number(recall(run.found).toFixed(4)), p50: run.p50, p95: run.p95 };
  }
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
