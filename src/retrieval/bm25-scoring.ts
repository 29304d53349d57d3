/**
 * What a BM25 search scores with: the constants, the passages' length norms, a query term's postings and
 * bounds, the terms that share one posting list read as one, a search along a posting list, the k largest
 * scores (for block-max-bm25.ts) and what a list's first query works out about it (listFacts, for lexical-index.ts).
 */
import type { WindowIndex } from './block-max-bm25.js';

export const bm25K1 = 1.2;
export const bm25B = 0.75;

export interface ScoringView {
  documentLengths: Uint32Array;
  averageLength: number;
  /**
   * Per document k1·(1 − b + b·length / average length): the length part of BM25's norm, the same
   * float64 value the exhaustive scorer computes per posting.
   */
  lengthNorms: Float64Array;
  /** One slot per document, all zero between searches. */
  accumulator: Float64Array;
  /** The block-max search's windows: 2^windowShift document numbers (see block-max-bm25.ts). */
  windowShift: number;
}

export interface ScoredTerm {
  /** Position in the query: exact scores add the terms in this order. */
  position: number;
  weight: number;
  idf: number;
  /** The term's postings: [start, end) in `documents` / `frequencies`, sorted by document. */
  documents: Uint32Array;
  frequencies: Uint16Array;
  start: number;
  end: number;
  /** No posting of the term contributes more than this. */
  upperBound: number;
  /** Where a long posting list's postings start per window of documents and their largest term factor there. */
  windows?: WindowIndex | undefined;
  /**
   * The first vocabulary term with the very same postings (documents and frequencies): terms of one list add up to
   * one term of their summed weights (a rare word's syllable bigrams and name keys often share its list).
   */
  list?: number | undefined;
}

/**
 * The terms with one posting list as one term of their summed weights (the idf is the list's): what the pruned pass
 * reads; the exact scores still add each query term in its place.
 */
export function mergeSameLists(terms: ScoredTerm[]): ScoredTerm[] {
  const byList = new Map<number, ScoredTerm>();
  const merged: ScoredTerm[] = [];
  for (const term of terms) {
    const first = term.list === undefined ? undefined : byList.get(term.list);
    if (first === undefined) {
      const own = { ...term };
      if (term.list !== undefined) byList.set(term.list, own);
      merged.push(own);
      continue;
    }
    first.weight += term.weight;
    first.upperBound += term.upperBound;
  }
  return merged;
}

// Partial sums run in float64 and final scores in float32: bounds compare with this relative margin.
export const slack = 1e-5;

/**
 * Adds `value` to a min-heap of the k largest values seen (`heap` holds k slots, `size` are in use) and returns the
 * new size; once full, a value larger than the minimum replaces it.
 */
export function addToHeap(heap: Float64Array, size: number, value: number): number {
  const k = heap.length;
  if (size < k) {
    let at = size;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((heap[parent] as number) <= value) break;
      heap[at] = heap[parent] as number;
      at = parent;
    }
    heap[at] = value;
    return size + 1;
  }
  if (value <= (heap[0] as number)) return size;
  let at = 0;
  for (;;) {
    let child = at * 2 + 1;
    if (child >= k) break;
    if (child + 1 < k && (heap[child + 1] as number) < (heap[child] as number)) child += 1;
    if ((heap[child] as number) >= value) break;
    heap[at] = heap[child] as number;
    at = child;
  }
  heap[at] = value;
  return size;
}

/** The k-th largest score among `documents` in `scores` (0 when there are fewer than k). */
export function kthLargest(documents: ArrayLike<number>, scores: Float64Array, k: number): number {
  if (documents.length < k) return 0;
  const heap = new Float64Array(k);
  let size = 0;
  for (let index = 0; index < documents.length; index += 1)
    size = addToHeap(heap, size, scores[documents[index] as number] as number);
  return heap[0] as number;
}

/** First posting at or after `from` whose document is ≥ `document` (galloping, then binary search). */
export function seek(postings: Uint32Array, from: number, end: number, document: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < end && (postings[high] as number) < document) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > end) high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((postings[middle] as number) < document) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What a posting list's first query works out about it (see listFacts). */
export interface ListFacts {
  /** A checksum of the documents and frequencies (lists with one checksum are compared in full). */
  checksum: number;
  /** The largest tf·(k1+1)/norm any posting reaches (not rounded up). */
  largestFactor: number;
  /** The list's window index, when asked for (a long list). */
  windows: WindowIndex | undefined;
}

/**
 * The checksum, largest term factor and (with `shift`) window index of the postings [start, end) (sorted by
 * document), from the passages' length norms, in one pass: each posting's factor is worked out once for the bound and
 * its window's maximum (a long list's first query read its postings three times for them).
 */
export function listFacts(
  documents: Uint32Array,
  frequencies: Uint16Array,
  start: number,
  end: number,
  lengthNorms: Float64Array,
  shift: number | undefined,
): ListFacts {
  const windowed = shift !== undefined;
  const windowCount = windowed ? Math.ceil(lengthNorms.length / (1 << shift)) : 0;
  const maxima = new Float32Array(windowCount);
  const starts = new Uint32Array(windowed ? windowCount + 1 : 0);
  let checksum = 0;
  let largest = 0;
  for (let at = start; at < end; at += 1) {
    const document = documents[at] as number;
    const tf = frequencies[at] as number;
    checksum = (Math.imul(checksum ^ document, 0x9e3779b1) + tf) | 0;
    const factor = (tf * (bm25K1 + 1)) / (tf + (lengthNorms[document] as number));
    if (factor > largest) largest = factor;
    if (!windowed) continue;
    const window = document >>> shift;
    starts[window + 1] = (starts[window + 1] as number) + 1;
    const bound = factor * (1 + 1e-6);
    if (bound > (maxima[window] as number)) maxima[window] = bound;
  }
  if (!windowed) return { checksum, largestFactor: largest, windows: undefined };
  for (let window = 0; window < windowCount; window += 1)
    starts[window + 1] = (starts[window + 1] as number) + (starts[window] as number);
  return { checksum, largestFactor: largest, windows: { shift, starts, maxima } };
}
