/**
 * Exact inner-product search that reads only the dimensions a query uses. The vectors are held in blocks of 1,024
 * documents, dimension by dimension inside a block (one run holds one dimension of the block's documents), as the
 * generation's vectors.blocks holds them (block-file.ts). Each float32 value is held split in two 16-bit halves: its
 * upper half rounded to nearest (a bfloat16, in WebAssembly memory) and the signed rest. A search runs in two passes:
 * a scan adds, per block, only the runs of the query's non-zero dimensions, from the upper halves alone, with 128-bit
 * SIMD (block-scan-module.ts), which reads half the bytes a float32 scan reads; then the documents whose first-pass
 * score is within twice the rounding's bound of the k-th best are scored again from their whole float32 values, in the
 * order a float32 scan sums them. The bound holds for every document, so the leaders are the exact scan's leaders with
 * its exact float32 scores, ties by the lower document (test/speed/block-scan.test.ts checks it against hnswlib's brute
 * force). The offline embedder's query vectors are sparse (a question hashes to ~50 of 384 dimensions), so a scan reads
 * about a seventh of what a full brute force reads; a dense query (a model's embedding) reads everything.
 */
import { open } from 'node:fs/promises';
import { blockDocuments, blockFileHeaderBytes, checkBlockFileHeader } from './block-file.js';
import {
  blockScanSupported,
  createScan,
  runBytes,
  runPosition,
  type Scan,
  scoreBytes,
  termsPerPass,
  type WasmMemory,
} from './block-scan-module.js';
import type { DenseHit, DenseSearcher } from './dense-search.js';
import { TopK } from './top-k.js';

export { blockScanSupported };


/**
 * How far a first-pass score can be from the exact one, per unit of |query| × |document|: the upper half rounded to
 * nearest is within 2^-8 of each value (relative), and each of the two float32 sums of `dimensions` products is within
 * (dimensions + 1) × 2^-24 (relative to the sum of the products' sizes), here doubled for margin.
 */
const roundingBound = (dimensions: number) => 2 ** -8 * (1 + 2 ** -8) + 4 * (dimensions + 2) * 2 ** -24;

/** runPosition of each document of a block. */
const positions = Int16Array.from({ length: blockDocuments }, (_, document) => runPosition(document));

/** Full blocks read from the file at a time when opening. */
const blocksPerRead = 16;

/** The vectors of `count` documents in blocks, searchable by inner product. */
export class BlockVectors {
  readonly blocks: number;
  private readonly memory: WasmMemory;
  private readonly scan: Scan;
  private readonly weightsAt: number;
  private readonly scoresAt: number;
  private readonly halvesAt: number;
  /** The lower halves: each float32's bits less its upper half × 2^16, in the upper halves' layout. */
  private readonly rests: Int16Array;
  /** The largest norm of a document's vector (its float32 values, as read). */
  private largestNorm = 0;
  private readonly bits = new Int32Array(1);
  private readonly bitsAsFloat = new Float32Array(this.bits.buffer);

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
    this.halvesAt = this.scoresAt + this.blocks * scoreBytes;
    ({ memory: this.memory, scan: this.scan } = createScan(this.halvesAt + this.blocks * this.blockBytes, simd));
    this.rests = new Int16Array((this.blocks * this.blockBytes) / 2);
  }

  /** Bytes of one block's upper halves. */
  private get blockBytes(): number {
    return this.dimensions * runBytes;
  }

  /**
   * Places `documents` documents of block `block` (runs of `documents` float32 values each, dimension by dimension, in
   * `values`) into the halves, and notes their norms.
   */
  private place(block: number, values: Float32Array, documents: number): void {
    const words = new Int32Array(values.buffer, values.byteOffset, values.length);
    const upper = new Uint16Array(this.memory.buffer, this.halvesAt + block * this.blockBytes, this.blockBytes / 2);
    const rests = this.rests.subarray((block * this.blockBytes) / 2, ((block + 1) * this.blockBytes) / 2);
    const squares = new Float64Array(documents);
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const from = dimension * documents;
      const to = dimension * blockDocuments;
      for (let document = 0; document < documents; document += 1) {
        const word = words[from + document] as number;
        // The upper half rounded to nearest (the rest is then within ±2^15).
        const half = (word + 0x8000) >> 16;
        const position = to + (positions[document] as number);
        upper[position] = half;
        rests[position] = word - (half << 16);
        const value = values[from + document] as number;
        squares[document] = (squares[document] as number) + value * value;
      }
    }
    for (const square of squares) this.largestNorm = Math.max(this.largestNorm, Math.sqrt(square));
  }

  /** First-pass scores of every document (from the upper halves; a view valid until the next scan). */
  approximateScores(query: ArrayLike<number>): Float32Array {
    return this.firstPass(query).scores;
  }

  private firstPass(query: ArrayLike<number>): { scores: Float32Array; terms: number } {
    const terms = this.setTerms(query);
    const padded = Math.ceil(terms / termsPerPass) * termsPerPass;
    this.scan(this.halvesAt, this.blocks, this.blockBytes, 0, this.weightsAt, padded * 4, this.scoresAt);
    return { scores: new Float32Array(this.memory.buffer, this.scoresAt, this.count), terms };
  }

  /**
   * Writes the query's non-zero dimensions where the scan reads them (run offsets; float32 weights, each in four lanes),
   * padded with terms of weight 0 to a multiple of termsPerPass; returns how many there are before the padding.
   */
  private setTerms(query: ArrayLike<number>): number {
    const buffer = this.memory.buffer;
    const lines = new Int32Array(buffer, 0, this.dimensions + termsPerPass);
    const weights = new Float32Array(buffer, this.weightsAt, (this.dimensions + termsPerPass) * 4);
    let terms = 0;
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const value = Math.fround(query[dimension] as number);
      if (value === 0) continue;
      lines[terms] = dimension * runBytes;
      weights.fill(value, terms * 4, terms * 4 + 4);
      terms += 1;
    }
    for (let padding = terms; padding % termsPerPass !== 0; padding += 1) {
      lines[padding] = 0;
      weights.fill(0, padding * 4, padding * 4 + 4);
    }
    return terms;
  }

  /**
   * A document's exact score over the first `terms` terms set: its float32 values rebuilt from both halves, each
   * product and each sum rounded to float32 in the order the terms are set (a float32 scan's order).
   */
  private exactScore(document: number, terms: number): number {
    const buffer = this.memory.buffer;
    const lines = new Int32Array(buffer, 0, terms);
    const weights = new Float32Array(buffer, this.weightsAt, terms * 4);
    const upper = new Uint16Array(buffer, this.halvesAt, this.rests.length);
    const block = Math.floor(document / blockDocuments);
    const at = (block * this.blockBytes) / 2 + runPosition(document % blockDocuments);
    let sum = 0;
    for (let term = 0; term < terms; term += 1) {
      const position = at + (lines[term] as number) / 2;
      this.bits[0] = (upper[position] as number) * 65_536 + (this.rests[position] as number);
      sum = Math.fround(sum + Math.fround((weights[term * 4] as number) * (this.bitsAsFloat[0] as number)));
    }
    return sum;
  }

  /**
   * The `limit` documents with the largest inner product, best first, ties by the lower document: the k-th best
   * first-pass score less twice the bound leaves out only documents that cannot be among the exact leaders, and the
   * rest are scored exactly.
   */
  search(query: ArrayLike<number>, limit: number): DenseHit[] {
    const k = Math.min(limit, this.count);
    if (k <= 0) return [];
    const { scores, terms } = this.firstPass(query);
    const first = new TopK(k);
    for (let document = 0; document < this.count; document += 1) first.offer(document, scores[document] as number);
    const weights = new Float32Array(this.memory.buffer, this.weightsAt, terms * 4);
    let squares = 0;
    for (let term = 0; term < terms; term += 1) squares += (weights[term * 4] as number) ** 2;
    const bound = Math.sqrt(squares) * this.largestNorm * roundingBound(this.dimensions);
    const floor = first.threshold - 2 * bound;
    const top = new TopK(k);
    for (let document = 0; document < this.count; document += 1)
      if ((scores[document] as number) >= floor) top.offer(document, this.exactScore(document, terms));
    return top.hits();
  }

  /**
   * A generation's vectors.blocks (block-file.ts), read a few full blocks at a time and split into halves in place;
   * the last block's shorter runs each placed in a full-length run.
   */
  static async fromBlockFile(
    file: string,
    expected: { dimensions: number; count: number },
    simd = blockScanSupported(),
  ): Promise<BlockVectors> {
    const handle = await open(file, 'r');
    try {
      const header = Buffer.alloc(blockFileHeaderBytes);
      await handle.read(header, 0, header.length, 0);
      checkBlockFileHeader(file, header, (await handle.stat()).size, expected);
      const { dimensions, count } = expected;
      const vectors = new BlockVectors(dimensions, count, simd);
      const fullBlocks = Math.floor(count / blockDocuments);
      const valuesPerBlock = dimensions * blockDocuments;
      const buffer = new Float32Array(Math.min(fullBlocks, blocksPerRead) * valuesPerBlock || dimensions);
      let position = blockFileHeaderBytes;
      for (let block = 0; block < fullBlocks; block += blocksPerRead) {
        const blocks = Math.min(blocksPerRead, fullBlocks - block);
        const part = buffer.subarray(0, blocks * valuesPerBlock);
        await readExactly(handle, part, position, file);
        position += part.byteLength;
        for (let at = 0; at < blocks; at += 1)
          vectors.place(block + at, part.subarray(at * valuesPerBlock, (at + 1) * valuesPerBlock), blockDocuments);
      }
      const rest = count - fullBlocks * blockDocuments;
      if (rest > 0) {
        const last = new Float32Array(dimensions * rest);
        await readExactly(handle, last, position, file);
        vectors.place(fullBlocks, last, rest);
      }
      return vectors;
    } finally {
      await handle.close();
    }
  }
}

async function readExactly(
  handle: Awaited<ReturnType<typeof open>>,
  values: Float32Array,
  position: number,
  file: string,
): Promise<void> {
  const target = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  let done = 0;
  while (done < target.length) {
    const { bytesRead } = await handle.read(target, done, target.length - done, position + done);
    if (bytesRead === 0) throw new Error(`${file} is shorter than its header says`);
    done += bytesRead;
  }
}

export function blockSearcher(vectors: BlockVectors): DenseSearcher {
  return { kind: 'exact', ef: undefined, search: (vector, limit) => vectors.search(vector, limit) };
}
