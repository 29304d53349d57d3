/**
 * Exact inner-product search that reads only the dimensions a query uses. The vectors are held in blocks of 1,024
 * documents, dimension by dimension inside a block (one run holds one dimension of the block's documents), as the
 * generation's vectors.blocks holds them (block-file.ts), each float32 value split in WebAssembly memory into its upper
 * 16 bits rounded to nearest (a bfloat16) and the signed rest, so they take what the float32 values took (made as the
 * file is read, block-scan-module.ts). A search runs in two passes: a scan adds, per block, only the runs of the
 * query's non-zero dimensions, from the upper halves, with 128-bit SIMD, reading half the bytes a float32 scan reads;
 * then the documents whose first-pass score is within twice the rounding's bound of the k-th best are scored again
 * from their float32 values (both halves), in the order a float32 scan sums them. The bound holds for every document,
 * so the leaders are the float32 scan's leaders with its float32 scores, ties by the lower document
 * (test/speed/block-scan.test.ts checks it against hnswlib's brute force and a float32 reference). The offline
 * embedder's query vectors are sparse (a question hashes to ~50 of 384 dimensions), so a scan reads about a seventh of
 * what a full brute force reads; a dense query (a model's embedding) reads everything.
 */
import { open } from 'node:fs/promises';
import { blockDocuments, blockFileHeaderBytes, checkBlockFileHeader } from './block-file.js';
import {
  blockScanSupported,
  createScan,
  type Halve,
  runBytes,
  runPosition,
  type Scan,
  scoreBytes,
  termsPerPass,
  type WasmMemory,
} from './block-scan-module.js';
import type { DenseHit, DenseSearcher } from './dense-search.js';
import { TopK } from './top-k.js';

/** Full blocks read from the file at a time when opening (6 MB of staging at 384 dimensions). */
const blocksPerRead = 4;

export { blockScanSupported };

/**
 * How far a first-pass score can be from the exact one, per unit of |query| × |document|: the upper half rounded to
 * nearest is within 2^-8 of each value (relative), and each of the two float32 sums of `dimensions` products is within
 * (dimensions + 1) × 2^-24 (relative to the sum of the products' sizes), here doubled for margin.
 */
const roundingBound = (dimensions: number) => 2 ** -8 * (1 + 2 ** -8) + 4 * (dimensions + 2) * 2 ** -24;

/** The vectors of `count` documents in blocks, searchable by inner product. */
export class BlockVectors {
  readonly blocks: number;
  private readonly memory: WasmMemory;
  private readonly scan: Scan;
  private readonly halve: Halve;
  private readonly weightsAt: number;
  private readonly scoresAt: number;
  private readonly squaresAt: number;
  private readonly halvesAt: number;
  private readonly restsAt: number;
  /** Where a few blocks of the file are read to be halved. */
  private readonly stagingAt: number;
  /** The largest norm of a document's vector (with a margin for the float32 sums it is taken from). */
  private largestNorm = 0;
  /** Views of the memory the exact re-score reads (the memory never grows, so they stay valid). */
  private readonly views: { lines: Int32Array; weights: Float32Array; upper: Uint16Array; rests: Int16Array };
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
    this.squaresAt = this.scoresAt + this.blocks * scoreBytes;
    this.halvesAt = this.squaresAt + scoreBytes;
    this.restsAt = this.halvesAt + this.blocks * dimensions * runBytes;
    this.stagingAt = this.restsAt + this.blocks * dimensions * runBytes;
    const bytes = this.stagingAt + Math.min(this.blocks, blocksPerRead) * this.blockBytes;
    ({ memory: this.memory, scan: this.scan, halve: this.halve } = createScan(bytes, simd));
    const buffer = this.memory.buffer;
    const length = this.blocks * dimensions * blockDocuments;
    this.views = {
      lines: new Int32Array(buffer, 0, terms),
      weights: new Float32Array(buffer, this.weightsAt, terms * 4),
      upper: new Uint16Array(buffer, this.halvesAt, length),
      rests: new Int16Array(buffer, this.restsAt, length),
    };
  }

  /** Bytes of one block's float32 values (in the file). */
  private get blockBytes(): number {
    return this.dimensions * scoreBytes;
  }

  /** First-pass scores of every document (from the upper halves; a view valid until the next scan). */
  approximateScores(query: ArrayLike<number>): Float32Array {
    return this.firstPass(query).scores;
  }

  private firstPass(query: ArrayLike<number>): { scores: Float32Array; terms: number } {
    const terms = this.setTerms(query);
    const padded = Math.ceil(terms / termsPerPass) * termsPerPass;
    const halfBytes = this.dimensions * runBytes;
    this.scan(this.halvesAt, this.blocks, halfBytes, 0, this.weightsAt, padded * 4, this.scoresAt);
    return { scores: new Float32Array(this.memory.buffer, this.scoresAt, this.count), terms };
  }

  /**
   * Writes the query's non-zero dimensions where the scan reads them (run offsets; float32 weights, each in four
   * lanes), padded with terms of weight 0 to a multiple of termsPerPass; returns how many there are before the padding.
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
   * A document's float32 score over the first `terms` terms set: its float32 values rebuilt from both halves, each
   * product and each sum rounded to float32 in the order the terms are set (a float32 scan's order).
   */
  private exactScore(document: number, terms: number): number {
    const { lines, weights, upper, rests } = this.views;
    const block = Math.floor(document / blockDocuments);
    const at = block * this.dimensions * blockDocuments + runPosition(document % blockDocuments);
    let sum = 0;
    for (let term = 0; term < terms; term += 1) {
      const position = at + (lines[term] as number) / 2;
      this.bits[0] = (upper[position] as number) * 65_536 + (rests[position] as number);
      sum = Math.fround(sum + Math.fround((weights[term * 4] as number) * (this.bitsAsFloat[0] as number)));
    }
    return sum;
  }

  /**
   * The `limit` documents with the largest inner product, best first, ties by the lower document: the k-th best
   * first-pass score less twice the bound leaves out only documents that cannot be among the exact leaders, and the
   * rest are scored exactly. One pass over the first-pass scores keeps the k best and every document within twice the
   * bound of the k-th best so far (the k-th best only rises, so the final ones are among them).
   */
  search(query: ArrayLike<number>, limit: number): DenseHit[] {
    const k = Math.min(limit, this.count);
    if (k <= 0) return [];
    const { scores, terms } = this.firstPass(query);
    const weights = new Float32Array(this.memory.buffer, this.weightsAt, terms * 4);
    let squares = 0;
    for (let term = 0; term < terms; term += 1) squares += (weights[term * 4] as number) ** 2;
    const margin = 2 * Math.sqrt(squares) * this.largestNorm * roundingBound(this.dimensions);
    const first = new TopK(k);
    const near: number[] = [];
    let floor = Number.NEGATIVE_INFINITY;
    for (let document = 0; document < this.count; document += 1) {
      const score = scores[document] as number;
      if (score < floor) continue;
      near.push(document);
      first.offer(document, score);
      floor = first.threshold - margin;
    }
    const top = new TopK(k);
    for (const document of near)
      if ((scores[document] as number) >= floor) top.offer(document, this.exactScore(document, terms));
    return top.hits();
  }

  /**
   * A generation's vectors.blocks (block-file.ts), read a few blocks at a time and halved into place (the last block's
   * shorter runs each moved to its place in a full-length run first).
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
      const { blockBytes, stagingAt } = vectors;
      const halfBytes = dimensions * runBytes;
      const staging = Buffer.from(
        vectors.memory.buffer,
        stagingAt,
        Math.min(vectors.blocks, blocksPerRead) * blockBytes,
      );
      let squares = 0;
      const halve = (block: number, blocks: number) => {
        const at = block * halfBytes;
        const most = vectors.halve(
          stagingAt,
          vectors.halvesAt + at,
          blocks,
          dimensions,
          vectors.squaresAt,
          vectors.restsAt + at,
        );
        squares = Math.max(squares, most);
      };
      const fullBlocks = Math.floor(count / blockDocuments);
      for (let block = 0; block < fullBlocks; block += blocksPerRead) {
        const blocks = Math.min(blocksPerRead, fullBlocks - block);
        await readExactly(
          handle,
          staging.subarray(0, blocks * blockBytes),
          blockFileHeaderBytes + block * blockBytes,
          file,
        );
        halve(block, blocks);
      }
      const rest = count - fullBlocks * blockDocuments;
      if (rest > 0) {
        const last = Buffer.alloc(dimensions * rest * 4);
        await readExactly(handle, last, blockFileHeaderBytes + fullBlocks * blockBytes, file);
        const runs = new Float32Array(last.buffer, last.byteOffset, dimensions * rest);
        const target = new Float32Array(vectors.memory.buffer, stagingAt, dimensions * blockDocuments).fill(0);
        for (let dimension = 0; dimension < dimensions; dimension += 1)
          target.set(runs.subarray(dimension * rest, (dimension + 1) * rest), dimension * blockDocuments);
        halve(fullBlocks, 1);
      }
      vectors.largestNorm = Math.sqrt(squares) * (1 + 2 ** -10);
      return vectors;
    } finally {
      await handle.close();
    }
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
  return { kind: 'exact', ef: undefined, search: (vector, limit) => vectors.search(vector, limit) };
}
