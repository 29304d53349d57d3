/**
 * Exact inner-product search that reads only the dimensions a query uses. The vectors are held as the generation's
 * vectors.blocks holds them (block-file.ts, coded when the generation is built): each value as a signed 8-bit code
 * times one scale per document (its largest value's size / 127), in blocks of 1,024 documents, dimension by dimension
 * inside a block (one run holds one dimension of the block's documents); the file's float32 values, document by
 * document, stay in the file (block-values.ts). A search runs in two passes: a scan adds, per block, only the runs
 * of the query's non-zero dimensions, from the codes, in 32-bit integers with 128-bit SIMD, reading a quarter of the
 * bytes a float32 scan reads; then the documents whose first-pass score is within the rounding's bound of the k-th
 * best (a bound per document: its scale times the query's weights' sizes) are scored again from their float32 values,
 * in the order a float32 scan sums them. The bound holds for every document, so the leaders are the float32 scan's
 * leaders with its float32 scores, ties by the lower document (test/speed/block-scan.test.ts checks it against
 * hnswlib's brute force and a float32 reference); a re-scored document whose score falls outside its bound has values
 * that are not the ones its codes were made from (a damaged file), and the search throws rather than rank with them.
 * The offline embedder's query vectors are sparse (a question hashes to ~50 of 384 dimensions), so a scan reads about
 * a seventh of what a full brute force reads; a dense query (a model's embedding) reads everything.
 */
import { open } from 'node:fs/promises';
import { blockDocuments, blockFileHeaderBytes, blockFileParts, checkBlockFileHeader } from './block-file.js';
import {
  blockScanSupported,
  createScan,
  largestCode,
  largestWeight,
  runBytes,
  type Scan,
  scoreBytes,
  termsPerPass,
  type WasmMemory,
} from './block-scan-module.js';
import { BlockValues } from './block-values.js';
import type { DenseHit, DenseSearcher } from './dense-search.js';
import { TopK } from './top-k.js';
import { warmPagesAside } from './warm-pages.js';

/**
 * Bytes of the file each read asks for when opening, and how many reads run side by side on libuv's threads (of its
 * four: the open's other reads must not wait behind them).
 */
const bytesPerRead = 16 * 1024 * 1024;
const readsAtOnce = 2;

export { blockScanSupported };

/**
 * How far a first-pass score (times the weights' unit) can be from the float32 scan's score, per unit of the
 * document's scale, for a query of `terms` terms with weights of sizes summing to `weightSum`, `weightNorm` long, in
 * integer units of `unit`: each value is within half a scale of its code times the scale (with a margin for the float32
 * rounding of the scale and of the value times its inverse); each weight within half a unit of its integer; the
 * integer sum and its product with the scale are each rounded once to float32; and the float32 scan's sum of `terms`
 * products is within (terms + 1) × 2^-24 of the sum of the products' sizes, at most |query| × |document|, where
 * |document| ≤ √dimensions × 128 × the scale. The whole is taken 1% larger for margin.
 */
function roundingBound(query: {
  terms: number;
  weightSum: number;
  weightNorm: number;
  unit: number;
  dimensions: number;
}): number {
  const { terms, weightSum, weightNorm, unit, dimensions } = query;
  const values = 0.5 * weightSum * (1 + 2 ** -10);
  const weights = terms * (unit / 2) * largestCode;
  const sums = 2 ** -22 * largestCode * (weightSum + terms * unit);
  const scan = (terms + 2) * 2 ** -24 * weightNorm * Math.sqrt(dimensions) * (largestCode + 1);
  return (values + weights + sums + scan) * 1.01;
}

/** The vectors of `count` documents in blocks, searchable by inner product. */
export class BlockVectors {
  readonly blocks: number;
  private readonly memory: WasmMemory;
  private readonly scan: Scan;
  private readonly weightsAt: number;
  private readonly scoresAt: number;
  private readonly maximaAt: number;
  /** Where the file's body is read: the codes, then the scales, then the float32 values (block-file.ts). */
  private readonly codesAt: number;
  private readonly scalesAt: number;
  /** Views of the memory the search reads (the memory never grows, so they stay valid). */
  private readonly views: {
    lines: Int32Array;
    weights: Int16Array;
    scores: Float32Array;
    scales: Float32Array;
    maxima: Float32Array;
  };
  /** The float32 values the exact re-score reads, document by document, from the file (block-values.ts). */
  private values: BlockValues | undefined;
  /** Each block's largest scale. */
  private readonly blockScales: Float32Array;
  /** The query's float32 weights and dimensions, in the order its terms are set. */
  private readonly queryWeights: Float32Array;
  private readonly queryDimensions: Int32Array;

  /** `simd`: scan with WebAssembly SIMD (where the runtime has it), else in JavaScript. */
  private constructor(
    readonly dimensions: number,
    readonly count: number,
    simd: boolean,
  ) {
    this.blocks = Math.ceil(count / blockDocuments);
    const terms = dimensions + termsPerPass;
    this.weightsAt = Math.ceil((terms * 4) / 16) * 16;
    this.scoresAt = Math.ceil((this.weightsAt + terms * 16) / scoreBytes) * scoreBytes;
    this.maximaAt = this.scoresAt + this.blocks * scoreBytes;
    this.codesAt = this.maximaAt + Math.ceil(this.blocks / 4) * 16;
    const parts = blockFileParts(dimensions, count);
    this.scalesAt = this.codesAt + parts.scalesAt;
    const bytes = this.codesAt + parts.valuesAt;
    ({ memory: this.memory, scan: this.scan } = createScan(bytes, simd));
    const buffer = this.memory.buffer;
    this.views = {
      lines: new Int32Array(buffer, 0, terms),
      weights: new Int16Array(buffer, this.weightsAt, terms * 8),
      scores: new Float32Array(buffer, this.scoresAt, this.count),
      scales: new Float32Array(buffer, this.scalesAt, this.count),
      maxima: new Float32Array(buffer, this.maximaAt, this.blocks),
    };
    this.queryWeights = new Float32Array(terms);
    this.queryDimensions = new Int32Array(terms);
    this.blockScales = new Float32Array(this.blocks);
  }

  /** First-pass scores of every document, in units of the query's integer weights (valid until the next scan). */
  approximateScores(query: ArrayLike<number>): Float32Array {
    this.firstPass(this.setTerms(query).terms);
    return this.views.scores;
  }

  private firstPass(terms: number): void {
    const padded = Math.ceil(terms / termsPerPass) * termsPerPass;
    const codeBytes = this.dimensions * runBytes;
    this.scan(
      this.codesAt,
      this.blocks,
      codeBytes,
      0,
      this.weightsAt,
      padded * 4,
      this.scoresAt,
      this.scalesAt,
      this.maximaAt,
    );
  }

  /**
   * Writes the query's non-zero dimensions where the scan reads them (run offsets; weights as integers in units of
   * `unit`, a pair of terms' alternating in eight lanes), padded with terms of weight 0 to a multiple of termsPerPass,
   * and their float32 weights in queryWeights; returns how many there are before the padding and their sizes. The
   * unit keeps each weight within 16 bits and every sum of codes times weights within 31.
   */
  private setTerms(query: ArrayLike<number>): {
    terms: number;
    weightSum: number;
    weightNorm: number;
    unit: number;
    dimensions: number;
  } {
    const { lines, weights } = this.views;
    let terms = 0;
    let weightSum = 0;
    let squares = 0;
    let largest = 0;
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const value = Math.fround(query[dimension] as number);
      if (value === 0) continue;
      lines[terms] = dimension * runBytes;
      this.queryWeights[terms] = value;
      this.queryDimensions[terms] = dimension;
      weightSum += Math.abs(value);
      squares += value * value;
      largest = Math.max(largest, Math.abs(value));
      terms += 1;
    }
    const unit = Math.max(largest / largestWeight, (weightSum * largestCode) / 2 ** 30) || 1;
    for (let padding = terms; padding % termsPerPass !== 0; padding += 1) {
      lines[padding] = 0;
      this.queryWeights[padding] = 0;
    }
    // each pair of terms' weights in the first term's 16 bytes, alternating (the scan multiplies two runs at once)
    for (let term = 0; term < terms; term += 1)
      for (let lane = term % 2; lane < 8; lane += 2)
        weights[(term & ~1) * 8 + lane] = Math.round((this.queryWeights[term] as number) / unit);
    for (let padding = terms; padding % termsPerPass !== 0; padding += 1)
      for (let lane = padding % 2; lane < 8; lane += 2) weights[(padding & ~1) * 8 + lane] = 0;
    return { terms, weightSum, weightNorm: Math.sqrt(squares), unit, dimensions: this.dimensions };
  }

  /**
   * A document's float32 score over the first `terms` terms set: each product and each sum rounded to float32 in the
   * order the terms are set (a float32 scan's order).
   */
  private exactScore(document: number, terms: number): number {
    const { queryWeights, queryDimensions } = this;
    const values = (this.values as BlockValues).row(document);
    let sum = 0;
    for (let term = 0; term < terms; term += 1)
      sum = Math.fround(
        sum + Math.fround((queryWeights[term] as number) * (values[queryDimensions[term] as number] as number)),
      );
    return sum;
  }

  /**
   * The `limit` documents with the largest inner product, best first, ties by the lower document: a document whose
   * first-pass score plus its bound is below the k-th best of the first-pass scores less their bounds cannot be among
   * the exact leaders, and the rest are scored exactly. The blocks are visited best first by an upper bound of their
   * documents' (their largest score plus their largest scale's bound), so that the k-th best lower bound rises early
   * and the visit stops at the first block whose upper bound is below it; in a block, every document whose upper bound
   * reaches the k-th best so far is kept (it only rises, so the final ones are among them), and those still reaching
   * it at the end are candidates for the exact score (`rescore`).
   */
  search(query: ArrayLike<number>, limit: number): DenseHit[] {
    const k = Math.min(limit, this.count);
    if (k <= 0) return [];
    const set = this.setTerms(query);
    this.firstPass(set.terms);
    const { scores, scales, maxima } = this.views;
    const { unit } = set;
    const bound = roundingBound(set);
    const blockUppers = Float64Array.from(
      maxima,
      (largest, block) => largest * unit + (this.blockScales[block] as number) * bound,
    );
    const order = Array.from(blockUppers.keys()).sort(
      (left, right) => (blockUppers[right] as number) - (blockUppers[left] as number),
    );
    const lower = new TopK(k);
    const near: number[] = [];
    let floor = Number.NEGATIVE_INFINITY;
    for (const block of order) {
      if ((blockUppers[block] as number) < floor) break;
      const end = Math.min(this.count, (block + 1) * blockDocuments);
      for (let document = block * blockDocuments; document < end; document += 1) {
        const score = (scores[document] as number) * unit;
        const margin = (scales[document] as number) * bound;
        if (score + margin < floor) continue;
        near.push(document);
        lower.offer(document, score - margin);
        floor = lower.threshold;
      }
    }
    const candidates = near.filter(
      (document) => (scores[document] as number) * unit + (scales[document] as number) * bound >= floor,
    );
    return this.rescore(candidates, k, set.terms, unit, bound);
  }

  /**
   * The exact top `k` of `candidates`, ties by the lower document: they are scored exactly best upper bound first, and
   * once `k` are scored the rest whose upper bound is below the k-th exact score so far are left (none of them could
   * reach it: each value read from the file is one read); those scored are then ranked in document order.
   */
  private rescore(candidates: number[], k: number, terms: number, unit: number, bound: number): DenseHit[] {
    const { scores, scales } = this.views;
    const upper = (document: number) => (scores[document] as number) * unit + (scales[document] as number) * bound;
    candidates.sort((left, right) => upper(right) - upper(left) || left - right);
    const best = new TopK(k);
    const scored: { document: number; exact: number }[] = [];
    for (const document of candidates) {
      const score = (scores[document] as number) * unit;
      const margin = (scales[document] as number) * bound;
      if (score + margin < best.threshold) break;
      const exact = this.exactScore(document, terms);
      // The bound holds for values that are the ones the codes were made from: outside it, the file is damaged.
      if (!(exact >= score - margin && exact <= score + margin)) {
        const file = (this.values as BlockValues).file;
        throw new Error(`${file}: document ${document}'s values do not match its codes (rebuild the index)`);
      }
      best.offer(document, exact);
      scored.push({ document, exact });
    }
    const top = new TopK(k);
    for (const { document, exact } of scored.sort((left, right) => left.document - right.document))
      top.offer(document, exact);
    return top.hits();
  }

  /** Closes the file the values are read from. */
  close(): void {
    this.values?.close();
  }

  /**
   * A generation's vectors.blocks (block-file.ts): its codes and scales read as the file holds them into the scan's
   * memory, off the event loop (two pieces at a time); the float32 values are read from the file as a search re-scores
   * them (block-values.ts).
   */
  static async fromBlockFile(
    file: string,
    expected: { dimensions: number; count: number },
    simd = blockScanSupported(),
  ): Promise<BlockVectors> {
    const { dimensions, count } = expected;
    const { valuesAt } = blockFileParts(dimensions, count);
    const handle = await open(file, 'r');
    let vectors: BlockVectors;
    try {
      const header = Buffer.alloc(blockFileHeaderBytes);
      await handle.read(header, 0, header.length, 0);
      checkBlockFileHeader(file, header, (await handle.stat()).size, expected);
      vectors = new BlockVectors(dimensions, count, simd);
      const body = Buffer.from(vectors.memory.buffer, vectors.codesAt, valuesAt);
      let next = 0;
      const lane = async () => {
        for (let from = next; from < valuesAt; from = next) {
          next += bytesPerRead;
          await readExactly(handle, body.subarray(from, from + bytesPerRead), blockFileHeaderBytes + from, file);
        }
      };
      await Promise.all(Array.from({ length: readsAtOnce }, lane));
    } finally {
      await handle.close();
    }
    // The codes' pages are first read on another thread, not by the first searches on this one (warm-pages.ts).
    warmPagesAside(vectors.memory.buffer, vectors.codesAt, vectors.codesAt + valuesAt);
    const { scales } = vectors.views;
    for (let document = 0; document < count; document += 1) {
      const block = Math.floor(document / blockDocuments);
      vectors.blockScales[block] = Math.max(vectors.blockScales[block] as number, scales[document] as number);
    }
    vectors.values = new BlockValues(file, blockFileHeaderBytes + valuesAt, dimensions, count);
    return vectors;
  }
}

async function readExactly(
  handle: Awaited<ReturnType<typeof open>>,
  target: Buffer,
  position: number,
  file: string,
): Promise<void> {
  let done = 0;
  while (done < target.length) {
    const { bytesRead } = await handle.read(target, done, target.length - done, position + done);
    if (bytesRead === 0) throw new Error(`${file} is shorter than its header says`);
    done += bytesRead;
  }
}

export function blockSearcher(vectors: BlockVectors): DenseSearcher {
  return {
    kind: 'exact',
    ef: undefined,
    search: (vector, limit) => vectors.search(vector, limit),
    close: () => vectors.close(),
  };
}
