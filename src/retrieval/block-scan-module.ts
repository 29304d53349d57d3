/**
 * The first pass of the block scan (block-scan.ts) as a hand-written WebAssembly SIMD function (scan), with the one
 * that splits the file's float32 values into halves as they are read (halve), and both in JavaScript where WebAssembly
 * SIMD is missing. The pass reads each vector value's upper 16 bits (a bfloat16: the
 * float32 value rounded to 8 significant bits), so it reads half the bytes a float32 scan reads; block-scan.ts bounds
 * the rounding and re-scores the leaders exactly.
 *
 * Layout of one block's upper halves: dimension by dimension, one run of `blockDocuments` 16-bit values each, and
 * inside a run each group of 8 documents stored as 0, 4, 1, 5, 2, 6, 3, 7, so that one 128-bit load of a group, read
 * as four 32-bit lanes, gives documents 0–3 as float32 by a shift left of 16 and documents 4–7 by masking the low
 * halves away (see runPosition).
 */
import { blockDocuments } from './block-file.js';

/** Bytes of one dimension's run of a block's upper halves. */
export const runBytes = blockDocuments * 2;
/** Bytes of one block's scores (float32). */
export const scoreBytes = blockDocuments * 4;

/** Where a document's value is in its block's run (see the header). */
export function runPosition(documentInBlock: number): number {
  const inGroup = documentInBlock & 7;
  return (documentInBlock & ~7) | (inGroup < 4 ? inGroup << 1 : ((inGroup - 4) << 1) | 1);
}

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

/** Terms each pass over a block's scores adds (see scanModule); a query's terms are padded to a multiple of it. */
export const termsPerPass = 8;

/**
 * scan(halves, blocks, blockBytes, lines, weights, termBytes, out): for each block of documents, the sums over the
 * query's terms (4-byte entries at `lines`: a run's byte offset in the block; 16-byte entries at `weights`: its float32
 * weight in each lane) of weight × the run's values (upper halves widened to float32), in the terms' order, stored as
 * float32 scores at `out`, one 4 KB run of scores a block. The terms are taken `termsPerPass` at a time: a pass reads
 * their runs side by side, 16 documents (32 bytes of each run) at a time, and adds them to the block's scores held in
 * four registers. Reading several runs at once keeps several memory reads in flight (one run at a time, a scan waits
 * on memory: ~6× slower than the same scan over runs already in cache), and the scores are loaded and stored once a
 * pass instead of once a term.
 */
function scanBody(): number[] {
  const [get, set] = [0x20, 0x21];
  const [halves, blocks, blockBytes, lines, weights, termBytes, out] = [0, 1, 2, 3, 4, 5, 6];
  const [term, at, group] = [7, 8, 9];
  const runAt = (index: number) => 10 + index;
  const sums = (index: number) => 10 + termsPerPass + index;
  const [value, mask, factor] = [10 + termsPerPass + 4, 10 + termsPerPass + 5, 10 + termsPerPass + 6];
  const simd = (opcode: number) => [0xfd, ...unsigned(opcode)];
  const load = (offset: number) => [...simd(0x00), 4, ...unsigned(offset)];
  const store = (offset: number) => [...simd(0x0b), 4, ...unsigned(offset)];
  const [mul, add] = [simd(0xe6), simd(0xe4)];
  const widen = [
    [0x41, 16, ...simd(0xab)], // i32x4.shl 16: documents 0–3 of a group of 8
    [get, mask, ...simd(0x4e)], // v128.and 0xffff0000: documents 4–7
  ];
  const weight = (index: number) => [get, weights, get, term, 0x41, 2, 0x74, 0x6a, ...load(index * 16)];
  const addTerm = (index: number) => [
    ...weight(index),
    ...[set, factor],
    ...[0, 1].flatMap((half) => [
      ...[get, runAt(index), get, group, 0x6a, ...load(half * 16), set, value],
      ...[0, 1].flatMap((part) => [
        ...[get, sums(half * 2 + part), get, value, ...(widen[part] as number[]), get, factor, ...mul, ...add],
        ...[set, sums(half * 2 + part)],
      ]),
    ]),
  ];
  const indices = [...Array(termsPerPass).keys()];
  const body = [
    ...[2, ...[3 + termsPerPass, 0x7f], ...[7, 0x7b]],
    // mask = i32x4.splat(0xffff0000)
    ...[0x41, 0x80, 0x80, 0x7c, ...simd(0x11), set, mask],
    ...[0x02, 0x40, get, blocks, 0x45, 0x0d, 0],
    ...[0x03, 0x40],
    ...[get, out, 0x41, 0, 0x41, ...signed(scoreBytes), 0xfc, 0x0b, 0x00],
    ...[0x41, 0, set, term],
    ...[0x02, 0x40, get, termBytes, 0x45, 0x0d, 0, 0x03, 0x40],
    ...indices.flatMap((index) => [
      get,
      halves,
      get,
      lines,
      get,
      term,
      0x6a,
      0x28,
      2,
      index * 4,
      0x6a,
      set,
      runAt(index),
    ]),
    ...[get, out, set, at, 0x41, 0, set, group],
    ...[0x03, 0x40],
    ...[0, 1, 2, 3].flatMap((part) => [get, at, ...load(part * 16), set, sums(part)]),
    ...indices.flatMap(addTerm),
    ...[0, 1, 2, 3].flatMap((part) => [get, at, get, sums(part), ...store(part * 16)]),
    ...[get, at, 0x41, ...signed(64), 0x6a, set, at],
    ...[get, group, 0x41, ...signed(32), 0x6a, 0x22, group, 0x41, ...signed(runBytes), 0x49, 0x0d, 0, 0x0b],
    ...[get, term, 0x41, ...signed(termsPerPass * 4), 0x6a, 0x22, term, get, termBytes, 0x49, 0x0d, 0],
    ...[0x0b, 0x0b],
    ...[get, out, 0x41, ...signed(scoreBytes), 0x6a, set, out],
    ...[get, halves, get, blockBytes, 0x6a, set, halves],
    ...[get, blocks, 0x41, 1, 0x6b, 0x22, blocks, 0x0d, 0],
    ...[0x0b, 0x0b],
  ];
  return body;
}

/**
 * halve(values, halves, blocks, dimensions, squares, rests) → float32: from full blocks of float32 values (dimension
 * by dimension, runs of `blockDocuments`), each value's upper half rounded to nearest at `halves`, in runs laid out as
 * the header says, and its rest (the value's bits less the upper half × 2^16, within ±2^15) at `rests` in the same
 * layout; returns the largest sum of squares of a document's values (summed in float32, per block at `squares`).
 */
function halveBody(): number[] {
  const [get, set, tee] = [0x20, 0x21, 0x22];
  const [values, halves, blocks, dimensions, squares, rests] = [0, 1, 2, 3, 4, 5];
  const [dimension, at, first, second, round, low, most] = [6, 7, 8, 9, 10, 11, 12];
  const [firstUpper, secondUpper, scratch] = [13, 14, 15];
  const simd = (opcode: number) => [0xfd, ...unsigned(opcode)];
  const load = (offset: number) => [...simd(0x00), 4, ...unsigned(offset)];
  const store = (offset: number) => [...simd(0x0b), 4, ...unsigned(offset)];
  const upper = (vector: number) => [get, vector, get, round, ...simd(0xae), 0x41, 16, ...simd(0xac)];
  const square = (vector: number, offset: number) => [
    ...[get, at, get, at, ...load(offset), get, vector, get, vector, ...simd(0xe6), ...simd(0xe4), ...store(offset)],
  ];
  const end = [get, squares, 0x41, ...signed(scoreBytes), 0x6a];
  // (low lanes' low halves) | (high lanes << 16), of the two vectors on the stack
  const packed = [set, scratch, get, low, ...simd(0x4e), get, scratch, 0x41, 16, ...simd(0xab), ...simd(0x50)];
  const pack = (low: number, high: number) => [get, low, get, high, ...packed];
  const rest = (vector: number, upperHalf: number) => [
    ...[get, vector, get, upperHalf, 0x41, 16, ...simd(0xab), ...simd(0xb1)],
  ];
  return [
    ...[2, ...[2, 0x7f], ...[8, 0x7b]],
    ...[0x41, 0x80, 0x80, 0x02, ...simd(0x11), set, round],
    ...[0x41, 0xff, 0xff, 0x03, ...simd(0x11), set, low],
    ...[0x41, 0, ...simd(0x11), set, most],
    ...[0x02, 0x40, get, blocks, 0x45, 0x0d, 0, 0x03, 0x40],
    ...[get, squares, 0x41, 0, 0x41, ...signed(scoreBytes), 0xfc, 0x0b, 0x00],
    ...[get, dimensions, set, dimension, 0x03, 0x40, get, squares, set, at, 0x03, 0x40],
    ...[get, values, ...load(0), set, first, get, values, ...load(16), set, second],
    ...[...upper(first), set, firstUpper, ...upper(second), set, secondUpper],
    // lanes: documents 0–3's upper halves low, documents 4–7's high; the rests (value less upper half) likewise
    ...[get, halves, ...pack(firstUpper, secondUpper), ...store(0)],
    ...[get, rests, ...rest(first, firstUpper), ...rest(second, secondUpper), ...packed, ...store(0)],
    ...square(first, 0),
    ...square(second, 16),
    ...[get, values, 0x41, 32, 0x6a, set, values, get, halves, 0x41, 16, 0x6a, set, halves],
    ...[get, rests, 0x41, 16, 0x6a, set, rests],
    ...[get, at, 0x41, 32, 0x6a, tee, at, ...end, 0x49, 0x0d, 0, 0x0b],
    ...[get, dimension, 0x41, 1, 0x6b, tee, dimension, 0x0d, 0, 0x0b],
    ...[get, squares, set, at, 0x03, 0x40, get, most, get, at, ...load(0), ...simd(0xe9), set, most],
    ...[get, at, 0x41, 16, 0x6a, tee, at, ...end, 0x49, 0x0d, 0, 0x0b],
    ...[get, blocks, 0x41, 1, 0x6b, tee, blocks, 0x0d, 0, 0x0b, 0x0b],
    ...[get, most, ...simd(0x1f), 0, get, most, ...simd(0x1f), 1, 0x97],
    ...[get, most, ...simd(0x1f), 2, get, most, ...simd(0x1f), 3, 0x97, 0x97],
  ];
}

/** The module: scan (type 0) and halve (type 1), over the imported memory `e.m`. */
export function scanModule(): Uint8Array {
  const scan = scanBody();
  const halve = halveBody();
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [
      2,
      0x60,
      7,
      ...new Array<number>(7).fill(0x7f),
      0,
      0x60,
      6,
      ...new Array<number>(6).fill(0x7f),
      1,
      0x7d,
    ]),
    ...section(2, [1, ...name('e'), ...name('m'), 0x02, 0x00, 0]),
    ...section(3, [2, 0, 1]),
    ...section(7, [2, ...name('scan'), 0x00, 0, ...name('halve'), 0x00, 1]),
    ...section(10, [2, ...unsigned(scan.length + 1), ...scan, 0x0b, ...unsigned(halve.length + 1), ...halve, 0x0b]),
  ]);
}

/** The part of the WebAssembly API used here (this project's TypeScript libraries do not declare it). */
export interface WasmMemory {
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

export type Scan = (
  halves: number,
  blocks: number,
  blockBytes: number,
  lines: number,
  weights: number,
  termBytes: number,
  out: number,
) => void;

/** Which document of a group of 8 each position of a run holds (the inverse of runPosition). */
const documentAt = Int32Array.from({ length: 8 }, (_, position) =>
  position & 1 ? 4 + (position >> 1) : position >> 1,
);

/**
 * The scan of scanModule in JavaScript, over the same memory and with the same float32 rounding (each product and each
 * sum rounded to float32, as the SIMD lanes do): where WebAssembly SIMD is missing, the same scores, more slowly.
 */
function scanInJavaScript(memory: WasmMemory): Scan {
  const widened = new Uint32Array(blockDocuments);
  const values = new Float32Array(widened.buffer);
  return (halves, blocks, blockBytes, lines, weights, termBytes, out) => {
    const floats = new Float32Array(memory.buffer);
    const offsets = new Int32Array(memory.buffer);
    const upper = new Uint16Array(memory.buffer);
    for (let block = 0; block < blocks; block += 1) {
      const scores = out / 4 + block * blockDocuments;
      floats.fill(0, scores, scores + blockDocuments);
      for (let term = 0; term < termBytes; term += 4) {
        const run = (halves + block * blockBytes + (offsets[(lines + term) / 4] as number)) / 2;
        const weight = floats[(weights + term * 4) / 4] as number;
        for (let position = 0; position < blockDocuments; position += 1)
          widened[(position & ~7) | (documentAt[position & 7] as number)] = (upper[run + position] as number) << 16;
        for (let document = 0; document < blockDocuments; document += 1)
          floats[scores + document] =
            (floats[scores + document] as number) + Math.fround(weight * (values[document] as number));
      }
    }
  };
}

export type Halve = (
  values: number,
  halves: number,
  blocks: number,
  dimensions: number,
  squares: number,
  rests: number,
) => number;

/** halve of scanModule in JavaScript (the same halves and rests; the sums of squares in float64). */
function halveInJavaScript(memory: WasmMemory): Halve {
  return (values, halves, blocks, dimensions, _squares, rests) => {
    const words = new Int32Array(memory.buffer);
    const floats = new Float32Array(memory.buffer);
    const upper = new Uint16Array(memory.buffer);
    const lower = new Int16Array(memory.buffer);
    const sums = new Float64Array(blockDocuments);
    let most = 0;
    for (let block = 0; block < blocks; block += 1) {
      sums.fill(0);
      for (let dimension = 0; dimension < dimensions; dimension += 1) {
        const run = (block * dimensions + dimension) * blockDocuments;
        for (let document = 0; document < blockDocuments; document += 1) {
          const at = values / 4 + run + document;
          const half = ((words[at] as number) + 0x8000) >> 16;
          upper[halves / 2 + run + runPosition(document)] = half;
          lower[rests / 2 + run + runPosition(document)] = (words[at] as number) - half * 65_536;
          sums[document] = (sums[document] as number) + (floats[at] as number) ** 2;
        }
      }
      for (const sum of sums) most = Math.max(most, sum);
    }
    return most;
  };
}

/** The scan and halve over `memory`: the SIMD module's where asked for and supported, else the JavaScript ones. */
export function createScan(bytes: number, simd: boolean): { memory: WasmMemory; scan: Scan; halve: Halve } {
  if (simd && wasm !== undefined) {
    const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / 65_536)) });
    compiled ??= new wasm.Module(scanModule());
    const instance = new wasm.Instance(compiled, { e: { m: memory } });
    return { memory, scan: instance.exports.scan as Scan, halve: instance.exports.halve as Halve };
  }
  const memory = { buffer: new ArrayBuffer(bytes) };
  return { memory, scan: scanInJavaScript(memory), halve: halveInJavaScript(memory) };
}
