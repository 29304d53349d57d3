/**
 * The first pass of the block scan (block-scan.ts) as a hand-written WebAssembly SIMD function (scan), and in
 * JavaScript where WebAssembly SIMD is missing. Each document's values are stored as signed 8-bit codes times one
 * scale per document (its largest value's size / 127; coded when the generation is built, block-file.ts), so the pass
 * reads a quarter of the bytes a float32 scan reads, and sums in 32-bit integers (the query's weights as 16-bit
 * integers); block-scan.ts bounds the rounding and re-scores the leaders from the float32 values.
 *
 * Layout of one block's codes: dimension by dimension, one run of `blockDocuments` bytes each, documents in order.
 */
import { blockDocuments } from './block-file.js';

export { largestCode } from './block-file.js';

/** Bytes of one dimension's run of a block's codes. */
export const runBytes = blockDocuments;
/** Bytes of one block's scores (float32) or scales (float32). */
export const scoreBytes = blockDocuments * 4;
/** The largest weight's size, so that a weight rounded to the nearest integer still fits 16 bits. */
export const largestWeight = 32_766;

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

/** Terms each pass over a block's scores adds (see scanBody); a query's terms are padded to a multiple of it. */
export const termsPerPass = 8;

const [get, set, tee] = [0x20, 0x21, 0x22];
const simd = (opcode: number) => [0xfd, ...unsigned(opcode)];
const load = (offset: number) => [...simd(0x00), 4, ...unsigned(offset)];
const store = (offset: number) => [...simd(0x0b), 4, ...unsigned(offset)];
/** i32.const */
const constant = (value: number) => [0x41, ...signed(value)];
/** f32x4.splat of an f32.const */
const floats = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeFloatLE(value);
  return [0x43, ...bytes, ...simd(0x13)];
};
/** `local += step`, then loop again while it is below `end` (unsigned) */
const next = (local: number, step: number, end: number[]) => [
  ...[get, local, ...constant(step), 0x6a, tee, local, ...end, 0x49, 0x0d, 0],
];
/** `local -= 1`, then loop again while it is not 0 */
const countDown = (local: number) => [get, local, 0x41, 1, 0x6b, tee, local, 0x0d, 0];

/**
 * scan(codes, blocks, blockBytes, lines, weights, termBytes, out, scales, maxima): for each block of documents, the
 * integer sums over the query's terms (4-byte entries at `lines`: a run's byte offset in the block; at `weights`, 16
 * bytes a term, of which each even term's hold its own and the next term's 16-bit weights alternating) of weight × the
 * run's codes, then each sum converted to float32 and multiplied by its document's scale (`scales`, one 4 KB run a
 * block), stored as float32 scores at `out`, one 4 KB run a block, and the block's largest score at `maxima` (4 bytes
 * a block). The terms are taken `termsPerPass` at a time: a pass reads their runs side by side, 16 documents (16 bytes
 * of each run) at a time, adding to the block's sums held in four registers, so several memory reads are in flight
 * and the sums are loaded and stored once a pass instead of once a term; two terms' codes are interleaved and
 * multiplied by their weights in one i32x4.dot_i16x8_s (8 products an instruction).
 */
function scanBody(): number[] {
  const [codes, blocks, blockBytes, lines, weights, termBytes, out, scales, maxima] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [term, at, group] = [9, 10, 11];
  const runAt = (index: number) => 12 + index;
  const sums = (index: number) => 12 + termsPerPass + index;
  const [value, low, high, factor, best] = [16, 17, 18, 19, 20].map((offset) => offset + termsPerPass) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const widen = [simd(0x87), simd(0x88)]; // i16x8.extend_low/high_i8x16_s
  const interleave = (from: number) => [
    ...simd(0x0d),
    ...[...Array(8).keys()].flatMap((lane) => [from + lane, from + lane + 16]),
  ];
  // two terms at once: their runs' codes interleaved (one document's two codes side by side), widened to 16 bits and
  // multiplied by the pair's weights, each two products summed (i32x4.dot_i16x8_s)
  const addPair = (index: number) => [
    ...[get, weights, get, term, 0x41, 2, 0x74, 0x6a, ...load(index * 16), set, factor],
    ...[get, runAt(index), get, group, 0x6a, ...load(0), set, value],
    ...[get, value, get, runAt(index + 1), get, group, 0x6a, ...load(0), ...interleave(0), set, low],
    ...[get, value, get, runAt(index + 1), get, group, 0x6a, ...load(0), ...interleave(8), set, high],
    ...[low, high].flatMap((half, halfIndex) =>
      [0, 1].flatMap((part) => [
        ...[get, sums(halfIndex * 2 + part), get, half, ...(widen[part] as number[]), get, factor, ...simd(0xba)],
        ...[...simd(0xae), set, sums(halfIndex * 2 + part)],
      ]),
    ),
  ];
  const indices = [...Array(termsPerPass).keys()];
  return [
    ...[2, ...[3 + termsPerPass, 0x7f], ...[9, 0x7b]],
    ...[0x02, 0x40, get, blocks, 0x45, 0x0d, 0],
    ...[0x03, 0x40],
    ...[get, out, ...constant(0), ...constant(scoreBytes), 0xfc, 0x0b, 0x00],
    ...[...constant(0), set, term],
    ...[0x02, 0x40, get, termBytes, 0x45, 0x0d, 0, 0x03, 0x40],
    ...indices.flatMap((index) => [
      get,
      codes,
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
    ...[get, out, set, at, ...constant(0), set, group],
    ...[0x03, 0x40],
    ...[0, 1, 2, 3].flatMap((part) => [get, at, ...load(part * 16), set, sums(part)]),
    ...indices.filter((index) => index % 2 === 0).flatMap(addPair),
    ...[0, 1, 2, 3].flatMap((part) => [get, at, get, sums(part), ...store(part * 16)]),
    ...[get, at, ...constant(64), 0x6a, set, at],
    ...next(group, 16, constant(runBytes)),
    ...[0x0b],
    ...next(term, termsPerPass * 4, [get, termBytes]),
    ...[0x0b, 0x0b],
    // the block's sums to float32 scores: f32(sum) × scale
    ...[...floats(Number.NEGATIVE_INFINITY), set, best, ...constant(0), set, group, 0x03, 0x40],
    ...[get, out, get, group, 0x6a, tee, at, get, at, ...load(0), ...simd(0xfa)],
    ...[get, scales, get, group, 0x6a, ...load(0), ...simd(0xe6), tee, value, ...store(0)],
    ...[get, best, get, value, ...simd(0xe9), set, best],
    ...next(group, 16, constant(scoreBytes)),
    ...[0x0b],
    // the block's largest score
    ...[get, maxima, get, best, ...simd(0x1f), 0, get, best, ...simd(0x1f), 1, 0x97],
    ...[get, best, ...simd(0x1f), 2, get, best, ...simd(0x1f), 3, 0x97, 0x97, 0x38, 2, 0],
    ...[get, maxima, ...constant(4), 0x6a, set, maxima],
    ...[get, out, ...constant(scoreBytes), 0x6a, set, out],
    ...[get, scales, ...constant(scoreBytes), 0x6a, set, scales],
    ...[get, codes, get, blockBytes, 0x6a, set, codes],
    ...countDown(blocks),
    ...[0x0b, 0x0b],
  ];
}

/** The module: scan, over the imported (shared) memory `e.m`. */
export function scanModule(): Uint8Array {
  const scan = scanBody();
  const type = (parameters: number) => [0x60, parameters, ...new Array<number>(parameters).fill(0x7f), 0];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, ...type(9)]),
    // A shared memory (limits 0x03: a minimum of 0 pages and the largest maximum), so another thread can read it.
    ...section(2, [1, ...name('e'), ...name('m'), 0x02, 0x03, 0, ...unsigned(65_536)]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('scan'), 0x00, 0]),
    ...section(10, [1, ...unsigned(scan.length + 1), ...scan, 0x0b]),
  ]);
}

/** The part of the WebAssembly API used here (this project's TypeScript libraries do not declare it). */
export interface WasmMemory {
  /** A SharedArrayBuffer for the SIMD scan's memory (warm-pages.ts reads it on another thread). */
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
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
  codes: number,
  blocks: number,
  blockBytes: number,
  lines: number,
  weights: number,
  termBytes: number,
  out: number,
  scales: number,
  maxima: number,
) => void;

/** The scan of scanModule in JavaScript, over the same memory: the same integer sums, so the same scores. */
function scanInJavaScript(memory: WasmMemory): Scan {
  const sums = new Int32Array(blockDocuments);
  return (codes, blocks, blockBytes, lines, weights, termBytes, out, scales, maxima) => {
    const floats = new Float32Array(memory.buffer);
    const offsets = new Int32Array(memory.buffer);
    const bytes = new Int8Array(memory.buffer);
    const halves = new Int16Array(memory.buffer);
    for (let block = 0; block < blocks; block += 1) {
      sums.fill(0);
      for (let term = 0; term < termBytes; term += 4) {
        const run = codes + block * blockBytes + (offsets[(lines + term) / 4] as number);
        const weight = halves[(weights + (term & ~4) * 4) / 2 + ((term / 4) & 1)] as number;
        for (let document = 0; document < blockDocuments; document += 1)
          sums[document] = ((sums[document] as number) + weight * (bytes[run + document] as number)) | 0;
      }
      const scores = out / 4 + block * blockDocuments;
      const scale = scales / 4 + block * blockDocuments;
      let best = Number.NEGATIVE_INFINITY;
      for (let document = 0; document < blockDocuments; document += 1) {
        const score = Math.fround(Math.fround(sums[document] as number) * (floats[scale + document] as number));
        floats[scores + document] = score;
        best = Math.max(best, score);
      }
      floats[maxima / 4 + block] = best;
    }
  };
}

/** The scan over `memory`: the SIMD module's where asked for and supported, else the JavaScript one. */
export function createScan(bytes: number, simd: boolean): { memory: WasmMemory; scan: Scan } {
  if (simd && wasm !== undefined) {
    const pages = Math.max(1, Math.ceil(bytes / 65_536));
    const memory = new wasm.Memory({ initial: pages, maximum: pages, shared: true });
    compiled ??= new wasm.Module(scanModule());
    const instance = new wasm.Instance(compiled, { e: { m: memory } });
    return { memory, scan: instance.exports.scan as Scan };
  }
  const memory = { buffer: new ArrayBuffer(bytes) };
  return { memory, scan: scanInJavaScript(memory) };
}
