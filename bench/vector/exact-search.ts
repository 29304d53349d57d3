/**
 * Exact nearest-neighbour search in plain JavaScript over one contiguous Float32Array
 * (inner product of unit vectors = cosine), with an unrolled loop and a bounded top-k.
 * It is the ground truth for recall and the "exact search floor" baseline.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { blockFileHeaderBytes, blockFileName, blockFileParts } from '../../src/retrieval/block-file.js';
import { TopK } from '../../src/retrieval/top-k.js';

export interface Neighbor {
  document: number;
  similarity: number;
}

export class ExactInnerProductSearch {
  readonly count: number;

  constructor(
    readonly vectors: Float32Array,
    readonly dimensions: number,
  ) {
    this.count = Math.floor(vectors.length / dimensions);
  }

  similarity(query: Float32Array, document: number): number {
    const vectors = this.vectors;
    const dimensions = this.dimensions;
    const base = document * dimensions;
    let sum = 0;
    for (let index = 0; index < dimensions; index += 1)
      sum += (query[index] as number) * (vectors[base + index] as number);
    return sum;
  }

  /** The `limit` most similar documents, best first (ties broken by the lower document number). */
  search(query: Float32Array, limit: number): Neighbor[] {
    const vectors = this.vectors;
    const dimensions = this.dimensions;
    const k = Math.min(limit, this.count);
    const top = new TopK(k);
    const unrolled = dimensions - (dimensions % 4);
    for (let document = 0, base = 0; document < this.count; document += 1, base += dimensions) {
      let sum0 = 0;
      let sum1 = 0;
      let sum2 = 0;
      let sum3 = 0;
      let index = 0;
      for (; index < unrolled; index += 4) {
        sum0 += (query[index] as number) * (vectors[base + index] as number);
        sum1 += (query[index + 1] as number) * (vectors[base + index + 1] as number);
        sum2 += (query[index + 2] as number) * (vectors[base + index + 2] as number);
        sum3 += (query[index + 3] as number) * (vectors[base + index + 3] as number);
      }
      for (; index < dimensions; index += 1) sum0 += (query[index] as number) * (vectors[base + index] as number);
      top.offer(document, sum0 + sum1 + sum2 + sum3);
    }
    return top.hits();
  }
}

/** Reads every vector out of a saved hnswlib index (labels 0..count-1) into one Float32Array. */
export async function vectorsFromHnswFile(file: string, dimensions: number, count: number): Promise<Float32Array> {
  const index = new hnswlib.HierarchicalNSW('ip', dimensions);
  await index.readIndex(file);
  const vectors = new Float32Array(count * dimensions);
  for (let label = 0; label < count; label += 1) vectors.set(index.getPoint(label), label * dimensions);
  return vectors;
}

/**
 * Every vector of a generation folder, from whichever dense structure the core wrote: the HNSW graph
 * (vectors.hnsw) or the exact search's blocks (vectors.blocks: after the header and the codes and scales, each
 * document's float32 values side by side: src/retrieval/block-file.ts).
 */
export async function vectorsFromIndexFolder(folder: string, dimensions: number, count: number): Promise<Float32Array> {
  const graphFile = path.join(folder, 'vectors.hnsw');
  if (existsSync(graphFile)) return vectorsFromHnswFile(graphFile, dimensions, count);
  const bytes = await readFile(path.join(folder, blockFileName));
  const { valuesAt, bytes: length } = blockFileParts(dimensions, count);
  if (bytes.length !== blockFileHeaderBytes + length)
    throw new Error(`${folder}: ${bytes.length} bytes of vectors, expected ${blockFileHeaderBytes + length}`);
  const from = blockFileHeaderBytes + valuesAt;
  return new Float32Array(new Uint8Array(bytes.subarray(from)).buffer);
}

/** Vectors as the number[][] LangChain stores and hnswlib-node take. */
export function vectorRows(vectors: Float32Array, dimensions: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start < vectors.length; start += dimensions)
    rows.push(Array.from(vectors.subarray(start, start + dimensions)));
  return rows;
}

/**
 * Recall of `found` against exact search, tie-aware: a found document counts when its exact
 * similarity reaches the k-th best exact similarity (less a rounding tolerance), so equal
 * scores in a different order are not counted as misses.
 */
export function recallAgainstExact(
  exact: ExactInnerProductSearch,
  query: Float32Array,
  truth: Neighbor[],
  found: number[],
  k: number,
): number {
  const kth = truth[Math.min(k, truth.length) - 1]?.similarity ?? Number.NEGATIVE_INFINITY;
  const seen = new Set<number>();
  let hits = 0;
  for (const document of found.slice(0, k)) {
    if (seen.has(document) || document < 0 || document >= exact.count) continue;
    seen.add(document);
    if (exact.similarity(query, document) >= kth - 1e-5) hits += 1;
  }
  return hits / Math.min(k, truth.length);
}
