/**
 * The dense side of the index: exact search (block-scan.ts over the generation's vectors.blocks; the same scan in
 * JavaScript where WebAssembly SIMD is missing) where it is as
 * fast as the HNSW graph at recall@10 ≥ 0.98, the graph above that size, with an ef chosen from
 * the index size to hold that recall. The choice is made when a generation is built and recorded
 * in its manifest; only the chosen structure is built, written and loaded.
 */
import type hnswlib from 'hnswlib-node';

export type DenseSearchKind = 'exact' | 'graph';

export interface DenseHit {
  document: number;
  similarity: number;
}

export interface DenseSearcher {
  readonly kind: DenseSearchKind;
  /** The graph's search breadth (undefined for exact search). */
  readonly ef: number | undefined;
  search(vector: number[], limit: number): DenseHit[];
  /** Releases what the searcher holds open (a file it still reads from). */
  close?(): void;
}

/**
 * Measured with bench/probe/dense-crossover.ts on the bench corpus (offline hashed embedder, 384-d,
 * the core's M 24 / efConstruction 200, 300 questions, 2 shared cores, 2026-12-04):
 *
 *   chunks   exact p50   smallest ef with recall@10 ≥ 0.98: recall, p50
 *   1k       0.06 ms     ef 80: 0.988, 0.09 ms
 *   2k       0.10 ms     ef 160: 0.995, 0.19 ms
 *   5k       0.21 ms     ef 320: 0.994, 0.37 ms
 *   10k      0.56 ms     ef 640: 0.991, 0.86 ms
 *   100k     18.8 ms*    ef 2560: 0.993, 33 ms* (ef 1280: 0.966, 18.9 ms*)
 *
 * (* under a load average of ~16 on the 2 cores; issue 17 measured exact search at 100k in 4.2 ms quieter.)
 * On these vectors (hashed words, little structure: RETRIEVAL.md) the graph needs an ef that grows with the
 * index to keep its recall, and exact search stays cheaper at every size measured: exact below 250k chunks
 * (an exact scan grows linearly). The ef above 120k is extrapolated; re-measure with the probe first.
 */
export const offlineDenseSearchPlan = {
  exactBelowChunks: 250_000,
  efBySize: [
    { upToChunks: 2_000, ef: 160 },
    { upToChunks: 5_000, ef: 320 },
    { upToChunks: 20_000, ef: 640 },
    { upToChunks: 120_000, ef: 2_560 },
    { upToChunks: Number.POSITIVE_INFINITY, ef: 4_096 },
  ],
};

/**
 * Neural embeddings have the structure HNSW needs (RETRIEVAL.md: 100k × 256 embedding-like
 * vectors reach recall@10 0.996 at ef 160 in 0.9 ms, where exact search takes ~6 ms): exact
 * search only while it is about as cheap (~0.6 ms at 10k here).
 */
export const modelDenseSearchPlan = {
  exactBelowChunks: 10_000,
  efBySize: [
    { upToChunks: 200_000, ef: 160 },
    { upToChunks: Number.POSITIVE_INFINITY, ef: 320 },
  ],
};

export type DenseSearchPlan = typeof offlineDenseSearchPlan;

export function chooseDenseSearch(chunks: number, plan: DenseSearchPlan): DenseSearchKind {
  return chunks < plan.exactBelowChunks ? 'exact' : 'graph';
}

export function efForSize(chunks: number, plan: DenseSearchPlan): number {
  for (const step of plan.efBySize) if (chunks <= step.upToChunks) return step.ef;
  return plan.efBySize.at(-1)?.ef ?? 320;
}

/** The plan for an embedder: the measured offline plan for the hashed embedder, the model plan otherwise. */
export function denseSearchPlan(embedderId: string): DenseSearchPlan {
  return embedderId.startsWith('matchcut-hashed') ? offlineDenseSearchPlan : modelDenseSearchPlan;
}

function hits(result: { neighbors: number[]; distances: number[] }): DenseHit[] {
  return result.neighbors
    .map((document, index) => ({ document, similarity: 1 - (result.distances[index] as number) }))
    .sort((left, right) => right.similarity - left.similarity || left.document - right.document);
}

export function graphSearcher(index: hnswlib.HierarchicalNSW, ef: number): DenseSearcher {
  return {
    kind: 'graph',
    ef,
    search(vector, limit) {
      const count = index.getCurrentCount();
      if (count === 0 || limit <= 0) return [];
      const k = Math.min(limit, count);
      index.setEf(Math.max(ef, k));
      return hits(index.searchKnn(vector, k));
    },
  };
}

/** An empty searcher for a generation without chunks. */
export const emptySearcher: DenseSearcher = { kind: 'exact', ef: undefined, search: () => [] };
