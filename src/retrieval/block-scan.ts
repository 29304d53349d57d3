/**
 * Exact inner-product search that reads only the dimensions a query uses. The vectors are held in
 * blocks of 16 documents, dimension by dimension inside a block (one 64-byte line holds one dimension
 * of 16 documents), in WebAssembly memory; a scan adds, per block, only the lines of the query's
 * non-zero dimensions with 128-bit SIMD. The offline embedder's query vectors are sparse (a question
 * hashes to ~50 of 384 dimensions), so a scan reads about a seventh of what a full brute force reads;
 * a dense query (a model's embedding) reads everything, as brute force does. Scores are float32 sums
 * like hnswlib's, so the ranking is the exact one (up to float rounding between near-equal documents).
 */
import { open } from 'node:fs/promises';
import type { DenseHit, DenseSearcher } from './dense-search.js';
import { TopK } from './top-k.js';

const blockDocuments = 1_024;
const lineBytes = blockDocuments * 4;
const pageBytes = 65_536;

/** LEB128 of a non-negative integer. */
function unsigned(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest !== 0);
  return bytes;
}

/** Signed LEB128 (i32.const's immediate) of a small non-negative integer. */
const signed = (value: number): number[] => (value < 64 ? [value] : [(value & 0x7f) | 0x80, ...signed(value >> 7)]);

const section = (id: number, content: number[]) => [id, ...unsigned(content.length), ...content];
const name = (text: string) => [...unsigned(text.length), ...Buffer.from(text, 'latin1')];

/**
 * scan(vectors, blocks, blockBytes, lines, weights, termBytes, out): for each block of documents, the sums over the
 * query's terms (4-byte entries: a run's byte offset in the block, its float32 weight) of weight × run, stored as
 * float32 scores at `out`. With register sums (16 documents a block) each term's run is one 64-byte line; with runs
 * (more documents a block) each term's run is read in a stream and added to the block's scores.
 */
function scanModule(): Uint8Array {
  const [get, set, tee] = [0x20, 0x21, 0x22];
  const [vectors, blocks, blockBytes, lines, weights, termBytes, out] = [0, 1, 2, 3, 4, 5, 6];
  const [term, line, at, weight] = [7, 8, 9, 10];
  const simd = (opcode: number) => [0xfd, ...unsigned(opcode)];
  const load = (offset: number) => [...simd(0x00), 4, ...unsigned(offset)];
  const store = (offset: number) => [...simd(0x0b), 4, ...unsigned(offset)];
  const [mul, add] = [simd(0xe6), simd(0xe4)];
  const runBytes = blockDocuments * 4;
  const addRun = [0, 16, 32, 48].flatMap((offset) => [
    ...[get, at, get, at, ...load(offset), get, line, ...load(offset), get, weight, ...mul, ...add, ...store(offset)],
  ]);
  const body = [
    ...[2, ...[3, 0x7f], ...[1, 0x7b]],
    ...[0x02, 0x40, get, blocks, 0x45, 0x0d, 0],
    ...[0x03, 0x40],
    ...[get, out, 0x41, 0, 0x41, ...signed(runBytes), 0xfc, 0x0b, 0x00],
    ...[0x41, 0, set, term],
    ...[0x02, 0x40, get, termBytes, 0x45, 0x0d, 0, 0x03, 0x40],
    ...[get, vectors, get, lines, get, term, 0x6a, 0x28, 2, 0, 0x6a, set, line],
    ...[get, weights, get, term, 0x6a, 0x2a, 2, 0, ...simd(0x13), set, weight],
    ...[get, out, set, at],
    ...[0x03, 0x40, ...addRun],
    ...[get, line, 0x41, ...signed(64), 0x6a, set, line],
    ...[get, at, 0x41, ...signed(64), 0x6a, tee, at, get, out, 0x41, ...signed(runBytes), 0x6a, 0x49, 0x0d, 0, 0x0b],
    ...[get, term, 0x41, 4, 0x6a, tee, term, get, termBytes, 0x49, 0x0d, 0],
    ...[0x0b, 0x0b],
    ...[get, out, 0x41, ...signed(runBytes), 0x6a, set, out],
    ...[get, vectors, get, blockBytes, 0x6a, set, vectors],
    ...[get, blocks, 0x41, 1, 0x6b, tee, blocks, 0x0d, 0],
    ...[0x0b, 0x0b, 0x0b],
  ];
  const placeBody = placeFunction();
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [2, 0x60, 7, ...new Array<number>(7).fill(0x7f), 0, 0x60, 5, ...new Array<number>(5).fill(0x7f), 0]),
    ...section(2, [1, ...name('e'), ...name('m'), 0x02, 0x00, 0]),
    ...section(3, [2, 0, 1]),
    ...section(7, [2, ...name('scan'), 0x00, 0, ...name('place'), 0x00, 1]),
    ...section(10, [2, ...unsigned(body.length), ...body, ...unsigned(placeBody.length), ...placeBody]),
  ]);
}

/** The part of the WebAssembly API used here (this project's TypeScript libraries do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/**
 * place(rows, rowBytes, target, dimensions, count): copies `count` rows (vector first, `rowBytes` apart) into one
 * block's dimension runs from `target` (the first document's slot) on; the rows must not cross a block's end.
 * Sixteen dimensions (one 64-byte line of a row) at a time: a row's line is read once and sixteen runs are written.
 */
function placeFunction(): number[] {
  const [get, set, tee] = [0x20, 0x21, 0x22];
  const [rows, rowBytes, target, dimensions, count] = [0, 1, 2, 3, 4];
  const [low, left, from, to, dimension, high, row, slot] = [5, 6, 7, 8, 9, 10, 11, 12];
  const runBytes = signed(blockDocuments * 4);
  return [
    ...[1, 8, 0x7f],
    ...[0x02, 0x40, get, count, 0x45, 0x0d, 0, get, dimensions, 0x45, 0x0d, 0],
    ...[0x41, 0, set, low],
    ...[0x03, 0x40],
    ...[get, low, 0x41, 16, 0x6a, get, dimensions, get, low, 0x41, 16, 0x6a, get, dimensions, 0x49, 0x1b, set, high],
    ...[get, rows, set, row, get, target, set, slot, get, count, set, left],
    ...[0x03, 0x40],
    ...[get, row, get, low, 0x41, 4, 0x6c, 0x6a, set, from],
    ...[get, slot, get, low, 0x41, ...runBytes, 0x6c, 0x6a, set, to, get, low, set, dimension],
    ...[0x03, 0x40],
    ...[get, to, get, from, 0x28, 2, 0, 0x36, 2, 0],
    ...[get, from, 0x41, 4, 0x6a, set, from, get, to, 0x41, ...runBytes, 0x6a, set, to],
    ...[get, dimension, 0x41, 1, 0x6a, tee, dimension, get, high, 0x49, 0x0d, 0, 0x0b],
    ...[get, row, get, rowBytes, 0x6a, set, row, get, slot, 0x41, 4, 0x6a, set, slot],
    ...[get, left, 0x41, 1, 0x6b, tee, left, 0x0d, 0, 0x0b],
    ...[get, high, tee, low, get, dimensions, 0x49, 0x0d, 0, 0x0b],
    ...[0x0b, 0x0b],
  ];
}

let compiled: object | undefined;
let supported: boolean | undefined;

/** Whether this runtime runs the SIMD scan (Node 20 does; else the caller keeps hnswlib's brute force). */
export function blockScanSupported(): boolean {
  try {
    supported ??= wasm?.validate(scanModule()) ?? false;
  } catch {
    supported = false;
  }
  return supported;
}

type Scan = (
  vectors: number,
  blocks: number,
  blockBytes: number,
  lines: number,
  weights: number,
  termBytes: number,
  out: number,
) => void;
type Place = (rows: number, rowBytes: number, target: number, dimensions: number, count: number) => void;

/** Rows read from a file at a time (into a staging area of the module's memory). */
const stagedRows = 1_024;

/** The vectors of `count` documents in blocks, searchable by inner product. */
export class BlockVectors {
  readonly blocks: number;
  private readonly memory: WasmMemory;
  private readonly scan: Scan;
  private readonly place: Place;
  private readonly weightsAt: number;
  private readonly scoresAt: number;
  private readonly vectorsAt: number;
  /** Where rows read from a file wait to be placed (hnswlib's rows: the vector, then an 8-byte label). */
  private readonly stagingAt: number;

  private constructor(
    readonly dimensions: number,
    readonly count: number,
  ) {
    this.blocks = Math.ceil(count / blockDocuments);
    this.weightsAt = dimensions * 4;
    this.scoresAt = Math.ceil((dimensions * 8) / lineBytes) * lineBytes;
    this.vectorsAt = this.scoresAt + this.blocks * lineBytes;
    this.stagingAt = this.vectorsAt + this.blocks * this.blockBytes;
    const bytes = this.stagingAt + stagedRows * (dimensions * 4 + 8);
    if (wasm === undefined) throw new Error('WebAssembly is not available');
    this.memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / pageBytes)) });
    compiled ??= new wasm.Module(scanModule());
    const instance = new wasm.Instance(compiled, { e: { m: this.memory } });
    this.scan = instance.exports.scan as Scan;
    this.place = instance.exports.place as Place;
  }

  private get blockBytes(): number {
    return this.dimensions * lineBytes;
  }

  /** The byte address of a document's first value. */
  private slot(document: number): number {
    return this.vectorsAt + Math.floor(document / blockDocuments) * this.blockBytes + (document % blockDocuments) * 4;
  }

  /** Places `rows` staged rows as documents `first`..; `labels`: each row's document when not in order. */
  private placeStaged(first: number, rows: number, rowBytes: number, labels?: number[]): void {
    if (labels !== undefined) {
      for (const [row, label] of labels.entries())
        this.place(this.stagingAt + row * rowBytes, rowBytes, this.slot(label), this.dimensions, 1);
      return;
    }
    for (let row = 0; row < rows;) {
      const document = first + row;
      const run = Math.min(blockDocuments - (document % blockDocuments), rows - row);
      this.place(this.stagingAt + row * rowBytes, rowBytes, this.slot(document), this.dimensions, run);
      row += run;
    }
  }

  /** Inner products of the query with every document (a view valid until the next scan). */
  scores(query: ArrayLike<number>): Float32Array {
    const buffer = this.memory.buffer;
    const lines = new Int32Array(buffer, 0, this.dimensions);
    const weights = new Float32Array(buffer, this.weightsAt, this.dimensions);
    let terms = 0;
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const value = Math.fround(query[dimension] as number);
      if (value === 0) continue;
      lines[terms] = dimension * lineBytes;
      weights[terms] = value;
      terms += 1;
    }
    this.scan(this.vectorsAt, this.blocks, this.blockBytes, 0, this.weightsAt, terms * 4, this.scoresAt);
    return new Float32Array(buffer, this.scoresAt, this.count);
  }

  /** The `limit` documents with the largest inner product, best first, ties by the lower document. */
  search(query: ArrayLike<number>, limit: number): DenseHit[] {
    const k = Math.min(limit, this.count);
    if (k <= 0) return [];
    const scores = this.scores(query);
    const top = new TopK(k);
    for (let document = 0; document < this.count; document += 1) top.offer(document, scores[document] as number);
    return top.hits();
  }

  /**
   * The vectors of hnswlib's brute-force file (three size_t counts — capacity, bytes per element, elements — then per
   * element its float32 vector and its size_t label), read in slices into the module's memory and placed there.
   */
  static async fromExactFile(file: string, dimensions: number, count: number): Promise<BlockVectors> {
    const handle = await open(file, 'r');
    try {
      const header = Buffer.alloc(24);
      await handle.read(header, 0, 24, 0);
      const rowBytes = Number(header.readBigUInt64LE(8));
      const stored = Number(header.readBigUInt64LE(16));
      if (rowBytes !== dimensions * 4 + 8 || stored !== count)
        throw new Error(`${file}: ${stored} vectors of ${rowBytes} bytes, expected ${count} of ${dimensions} floats`);
      const vectors = new BlockVectors(dimensions, count);
      for (let first = 0; first < stored; first += stagedRows) {
        const rows = Math.min(stagedRows, stored - first);
        const staging = Buffer.from(vectors.memory.buffer, vectors.stagingAt, rows * rowBytes);
        const { bytesRead } = await handle.read(staging, 0, staging.length, 24 + first * rowBytes);
        if (bytesRead !== staging.length) throw new Error(`${file} is shorter than its header says`);
        const labels = Array.from({ length: rows }, (_, row) =>
          Number(staging.readBigUInt64LE(row * rowBytes + dimensions * 4)),
        );
        if (labels.some((label) => label >= count)) throw new Error(`${file}: a label is out of range`);
        // The core adds documents in order (label = position); another order is placed row by row.
        const inOrder = labels.every((label, row) => label === first + row);
        vectors.placeStaged(first, rows, rowBytes, inOrder ? undefined : labels);
      }
      return vectors;
    } finally {
      await handle.close();
    }
  }
}

export function blockSearcher(vectors: BlockVectors): DenseSearcher {
  return { kind: 'exact', ef: undefined, search: (vector, limit) => vectors.search(vector, limit) };
}
