/**
 * BM25 top-k without scoring every posting (max-score, term at a time, after Turtle & Flood 1995):
 * terms are read rarest-bound first; once the bounds of the terms still unread add up to less than
 * the k-th best partial score, no document those terms alone would bring can reach the top, so the
 * long posting lists (frequent words, Korean and Japanese syllable bigrams) are only probed for the
 * few documents still in the running. The survivors are scored again exactly as the exhaustive
 * scorer does (float32 sums in query order), so scores and ranking are the same.
 */
import type { LexicalHit } from './lexical-index.js';

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
}

// Partial sums run in float64 and final scores in float32: bounds compare with this relative margin.
const slack = 1e-5;

function contribution(view: ScoringView, term: ScoredTerm, at: number): number {
  const tf = term.frequencies[at] as number;
  const norm = tf + (view.lengthNorms[term.documents[at] as number] as number);
  return term.weight * term.idf * ((tf * (bm25K1 + 1)) / norm);
}

/** The k-th largest accumulated score among `documents` (0 when there are fewer than k). */
function kthLargest(documents: ArrayLike<number>, accumulator: Float64Array, k: number): number {
  if (documents.length < k) return 0;
  const heap = new Float64Array(k);
  let size = 0;
  for (let index = 0; index < documents.length; index += 1) {
    const value = accumulator[documents[index] as number] as number;
    if (size < k) {
      let at = size;
      size += 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if ((heap[parent] as number) <= value) break;
        heap[at] = heap[parent] as number;
        at = parent;
      }
      heap[at] = value;
    } else if (value > (heap[0] as number)) {
      siftDown(heap, k, value);
    }
  }
  return heap[0] as number;
}

/** Replaces the minimum of a full min-heap with `value`. */
function siftDown(heap: Float64Array, size: number, value: number): void {
  let at = 0;
  for (;;) {
    let child = at * 2 + 1;
    if (child >= size) break;
    if (child + 1 < size && (heap[child + 1] as number) < (heap[child] as number)) child += 1;
    if ((heap[child] as number) >= value) break;
    heap[at] = heap[child] as number;
    at = child;
  }
  heap[at] = value;
}

/** First posting at or after `from` whose document is ≥ `document` (galloping, then binary search). */
function seek(postings: Uint32Array, from: number, end: number, document: number): number {
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

/** The score the exhaustive scorer gives: float32 sums of the terms' contributions in query order. */
function exactScore(view: ScoringView, terms: ScoredTerm[], document: number): number {
  let score = 0;
  for (const term of terms) {
    const at = seek(term.documents, term.start, term.end, document);
    if (at < term.end && term.documents[at] === document) {
      score = Math.fround(score + contribution(view, term, at));
    }
  }
  return score;
}

/**
 * A floor under the final k-th best score: the k-th best exact score among the documents leading on
 * the terms read so far (any k real documents' k-th best is at most the true k-th best). Exact scores
 * count the unread terms too, so this floor is far closer to the final threshold than the partial sums.
 */
function exactFloor(view: ScoringView, terms: ScoredTerm[], documents: number[], limit: number): number {
  if (documents.length < limit) return 0;
  const accumulator = view.accumulator;
  const partialKth = kthLargest(documents, accumulator, limit);
  const leaders: number[] = [];
  for (const document of documents) {
    if ((accumulator[document] as number) > partialKth) leaders.push(document);
  }
  for (const document of documents) {
    if (leaders.length >= limit) break;
    if (accumulator[document] === partialKth) leaders.push(document);
  }
  const exact = new Float64Array(leaders.length);
  for (let index = 0; index < leaders.length; index += 1)
    exact[index] = exactScore(view, terms, leaders[index] as number);
  exact.sort();
  // Float32 exact sums against float64 partial sums: the floor is lowered by the comparison margin.
  return (exact[exact.length - limit] as number) * (1 - slack);
}

/** How many documents could still reach the top with the unread terms' bounds. */
function runningCount(documents: number[], accumulator: Float64Array, open: number, threshold: number): number {
  let count = 0;
  for (const document of documents)
    if (((accumulator[document] as number) + open) * (1 + slack) >= threshold) count += 1;
  return count;
}

/** Where the term-at-a-time pass stopped and the threshold it stopped at. */
interface ReadState {
  read: number;
  /** A floor under the final k-th best score (0 while unknown). */
  floor: number;
}

/** Term at a time until the unread terms' bounds fall below the k-th best; returns the read-term count. */
function accumulateWhileOpen(
  view: ScoringView,
  order: ScoredTerm[],
  remaining: Float64Array,
  limit: number,
  touched: number[],
  terms: ScoredTerm[],
): ReadState {
  const accumulator = view.accumulator;
  let best = 0;
  let floor = 0;
  let exactFloors = 0;
  let unreadPostings = 0;
  for (const term of order) unreadPostings += term.end - term.start;
  for (let read = 0; read < order.length; read += 1) {
    const open = remaining[read] as number;
    if (touched.length >= limit && open * (1 + slack) < Math.max(best, floor)) {
      // Exact scores cost a search per leading document and query term: taken a few times per query only.
      const exact = exactFloors < 3 ? exactFloor(view, terms, touched, limit) : 0;
      if (exactFloors < 3) exactFloors += 1;
      floor = Math.max(floor, kthLargest(touched, accumulator, limit), exact);
      // Probing costs a search per document still in the running and term: worth it only when
      // they are few against the postings left to read; otherwise reading on is cheaper.
      if (open * (1 + slack) < floor && runningCount(touched, accumulator, open, floor) * 24 <= unreadPostings)
        return { read, floor };
    }
    const term = order[read] as ScoredTerm;
    unreadPostings -= term.end - term.start;
    const { documents, frequencies, end } = term;
    const scale = term.weight * term.idf;
    const lengthNorms = view.lengthNorms;
    for (let at = term.start; at < end; at += 1) {
      const document = documents[at] as number;
      const tf = frequencies[at] as number;
      const before = accumulator[document] as number;
      if (before === 0) touched.push(document);
      const after = before + scale * ((tf * (bm25K1 + 1)) / (tf + (lengthNorms[document] as number)));
      accumulator[document] = after;
      if (after > best) best = after;
    }
  }
  return { read: order.length, floor };
}

/** Adds the unread terms to the documents still in the running, dropping those that cannot reach the top. */
function probeRemaining(
  view: ScoringView,
  order: ScoredTerm[],
  remaining: Float64Array,
  limit: number,
  candidates: Uint32Array,
  stopped: ReadState,
): Uint32Array {
  const accumulator = view.accumulator;
  let running = candidates;
  for (let index = stopped.read; index < order.length; index += 1) {
    const term = order[index] as ScoredTerm;
    let cursor = term.start;
    for (const document of running) {
      cursor = seek(term.documents, cursor, term.end, document);
      if (cursor >= term.end) break;
      if (term.documents[cursor] === document) {
        accumulator[document] = (accumulator[document] as number) + contribution(view, term, cursor);
      }
    }
    const threshold = Math.max(stopped.floor, kthLargest(running, accumulator, limit));
    const open = remaining[index + 1] as number;
    running = running.filter((document) => ((accumulator[document] as number) + open) * (1 + slack) >= threshold);
  }
  return running;
}

export function prunedSearch(view: ScoringView, queryTerms: ScoredTerm[], limit: number): LexicalHit[] {
  const terms = queryTerms.filter((term) => term.weight > 0 && term.end > term.start);
  if (terms.length === 0 || limit <= 0) return [];
  const order = [...terms].sort((left, right) => right.upperBound - left.upperBound || left.position - right.position);
  // remaining[i]: the most the terms order[i..] can still add to any document.
  const remaining = new Float64Array(order.length + 1);
  for (let index = order.length - 1; index >= 0; index -= 1) {
    remaining[index] = (remaining[index + 1] as number) + (order[index] as ScoredTerm).upperBound;
  }
  const accumulator = view.accumulator;
  const touched: number[] = [];
  try {
    const stopped = accumulateWhileOpen(view, order, remaining, limit, touched, terms);
    let candidates: ArrayLike<number> & Iterable<number> = touched;
    if (stopped.read < order.length) {
      const open = remaining[stopped.read] as number;
      // Sorted as a typed array: the native numeric sort, no comparator calls.
      const running = Uint32Array.from(
        touched.filter((document) => ((accumulator[document] as number) + open) * (1 + slack) >= stopped.floor),
      ).sort();
      candidates = probeRemaining(view, order, remaining, limit, running, stopped);
    }
    const threshold = Math.max(stopped.floor, kthLargest(candidates, accumulator, limit));
    const hits: LexicalHit[] = [];
    for (const document of candidates) {
      if ((accumulator[document] as number) * (1 + slack) < threshold) continue;
      hits.push({ document, score: exactScore(view, terms, document) });
    }
    hits.sort((left, right) => right.score - left.score || left.document - right.document);
    return hits.slice(0, limit);
  } finally {
    for (const document of touched) accumulator[document] = 0;
  }
}
