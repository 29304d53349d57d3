/**
 * BM25 top-k by block-max MaxScore, a window of documents at a time (after Ding & Suel 2011 and
 * Lucene's MaxScoreBulkScorer): the passages are cut into windows of 2^shift document numbers,
 * and a long posting list keeps, per window, where its postings there start and the largest term
 * factor they reach. In a window the terms are ordered by their bound per posting there; the first terms whose
 * bounds together cannot lift a document to the k-th best score are only probed for the documents the
 * other terms bring, and a window whose bounds add up to less than the k-th best is skipped whole. The
 * survivors are scored again exactly as the exhaustive scorer does (float32 sums in query order), so
 * scores and ranking are the same.
 */
import type { LexicalHit } from './lexical-index.js';
import {
  addToHeap,
  bm25K1,
  kthLargest,
  mergeSameLists,
  type ScoredTerm,
  type ScoringView,
  seek,
  slack,
} from './bm25-scoring.js';

/**
 * Windows of about a fiftieth of the passages, from 64 to 4,096 document numbers (2,048 at 100k passages; paired at
 * 100k, processor ms per plain + anchor search, with terms added one at a time past the essential ones: windows of
 * 1,024 p95 2.59 / mean 1.29, of 2,048 2.46 / 1.19, of 4,096 2.53 / 1.22).
 */
export function windowShiftFor(passages: number): number {
  return Math.min(12, Math.max(6, Math.round(Math.log2(Math.max(1, passages) / 50))));
}

/** Posting lists shorter than this keep no window index: their one bound stands wherever they have a posting. */
export const windowIndexMinimum = 1_024;

/** A long posting list per window of documents: where its postings start and the largest term factor they reach. */
export interface WindowIndex {
  /** Windows of 2^shift document numbers. */
  shift: number;
  /** starts[w]..starts[w+1]: the list's postings in window w, counted from the list's first posting. */
  starts: Uint32Array;
  /** The largest tf·(k1+1)/norm in each window (rounded up; 0 where the list has no posting). */
  maxima: Float32Array;
}

/** The top k scores seen (a min-heap) and the floor they give: the k-th best once k are in. */
class TopScores {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(limit: number) {
    this.heap = new Float64Array(limit);
  }

  get floor(): number {
    return this.size < this.heap.length ? 0 : (this.heap[0] as number);
  }

  add(value: number): void {
    this.size = addToHeap(this.heap, this.size, value);
  }
}

/** The per-query state of the window pass, in typed arrays indexed by the term's place in `terms`. */
interface WindowState {
  /** Windows of 2^shift document numbers. */
  shift: number;
  terms: ScoredTerm[];
  scales: Float64Array;
  /** In the window being read: each term's next posting and the end of its postings in the window. */
  cursors: Int32Array;
  limits: Int32Array;
  /** Each term's bound in the current window (0 when it has no posting there). */
  bounds: Float64Array;
  /** Terms by their window bound per posting in the window, ascending (see partition). */
  order: Int32Array;
  keys: Float64Array;
  /** prefix[j]: the sum of the bounds of order[0..j) (up to the first essential term). */
  prefix: Float64Array;
  scores: Float64Array;
  /** One bit per document of the window: the documents the essential terms hit. */
  marks: Uint32Array;
  /** The window's documents still in the running and their partial scores (see collectWindow). */
  windowDocuments: Int32Array;
  windowScores: Float64Array;
  top: TopScores;
  candidates: number[];
  candidateScores: number[];
}

/** Each term's bound in the window and their sum (a short list's cursor moves to the window). */
function boundWindow(state: WindowState, window: number): number {
  const { terms, scales, cursors, bounds, shift } = state;
  const windowStart = window << shift;
  const windowEnd = windowStart + (1 << shift);
  let total = 0;
  for (let index = 0; index < terms.length; index += 1) {
    const term = terms[index] as ScoredTerm;
    let bound = 0;
    if (term.windows !== undefined) {
      bound = (scales[index] as number) * (term.windows.maxima[window] as number);
    } else {
      let cursor = cursors[index] as number;
      while (cursor < term.end && (term.documents[cursor] as number) < windowStart) cursor += 1;
      cursors[index] = cursor;
      if (cursor < term.end && (term.documents[cursor] as number) < windowEnd) bound = term.upperBound;
    }
    bounds[index] = bound;
    total += bound;
  }
  return total;
}

/** Puts every term's cursor and limit on its postings in the window. */
function enterWindow(state: WindowState, window: number): void {
  const { terms, cursors, limits } = state;
  const windowEnd = (window + 1) << state.shift;
  for (let index = 0; index < terms.length; index += 1) {
    const term = terms[index] as ScoredTerm;
    if (term.windows !== undefined) {
      cursors[index] = term.start + (term.windows.starts[window] as number);
      limits[index] = term.start + (term.windows.starts[window + 1] as number);
    } else {
      let limit = cursors[index] as number;
      while (limit < term.end && (term.documents[limit] as number) < windowEnd) limit += 1;
      limits[index] = limit;
    }
  }
}

/**
 * Orders the terms by their window bound per posting in the window, ascending, and returns how many of the first
 * cannot reach `threshold` together: those are only probed for the documents the others bring, so the long lists of
 * low-scoring terms go there first (Lucene's MaxScoreBulkScorer partitions by cost over score the same way).
 */
function partition(state: WindowState, threshold: number): number {
  const { order, bounds, prefix, keys, cursors, limits } = state;
  const count = order.length;
  for (let index = 0; index < count; index += 1)
    keys[index] = (bounds[index] as number) / Math.max(1, (limits[index] as number) - (cursors[index] as number));
  // Insertion sort from the last window's order: the keys move little from one window to the next.
  for (let index = 1; index < count; index += 1) {
    const term = order[index] as number;
    const key = keys[term] as number;
    let at = index;
    while (at > 0 && (keys[order[at - 1] as number] as number) > key) {
      order[at] = order[at - 1] as number;
      at -= 1;
    }
    order[at] = term;
  }
  let nonEssential = 0;
  for (let at = 0; at < count; at += 1) {
    const next = (prefix[at] as number) + (bounds[order[at] as number] as number);
    prefix[at + 1] = next;
    if (next * (1 + slack) >= threshold) break;
    nonEssential = at + 1;
  }
  return nonEssential;
}

/** Adds every posting of the window's essential terms to the window's scores, marking each document they hit. */
function scoreEssential(view: ScoringView, state: WindowState, windowStart: number, nonEssential: number): void {
  const { terms, scales, cursors, limits, order, scores, marks } = state;
  const lengthNorms = view.lengthNorms;
  for (let at = nonEssential; at < order.length; at += 1) {
    const index = order[at] as number;
    const { documents, frequencies } = terms[index] as ScoredTerm;
    const scale = scales[index] as number;
    const limit = limits[index] as number;
    for (let cursor = cursors[index] as number; cursor < limit; cursor += 1) {
      const document = documents[cursor] as number;
      const offset = document - windowStart;
      const tf = frequencies[cursor] as number;
      marks[offset >>> 5] = (marks[offset >>> 5] as number) | (1 << (offset & 31));
      scores[offset] =
        (scores[offset] as number) + scale * ((tf * (bm25K1 + 1)) / (tf + (lengthNorms[document] as number)));
    }
  }
}

/**
 * The documents of a window that can reach the top: the essential terms' postings summed, then the non-essential
 * terms added one term at a time, highest bound first, over the documents still in the running (in document order,
 * so each term's cursor only moves forward); a document drops out once its score and the bounds of the terms left
 * together fall below the threshold (after Lucene's MaxScoreBulkScorer).
 */
function collectWindow(view: ScoringView, state: WindowState, window: number, nonEssential: number, floor: number) {
  const { terms, scales, cursors, limits, order, prefix, scores, marks, top, windowDocuments, windowScores } = state;
  const windowStart = window << state.shift;
  const lengthNorms = view.lengthNorms;
  const threshold = Math.max(floor, top.floor);
  scoreEssential(view, state, windowStart, nonEssential);
  const rest = prefix[nonEssential] as number;
  let count = 0;
  for (let word = 0; word < marks.length; word += 1) {
    let bits = marks[word] as number;
    if (bits === 0) continue;
    marks[word] = 0;
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const offset = (word << 5) | (31 - Math.clz32(lowest));
      const score = scores[offset] as number;
      scores[offset] = 0;
      if ((score + rest) * (1 + slack) < threshold) continue;
      windowDocuments[count] = windowStart + offset;
      windowScores[count] = score;
      count += 1;
    }
  }
  for (let at = nonEssential - 1; at >= 0 && count > 0; at -= 1) {
    const index = order[at] as number;
    const { documents, frequencies } = terms[index] as ScoredTerm;
    const scale = scales[index] as number;
    const limit = limits[index] as number;
    const below = prefix[at] as number;
    let cursor = cursors[index] as number;
    let kept = 0;
    for (let candidate = 0; candidate < count; candidate += 1) {
      const document = windowDocuments[candidate] as number;
      if (cursor < limit && (documents[cursor] as number) < document)
        cursor = seek(documents, cursor + 1, limit, document);
      let total = windowScores[candidate] as number;
      if (cursor < limit && documents[cursor] === document) {
        const tf = frequencies[cursor] as number;
        total += scale * ((tf * (bm25K1 + 1)) / (tf + (lengthNorms[document] as number)));
      }
      if ((total + below) * (1 + slack) < threshold) continue;
      windowDocuments[kept] = document;
      windowScores[kept] = total;
      kept += 1;
    }
    cursors[index] = cursor;
    count = kept;
  }
  for (let candidate = 0; candidate < count; candidate += 1) {
    const score = windowScores[candidate] as number;
    state.candidates.push(windowDocuments[candidate] as number);
    state.candidateScores.push(score);
    top.add(score);
  }
}

/** Postings read for a first floor (see seedFloor; at 100k 512 gave a lower mean than 128, 2,048 or 8,192). */
const seedPostings = 512;

/** Where a document's posting of the term is (or would be): searched in its window only, when the list has an index. */
function find(term: ScoredTerm, document: number): number {
  if (term.windows === undefined) return seek(term.documents, term.start, term.end, document);
  const window = document >>> term.windows.shift;
  const end = term.start + (term.windows.starts[window + 1] as number);
  return seek(term.documents, term.start + (term.windows.starts[window] as number), end, document);
}

/** A document's score over every term (float64). */
function fullScore(view: ScoringView, terms: ScoredTerm[], scales: Float64Array, document: number): number {
  let score = 0;
  for (let index = 0; index < terms.length; index += 1) {
    const term = terms[index] as ScoredTerm;
    const at = find(term, document);
    if (at < term.end && term.documents[at] === document) {
      const tf = term.frequencies[at] as number;
      score += (scales[index] as number) * ((tf * (bm25K1 + 1)) / (tf + (view.lengthNorms[document] as number)));
    }
  }
  return score;
}

/** The score the exhaustive scorer gives: float32 sums of the terms' contributions in query order. */
function exactScore(view: ScoringView, terms: ScoredTerm[], document: number): number {
  let score = 0;
  for (const term of terms) {
    const at = find(term, document);
    if (at < term.end && term.documents[at] === document) {
      const tf = term.frequencies[at] as number;
      const norm = tf + (view.lengthNorms[document] as number);
      score = Math.fround(score + term.weight * term.idf * ((tf * (bm25K1 + 1)) / norm));
    }
  }
  return score;
}

/**
 * A floor under the k-th best score before the window pass: the shorter lists of the highest-bound terms (up to a
 * budget of postings) summed term at a time, the leading documents scored over every term, and the k-th best of
 * those (any k real documents' k-th best is at most the true k-th best), lowered by the comparison margin.
 */
function seedFloor(view: ScoringView, terms: ScoredTerm[], scales: Float64Array, limit: number): number {
  const byBound = [...terms.keys()].sort(
    (left, right) => (terms[right] as ScoredTerm).upperBound - (terms[left] as ScoredTerm).upperBound,
  );
  const accumulator = view.accumulator;
  const touched: number[] = [];
  let budget = seedPostings;
  try {
    for (const index of byBound) {
      const term = terms[index] as ScoredTerm;
      if (term.end - term.start > budget) continue;
      budget -= term.end - term.start;
      const scale = scales[index] as number;
      for (let at = term.start; at < term.end; at += 1) {
        const document = term.documents[at] as number;
        const tf = term.frequencies[at] as number;
        const before = accumulator[document] as number;
        if (before === 0) touched.push(document);
        accumulator[document] = before + scale * ((tf * (bm25K1 + 1)) / (tf + (view.lengthNorms[document] as number)));
      }
    }
    if (touched.length < limit) return 0;
    const partialKth = kthLargest(touched, accumulator, limit);
    const leaders = touched.filter((document) => (accumulator[document] as number) >= partialKth);
    const best = new TopScores(limit);
    for (const document of leaders) best.add(fullScore(view, terms, scales, document));
    return best.floor * (1 - slack);
  } finally {
    for (const document of touched) accumulator[document] = 0;
  }
}

/** Top `limit` documents by BM25, ties by document number: the same scores and ranking as scoring every posting. */
export function blockMaxSearch(view: ScoringView, queryTerms: ScoredTerm[], limit: number): LexicalHit[] {
  const exactTerms = queryTerms.filter((term) => term.weight > 0 && term.end > term.start);
  if (exactTerms.length === 0 || limit <= 0) return [];
  const terms = mergeSameLists(exactTerms);
  const count = terms.length;
  const shift = view.windowShift;
  const state: WindowState = {
    shift,
    terms,
    scales: Float64Array.from(terms, (term) => term.weight * term.idf),
    cursors: Int32Array.from(terms, (term) => term.start),
    limits: new Int32Array(count),
    bounds: new Float64Array(count),
    order: Int32Array.from(terms.keys()),
    keys: new Float64Array(count),
    prefix: new Float64Array(count + 1),
    scores: new Float64Array(1 << shift),
    marks: new Uint32Array(Math.max(1, (1 << shift) >>> 5)),
    windowDocuments: new Int32Array(1 << shift),
    windowScores: new Float64Array(1 << shift),
    top: new TopScores(limit),
    candidates: [],
    candidateScores: [],
  };
  const floor = seedFloor(view, terms, state.scales, limit);
  const windows = Math.ceil(view.lengthNorms.length / (1 << shift));
  for (let window = 0; window < windows; window += 1) {
    const threshold = Math.max(floor, state.top.floor);
    const total = boundWindow(state, window);
    if (total === 0 || total * (1 + slack) < threshold) continue;
    enterWindow(state, window);
    collectWindow(view, state, window, partition(state, threshold), floor);
  }
  const threshold = Math.max(floor, state.top.floor);
  const hits: LexicalHit[] = [];
  for (const [at, document] of state.candidates.entries()) {
    if ((state.candidateScores[at] as number) * (1 + slack) < threshold) continue;
    hits.push({ document, score: exactScore(view, exactTerms, document) });
  }
  hits.sort((left, right) => right.score - left.score || left.document - right.document);
  return hits.slice(0, limit);
}
