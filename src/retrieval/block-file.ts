/**
 * The exact search's vectors on disk (`vectors.blocks`, index format 16), written when a generation is built in the
 * layout the block scan searches (block-scan.ts), so that opening a generation reads them into place and does no work
 * per vector. After a 32-byte header (the magic, the dimensions, the documents, the documents per block) come:
 * - the 8-bit codes the scan's first pass reads: per block of `blockDocuments` documents, dimension by dimension, one
 *   run of `blockDocuments` bytes per dimension (the last block's runs as long as the others, its missing documents'
 *   codes 0);
 * - each document's scale (float32, the size of its largest value / 127), `blockDocuments` a block (0 for the last
 *   block's missing documents);
 * - the float32 values the exact re-score reads, document by document (a document's values side by side).
 * A value's code is round(value × (127 / largest)) to nearest, ties to even, in float32 arithmetic; a document whose
 * largest size is not above `smallestScaled` (a zero vector) has codes 0 and scale 0.
 */
import { open } from 'node:fs/promises';

/** Documents per block: one dimension of a block's documents is one run of 1 KB of codes. */
export const blockDocuments = 1_024;

export const blockFileName = 'vectors.blocks';
export const blockFileHeaderBytes = 32;
const magic = 'MCBLOCK2';

/** The largest code's size (codes are -127..127). */
export const largestCode = 127;
/** The smallest largest value a document's codes are made from (below it a document's codes are all 0). */
export const smallestScaled = 2 ** -100;

/** Where each part of a block file's body is, in bytes from the end of the header, and the body's length. */
export function blockFileParts(
  dimensions: number,
  count: number,
): { scalesAt: number; valuesAt: number; bytes: number } {
  const blocks = Math.ceil(count / blockDocuments);
  const scalesAt = blocks * dimensions * blockDocuments;
  const valuesAt = scalesAt + blocks * blockDocuments * 4;
  return { scalesAt, valuesAt, bytes: valuesAt + count * dimensions * 4 };
}

/** Rounds to the nearest integer, ties to even (as WebAssembly's f32x4.nearest). */
function nearest(value: number): number {
  const rounded = Math.round(value);
  return rounded - value === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
}

/** The vectors of a generation being built, set as they come (documents in any order), each coded when set. */
export class BlockFileBuilder {
  private readonly body: Uint8Array;
  private readonly codes: Int8Array;
  private readonly scales: Float32Array;
  private readonly values: Float32Array;

  constructor(
    readonly dimensions: number,
    readonly count: number,
  ) {
    const { scalesAt, valuesAt, bytes } = blockFileParts(dimensions, count);
    this.body = new Uint8Array(bytes);
    this.codes = new Int8Array(this.body.buffer, 0, scalesAt);
    this.scales = new Float32Array(this.body.buffer, scalesAt, (valuesAt - scalesAt) / 4);
    this.values = new Float32Array(this.body.buffer, valuesAt, dimensions * count);
  }

  /** Sets a document's vector: `dimensions` values of `source` from `from`, each divided by `norm`. */
  set(document: number, source: ArrayLike<number>, from = 0, norm = 1): void {
    if (document < 0 || document >= this.count) throw new Error(`document ${document} is outside 0..${this.count - 1}`);
    const at = document * this.dimensions;
    for (let dimension = 0; dimension < this.dimensions; dimension += 1)
      this.values[at + dimension] = (source[from + dimension] as number) / norm;
    this.code(document);
  }

  /**
   * A document's scale and codes, from its values (as they are set: a document's codes depend on its values alone, so
   * the build codes each vector as it comes, not all of them at the end while the other threads wait; a document never
   * set keeps codes 0 and scale 0, what a zero vector is coded as).
   */
  private code(document: number): void {
    const { dimensions, values, codes, scales } = this;
    const at = document * dimensions;
    let largest = 0;
    for (let dimension = 0; dimension < dimensions; dimension += 1)
      largest = Math.max(largest, Math.abs(values[at + dimension] as number));
    largest = Math.fround(largest);
    const inverse = largest > smallestScaled ? Math.fround(largestCode / largest) : 0;
    scales[document] = largest / largestCode;
    const block = Math.floor(document / blockDocuments);
    const run = block * dimensions * blockDocuments + (document % blockDocuments);
    for (let dimension = 0; dimension < dimensions; dimension += 1) {
      const product = nearest(Math.fround((values[at + dimension] as number) * inverse));
      codes[run + dimension * blockDocuments] = Math.max(-largestCode, Math.min(largestCode, product));
    }
  }

  /** Writes the file and flushes it to disk (a generation folder is used only once its manifest is written, last). */
  async write(file: string): Promise<void> {
    const header = Buffer.alloc(blockFileHeaderBytes);
    header.write(magic, 0, 'latin1');
    header.writeUInt32LE(this.dimensions, 8);
    header.writeUInt32LE(this.count, 12);
    header.writeUInt32LE(blockDocuments, 16);
    const handle = await open(file, 'w');
    try {
      await handle.write(header, 0, header.length, 0);
      await handle.write(this.body, 0, this.body.length, blockFileHeaderBytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

/** Checks a block file's header and size against what the manifest says; throws saying what differs. */
export function checkBlockFileHeader(
  file: string,
  header: Buffer,
  size: number,
  expected: { dimensions: number; count: number },
): void {
  const dimensions = header.readUInt32LE(8);
  const count = header.readUInt32LE(12);
  if (header.toString('latin1', 0, 8) !== magic || header.readUInt32LE(16) !== blockDocuments)
    throw new Error(`${file} is not a block file of this version (rebuild the index)`);
  if (dimensions !== expected.dimensions || count !== expected.count)
    throw new Error(
      `${file}: ${count} vectors of ${dimensions} floats, expected ${expected.count} of ${expected.dimensions}`,
    );
  const bytes = blockFileHeaderBytes + blockFileParts(dimensions, count).bytes;
  if (size !== bytes) throw new Error(`${file} is ${size} bytes, not the ${bytes} its header says`);
}
