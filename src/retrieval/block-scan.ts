/**
 * Exact inner-product search that reads only the dimensions a query uses. The vectors are held in blocks of 1,024
 * documents, dimension by dimension inside a block (one 4 KB run holds one dimension of the block's documents), in
 * WebAssembly memory, as the generation's vectors.blocks holds them (block-file.ts); a scan adds, per block, only the
 * runs of the query's non-zero dimensions with 128-bit SIMD. The offline embedder's query vectors are sparse (a
 * question hashes to ~50 of 384 dimensions), so a scan reads about a seventh of what a full brute force reads; a dense
 * query (a model's embedding) reads everything, as brute force does. Scores are float32 sums like hnswlib's, so the
 * ranking is the exact one (up to float rounding between near-equal documents).
 */
import { open } from 'node:fs/promises';
import { blockDocuments, blockFileHeaderBytes, checkBlockFileHeader } from './block-file.js';
import type { DenseHit, DenseSearcher } from './dense-search.js';
import { TopK } from './top-k.js';

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
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 7, ...new Array<number>(7).fill(0x7f), 0]),
    ...section(2, [1, ...name('e'), ...name('m'), 0x02, 0x00, 0]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('scan'), 0x00, 0]),
    ...section(10, [1, ...unsigned(body.length), ...body]),
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

let compiled: object | undefined;
let supported: boolean | undefined;

/** Whether this runtime runs the SIMD scan (Node 20 does; else the same scan runs in JavaScript). */
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

/**
 * The scan of scanModule in JavaScript, over the same memory and with the same float32 rounding (each product and each
 * sum rounded to float32, as the SIMD lanes do): where WebAssembly SIMD is missing, the same scores, more slowly.
 */
function scanInJavaScript(memory: WasmMemory): Scan {
  return (vectors, blocks, blockBytes, lines, weights, termBytes, out) => {
    const floats = new Float32Array(memory.buffer);
    const offsets = new Int32Array(memory.buffer);
    for (let block = 0; block < blocks; block += 1) {
      const scores = out / 4 + block * blockDocuments;
      floats.fill(0, scores, scores + blockDocuments);
      for (let term = 0; term < termBytes; term += 4) {
        const run = (vectors + block * blockBytes + (offsets[(lines + term) / 4] as number)) / 4;
        const weight = floats[(weights + term) / 4] as number;
        for (let document = 0; document < blockDocuments; document += 1)
          floats[scores + document] =
            (floats[scores + document] as number) + Math.fround(weight * (floats[run + document] as number));
      }
    }
  };
}

/** The vectors of `count` documents in blocks, searchable by inner product. */
export class BlockVectors {
  readonly blocks: number;
  private readonly memory: WasmMemory;
  private readonly scan: Scan;
  private readonly weightsAt: number;
  private readonly scoresAt: number;
  private readonly vectorsAt: number;

  /** `simd`: scan with WebAssembly SIMD (where the runtime has it), else in JavaScript. */
  private constructor(
    readonly dimensions: number,
    readonly count: number,
    simd: boolean,
  ) {
    this.blocks = Math.ceil(count / blockDocuments);
    this.weightsAt = dimensions * 4;
    this.scoresAt = Math.ceil((dimensions * 8) / lineBytes) * lineBytes;
    this.vectorsAt = this.scoresAt + this.blocks * lineBytes;
    const bytes = this.vectorsAt + this.blocks * this.blockBytes;
    if (simd && wasm !== undefined) {
      this.memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / pageBytes)) });
      compiled ??= new wasm.Module(scanModule());
      const instance = new wasm.Instance(compiled, { e: { m: this.memory } });
      this.scan = instance.exports.scan as Scan;
    } else {
      this.memory = { buffer: new ArrayBuffer(bytes) };
      this.scan = scanInJavaScript(this.memory);
    }
  }

  private get blockBytes(): number {
    return this.dimensions * lineBytes;
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
   * A generation's vectors.blocks (block-file.ts), read straight into place: the full blocks in one read, the last
   * block's shorter runs each moved to its place in a full-length run.
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
      const full = Buffer.from(vectors.memory.buffer, vectors.vectorsAt, fullBlocks * vectors.blockBytes);
      await readExactly(handle, full, blockFileHeaderBytes, file);
      const rest = count - fullBlocks * blockDocuments;
      if (rest > 0) {
        const last = Buffer.alloc(dimensions * rest * 4);
        await readExactly(handle, last, blockFileHeaderBytes + full.length, file);
        const runs = new Float32Array(last.buffer, last.byteOffset, dimensions * rest);
        const target = new Float32Array(
          vectors.memory.buffer,
          vectors.vectorsAt + full.length,
          dimensions * blockDocuments,
        );
        for (let dimension = 0; dimension < dimensions; dimension += 1)
          target.set(runs.subarray(dimension * rest, (dimension + 1) * rest), dimension * blockDocuments);
      }
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
