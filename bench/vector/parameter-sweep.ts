/**
 * The sweep behind the core's defaults: for several embedder dimensions and HNSW graph
 * degrees (M), build time, recall@10 against exact search at several ef values, search
 * latency, and what the dimension does to dense answer quality (hit@1/hit@5 of the
 * answering passage with exact search, so the graph does not blur the comparison).
 */
import hnswlib from 'hnswlib-node';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { round, summarize } from '../measure/statistics.js';
import { ExactInnerProductSearch, type Neighbor, recallAgainstExact } from './exact-search.js';

export interface SweepQuestion {
  question: string;
  marker: string;
}

export interface SweepGraphResult {
  dimensions: number;
  m: number;
  efConstruction: number;
  buildMilliseconds: number;
  insertsPerSecond: number;
  points: { ef: number; recallAt10: number; p50: number; p95: number }[];
}

export interface SweepDimensionResult {
  dimensions: number;
  /** -1 when the core's own vectors were reused. */
  embedMilliseconds: number;
  exactP50: number;
  denseHitAt1: number;
  denseHitAt5: number;
}

export interface ParameterSweepResult {
  chunks: number;
  queries: number;
  dimensionResults: SweepDimensionResult[];
  graphs: SweepGraphResult[];
}

export interface ParameterSweepOptions {
  /** The indexed text of every chunk (title + text), by document number. */
  texts: string[];
  /** The chunk text alone, to look for the answer marker. */
  chunkTexts: string[];
  questions: SweepQuestion[];
  glossary: Glossary | undefined;
  /** Dimensions to try; the first M list applies to `fullDimension`, the others get `defaultM` only. */
  dimensions: number[];
  fullDimension: number;
  /** The core's own vectors at `fullDimension` (same embedder), so they are not computed twice. */
  fullDimensionVectors?: Float32Array;
  mValues: number[];
  defaultM: number;
  efConstruction: number;
  efValues: number[];
  onStep?: (step: string) => void;
}

export function runParameterSweep(options: ParameterSweepOptions): ParameterSweepResult {
  const step = options.onStep ?? (() => {});
  const dimensionResults: SweepDimensionResult[] = [];
  const graphs: SweepGraphResult[] = [];
  for (const dimensions of options.dimensions) {
    step(`sweep: embed at ${dimensions} dimensions`);
    const embedder = new HashedEmbedder({ dimensions, glossary: options.glossary });
    const embedStart = performance.now();
    const reused = dimensions === options.fullDimension ? options.fullDimensionVectors : undefined;
    let flat: Float32Array;
    let rows: number[][];
    if (reused) {
      flat = reused;
      rows = [];
      for (let start = 0; start < flat.length; start += dimensions)
        rows.push(Array.from(flat.subarray(start, start + dimensions)));
    } else {
      rows = options.texts.map((text) => embedder.embedText(text));
      flat = new Float32Array(rows.length * dimensions);
      for (const [document, row] of rows.entries()) flat.set(row, document * dimensions);
    }
    const embedMilliseconds = reused ? Number.NaN : performance.now() - embedStart;
    const exact = new ExactInnerProductSearch(flat, dimensions);
    const queryRows = options.questions.map((question) => embedder.embedText(question.question));
    const queries = queryRows.map((row) => Float32Array.from(row));
    const truth: Neighbor[][] = [];
    const exactLatencies: number[] = [];
    let hitAt1 = 0;
    let hitAt5 = 0;
    for (const [index, query] of queries.entries()) {
      const start = performance.now();
      const neighbors = exact.search(query, 10);
      exactLatencies.push(performance.now() - start);
      truth.push(neighbors);
      const marker = (options.questions[index] as SweepQuestion).marker;
      const rank = neighbors
        .slice(0, 5)
        .findIndex((neighbor) => (options.chunkTexts[neighbor.document] ?? '').includes(marker));
      if (rank === 0) hitAt1 += 1;
      if (rank >= 0) hitAt5 += 1;
    }
    dimensionResults.push({
      dimensions,
      embedMilliseconds: Number.isNaN(embedMilliseconds) ? -1 : round(embedMilliseconds, 0),
      exactP50: summarize(exactLatencies).p50,
      denseHitAt1: round(hitAt1 / queries.length, 4),
      denseHitAt5: round(hitAt5 / queries.length, 4),
    });
    const mValues = dimensions === options.fullDimension ? options.mValues : [options.defaultM];
    for (const m of mValues) {
      step(`sweep: build M=${m} at ${dimensions} dimensions`);
      const graph = new hnswlib.HierarchicalNSW('ip', dimensions);
      const buildStart = performance.now();
      graph.initIndex(rows.length, m, options.efConstruction, 100);
      for (const [label, row] of rows.entries()) graph.addPoint(row, label);
      const buildMilliseconds = performance.now() - buildStart;
      const points: SweepGraphResult['points'] = [];
      for (const ef of options.efValues) {
        graph.setEf(Math.max(ef, 10));
        const latencies: number[] = [];
        let recall = 0;
        for (const [index, query] of queryRows.entries()) {
          const start = performance.now();
          const result = graph.searchKnn(query, 10);
          latencies.push(performance.now() - start);
          recall += recallAgainstExact(
            exact,
            queries[index] as Float32Array,
            truth[index] as Neighbor[],
            result.neighbors,
            10,
          );
        }
        const summary = summarize(latencies);
        points.push({ ef, recallAt10: round(recall / queryRows.length, 4), p50: summary.p50, p95: summary.p95 });
      }
      graphs.push({
        dimensions,
        m,
        efConstruction: options.efConstruction,
        buildMilliseconds: round(buildMilliseconds, 0),
        insertsPerSecond: round(rows.length / (buildMilliseconds / 1_000), 0),
        points,
      });
    }
  }
  return { chunks: options.texts.length, queries: options.questions.length, dimensionResults, graphs };
}
