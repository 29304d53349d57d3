/**
 * Vector search quality and speed on the vectors the core indexed: recall@10 of the core's
 * hnswlib index against exact search, an ef sweep on the same graph, and the baselines a
 * user would otherwise pick — exact search in JS over a Float32Array, hnswlib's native
 * brute force, LangChain's MemoryVectorStore (replica) and LangChain's HNSWLib store with
 * its defaults (M = 16, efConstruction = 200, ef never set = 10; replicated on hnswlib-node).
 */
import hnswlib from 'hnswlib-node';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.js';
import { type LatencySummary, round, summarize } from '../measure/statistics.js';
import { ExactInnerProductSearch, type Neighbor, recallAgainstExact, vectorRows } from './exact-search.js';
import { MemoryVectorStoreReplica } from './memory-vector-store-replica.js';

export interface SearchMeasurement {
  queries: number;
  recallAt10: number;
  latency: LatencySummary;
}

export interface EfSweepPoint extends SearchMeasurement {
  ef: number;
}

export interface VectorBenchmarkResult {
  vectors: number;
  dimensions: number;
  queries: number;
  exactFloat32: { latency: LatencySummary };
  hnswlibBruteforce: { latency: LatencySummary; recallAt10: number };
  memoryVectorStore: SearchMeasurement & { note: string };
  project: SearchMeasurement & {
    /** How the core searched: exact (brute force) or the graph at efSearch (chosen from the size). */
    method: 'exact' | 'graph';
    m: number;
    efConstruction: number;
    efSearch: number | undefined;
    /** Recall of the top 30 at k = 30: the depth hybrid retrieval asks the dense index for. */
    recallAt30AtRetrievalDepth: number;
    speedUpOverMemoryVectorStore: number;
    speedUpOverExactFloat32: number;
  };
  efSweep: EfSweepPoint[];
  /** Set when the core searched exactly and the sweep's graph was built here (the core wrote none). */
  sweepGraphBuildMilliseconds?: number | undefined;
  langChainHnswDefaults:
    | (SearchMeasurement & {
        m: number;
        efConstruction: number;
        ef: number;
        buildMilliseconds: number;
        insertsPerSecond: number;
        note: string;
      })
    | { skipped: string };
}

export interface VectorBenchmarkOptions {
  index: KnowledgeIndex;
  /** The core's vectors, read back from its index file. */
  vectors: Float32Array;
  dimensions: number;
  queryVectors: number[][];
  efSearch: number | undefined;
  m: number;
  efConstruction: number;
  efValues: number[];
  /** MemoryVectorStore is slow at scale: it gets its own (smaller) query count. */
  memoryVectorStoreQueries: number;
  langChainStoreBaseline: boolean;
  onStep?: (step: string) => void;
}

function timeEach<T>(items: T[], run: (item: T, index: number) => void): number[] {
  const latencies: number[] = [];
  for (const [index, item] of items.entries()) {
    const start = performance.now();
    run(item, index);
    latencies.push(performance.now() - start);
  }
  return latencies;
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export async function runVectorBenchmarks(options: VectorBenchmarkOptions): Promise<VectorBenchmarkResult> {
  const { dimensions, vectors } = options;
  const step = options.onStep ?? (() => {});
  const exact = new ExactInnerProductSearch(vectors, dimensions);
  const queries = options.queryVectors.map((vector) => Float32Array.from(vector));

  step('exact search (JS, Float32Array)');
  // Warm the JIT before timing.
  for (const query of queries.slice(0, 5)) exact.search(query, 10);
  const truth: Neighbor[][] = [];
  const exactLatencies = timeEach(queries, (query) => {
    truth.push(exact.search(query, 30));
  });

  step('hnswlib brute force');
  const rows = vectorRows(vectors, dimensions);
  const bruteforce = new hnswlib.BruteforceSearch('ip', dimensions);
  bruteforce.initIndex(rows.length);
  for (const [label, row] of rows.entries()) bruteforce.addPoint(row, label);
  const bruteforceRecall: number[] = [];
  const bruteforceLatencies = timeEach(options.queryVectors, (query, index) => {
    const result = bruteforce.searchKnn(query, Math.min(10, rows.length));
    bruteforceRecall.push(
      recallAgainstExact(exact, queries[index] as Float32Array, truth[index] as Neighbor[], result.neighbors, 10),
    );
  });

  step('MemoryVectorStore replica');
  const store = new MemoryVectorStoreReplica();
  store.addVectors(
    rows,
    rows.map((_, document) => ({ pageContent: '', metadata: { document } })),
  );
  const storeQueries = options.queryVectors.slice(0, options.memoryVectorStoreQueries);
  const storeRecall: number[] = [];
  const storeLatencies = timeEach(storeQueries, (query, index) => {
    const found = store
      .similaritySearchVectorWithScore(query, 10)
      .map(([document]) => document.metadata.document as number);
    storeRecall.push(recallAgainstExact(exact, queries[index] as Float32Array, truth[index] as Neighbor[], found, 10));
  });

  step('core index (KnowledgeIndex.dense)');
  for (const query of options.queryVectors.slice(0, 5)) options.index.dense(query, 10);
  const projectRecall: number[] = [];
  const projectLatencies = timeEach(options.queryVectors, (query, index) => {
    const found = options.index.dense(query, 10).map((hit) => hit.document);
    projectRecall.push(
      recallAgainstExact(exact, queries[index] as Float32Array, truth[index] as Neighbor[], found, 10),
    );
  });
  const depthRecall = options.queryVectors.map((query, index) =>
    recallAgainstExact(
      exact,
      queries[index] as Float32Array,
      truth[index] as Neighbor[],
      options.index.dense(query, 30).map((hit) => hit.document),
      30,
    ),
  );

  step('ef sweep');
  // The core's graph, loaded a second time so ef can be set freely; when the core searches exactly it
  // wrote no graph, so one is built here with the core's settings.
  const graph = new hnswlib.HierarchicalNSW('ip', dimensions);
  let sweepGraphBuildMilliseconds: number | undefined;
  if (options.index.denseMethod.kind === 'graph') {
    await graph.readIndex(`${options.index.folder}/vectors.hnsw`);
  } else {
    const start = performance.now();
    graph.initIndex(rows.length, options.m, options.efConstruction, 100);
    for (const [label, row] of rows.entries()) graph.addPoint(row, label);
    sweepGraphBuildMilliseconds = round(performance.now() - start, 0);
  }
  const efSweep: EfSweepPoint[] = [];
  for (const ef of options.efValues) {
    graph.setEf(Math.max(ef, 10));
    const recall: number[] = [];
    const latencies = timeEach(options.queryVectors, (query, index) => {
      const result = graph.searchKnn(query, Math.min(10, rows.length));
      recall.push(
        recallAgainstExact(exact, queries[index] as Float32Array, truth[index] as Neighbor[], result.neighbors, 10),
      );
    });
    efSweep.push({ ef, queries: queries.length, recallAt10: round(mean(recall), 4), latency: summarize(latencies) });
  }

  let langChainHnswDefaults: VectorBenchmarkResult['langChainHnswDefaults'] = { skipped: 'not asked for in this tier' };
  if (options.langChainStoreBaseline) {
    step('LangChain HNSWLib store defaults (replicated on hnswlib-node)');
    // What HNSWLib.fromDocuments does: space "cosine", initIndex(n) with hnswlib-node's defaults, never setEf.
    const start = performance.now();
    const storeIndex = new hnswlib.HierarchicalNSW('cosine', dimensions);
    storeIndex.initIndex(rows.length);
    for (const [label, row] of rows.entries()) storeIndex.addPoint(row, label);
    const buildMilliseconds = performance.now() - start;
    const recall: number[] = [];
    const latencies = timeEach(options.queryVectors, (query, index) => {
      const result = storeIndex.searchKnn(query, Math.min(10, rows.length));
      recall.push(
        recallAgainstExact(exact, queries[index] as Float32Array, truth[index] as Neighbor[], result.neighbors, 10),
      );
    });
    langChainHnswDefaults = {
      m: 16,
      efConstruction: 200,
      ef: storeIndex.getEf(),
      buildMilliseconds: round(buildMilliseconds, 0),
      insertsPerSecond: round(rows.length / (buildMilliseconds / 1_000), 0),
      queries: queries.length,
      recallAt10: round(mean(recall), 4),
      latency: summarize(latencies),
      note: '@langchain/community cannot be installed here (peer-dependency conflict): replicated on hnswlib-node 3.0.0 exactly as the store builds and queries its index',
    };
  }

  const storeSummary = summarize(storeLatencies);
  const projectSummary = summarize(projectLatencies);
  const exactSummary = summarize(exactLatencies);
  return {
    vectors: exact.count,
    dimensions,
    queries: queries.length,
    exactFloat32: { latency: exactSummary },
    hnswlibBruteforce: { latency: summarize(bruteforceLatencies), recallAt10: round(mean(bruteforceRecall), 4) },
    memoryVectorStore: {
      queries: storeQueries.length,
      recallAt10: round(mean(storeRecall), 4),
      latency: storeSummary,
      note: 'replica of @langchain/classic MemoryVectorStore._queryVectors (not installed here): number[][] embeddings, ml-distance cosine, full sort',
    },
    project: {
      method: options.index.denseMethod.kind,
      m: options.m,
      efConstruction: options.efConstruction,
      efSearch: options.efSearch,
      queries: queries.length,
      recallAt10: round(mean(projectRecall), 4),
      recallAt30AtRetrievalDepth: round(mean(depthRecall), 4),
      latency: projectSummary,
      speedUpOverMemoryVectorStore: round(storeSummary.mean / projectSummary.mean, 1),
      speedUpOverExactFloat32: round(exactSummary.mean / projectSummary.mean, 1),
    },
    efSweep,
    sweepGraphBuildMilliseconds,
    langChainHnswDefaults,
  };
}
