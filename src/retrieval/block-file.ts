/**
 * The exact search's vectors on disk (`vectors.blocks`, index format 9), written when a generation is built in the
 * layout the block scan searches (block-scan.ts), so that opening a generation reads them into place instead of
 * transposing one vector at a time. After a 32-byte header (the magic, the dimensions, the documents, the documents per
 * block) come the full blocks of `blockDocuments` documents, each dimension by dimension (one run of the block's
 * documents per dimension), then the last, partial block the same way with runs only as long as its documents: the
 * file holds each document's float32 values and nothing else (no labels, no padding).
 */
import { open } from 'node:fs/promises';

/** Documents per block: one dimension of a block's documents is one run of 4 KB. */
export const blockDocuments = 1_024;

export const blockFileName = 'vectors.blocks';
export const blockFileHeaderBytes = 32;
const magic = 'MCBLOCK1';

/** Where a document's value of dimension 0 is in the file's values, and how far apart its dimensions are. */
export function blockPosition(document: number, count: number, dimensions: number): { at: number; stride: number } {
  const fullBlocks = Math.floor(count / blockDocuments);
  const block = Math.floor(document / blockDocuments);
  if (block < fullBlocks)
    return { at: block * dimensions * blockDocuments + (document % blockDocuments), stride: blockDocuments };
  return {
    at: fullBlocks * dimensions * blockDocuments + (document - fullBlocks * blockDocuments),
    stride: count % blockDocuments,
  };
}

/** The vectors of a generation being built, placed in the file's layout as they come (documents in any order). */
export class BlockFileBuilder {
  private readonly values: Float32Array;

  constructor(
    readonly dimensions: number,
    readonly count: number,
  ) {
    this.values = new Float32Array(dimensions * count);
  }

  /** Sets a document's vector: `dimensions` values of `source` from `from`, each divided by `norm`. */
  set(document: number, source: ArrayLike<number>, from = 0, norm = 1): void {
    if (document < 0 || document >= this.count) throw new Error(`document ${document} is outside 0..${this.count - 1}`);
    const { at, stride } = blockPosition(document, this.count, this.dimensions);
    for (let dimension = 0; dimension < this.dimensions; dimension += 1)
      this.values[at + dimension * stride] = (source[from + dimension] as number) / norm;
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
      const body = Buffer.from(this.values.buffer, this.values.byteOffset, this.values.byteLength);
      await handle.write(body, 0, body.length, blockFileHeaderBytes);
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
  if (size !== blockFileHeaderBytes + dimensions * count * 4)
    throw new Error(
      `${file} is ${size} bytes, not the ${blockFileHeaderBytes + dimensions * count * 4} its header says`,
    );
}
