/**
 * The float32 values the block scan's exact re-score reads (block-scan.ts), document by document as vectors.blocks
 * holds them after its codes and scales (block-file.ts). They are not held in the process: a search re-scores only a
 * few dozen documents, and each one's values are one positioned read of `dimensions × 4` bytes where the file holds
 * them — from the operating system's page cache once read (shared by every process and worker that opens the
 * generation, and given back under memory pressure), as disk-backed vector stores do. Holding them cost 4 bytes per
 * dimension per document of resident memory (~150 MB at 100k chunks of 384 dimensions) for a few µs per search.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export class BlockValues {
  private descriptor: number | undefined;
  private readonly rowBuffer: Buffer;
  /** The last read row's values (a view of `rowBuffer`). */
  private readonly current: Float32Array;

  /** The values of `count` documents of `dimensions` from byte `position` of `file` on. */
  constructor(
    readonly file: string,
    private readonly position: number,
    readonly dimensions: number,
    readonly count: number,
  ) {
    const descriptor = openSync(file, 'r');
    const size = fstatSync(descriptor).size;
    if (size < position + count * dimensions * 4) {
      closeSync(descriptor);
      throw new Error(`${file} is ${size} bytes, too short for the values of ${count} documents`);
    }
    this.descriptor = descriptor;
    this.rowBuffer = Buffer.allocUnsafeSlow(dimensions * 4);
    this.current = new Float32Array(this.rowBuffer.buffer, this.rowBuffer.byteOffset, dimensions);
  }

  /**
   * Document `document`'s values, read from the file (a view valid until the next `row`; throws if the file is closed
   * or cut short).
   */
  row(document: number): Float32Array {
    if (this.descriptor === undefined) throw new Error(`${this.file} was closed: its values cannot be read`);
    if (!(document >= 0 && document < this.count))
      throw new Error(`document ${document} is outside the ${this.count} of ${this.file}`);
    const { rowBuffer } = this;
    const position = this.position + document * rowBuffer.length;
    for (let done = 0; done < rowBuffer.length;) {
      const bytesRead = readSync(this.descriptor, rowBuffer, done, rowBuffer.length - done, position + done);
      if (bytesRead === 0) throw new Error(`${this.file} is shorter than its header says`);
      done += bytesRead;
    }
    return this.current;
  }

  /** Closes the file. */
  close(): void {
    if (this.descriptor === undefined) return;
    closeSync(this.descriptor);
    this.descriptor = undefined;
  }
}
