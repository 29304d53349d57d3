/**
 * The float32 values the block scan's exact re-score reads (block-scan.ts), document by document as vectors.blocks
 * holds them after its codes and scales (block-file.ts). An open does not wait for them: filling fresh memory is dear
 * on this VM (at 100k chunks, reading the 150 MB of values into fresh pages and then reaching them cost ~0.9 s of CPU,
 * most of an open), while a search re-scores only ~50 documents. Until the background read (on one of libuv's
 * threads, in pieces) has them all in memory, a search reads each document it re-scores where it lies: one positioned
 * read of the document's values, from the page cache. The postings are held the same way (posting-file.ts).
 */
import { closeSync, openSync, read, readSync } from 'node:fs';

/** Bytes each background read asks for. */
const bytesPerRead = 16 * 1024 * 1024;

/** One positioned read (on libuv's threads), as a promise. */
function readAt(descriptor: number, target: Buffer, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    read(descriptor, target, 0, target.length, position, (error, bytesRead) =>
      error ? reject(error) : resolve(bytesRead),
    );
  });
}

/** Reads `target.length` bytes from `position` on, a piece at a time; false when the file ends or is closed first. */
async function readWhole(
  descriptor: number,
  target: Buffer,
  position: number,
  stillOpen: () => boolean,
): Promise<boolean> {
  for (let done = 0; done < target.length;) {
    if (!stillOpen()) return false;
    const piece = target.subarray(done, Math.min(target.length, done + bytesPerRead));
    const bytesRead = await readAt(descriptor, piece, position + done);
    if (bytesRead === 0) return false;
    done += bytesRead;
  }
  return true;
}

/** Where a document's values are: `array` from `at` (a view valid until the next `row`). */
export interface ValuesRow {
  array: Float32Array;
  at: number;
}

export class BlockValues {
  /** Every document's values, once the background read has them. */
  private whole: Float32Array | undefined;
  private descriptor: number | undefined;
  private readonly rowBuffer: Buffer;
  private readonly rowValues: Float32Array;
  private readonly current: ValuesRow;
  /** Settles once the values are in memory (or the background read failed: positioned reads go on). */
  readonly loaded: Promise<void>;

  /** The values of `count` documents of `dimensions` from byte `position` of `file` on. */
  constructor(
    private readonly file: string,
    private readonly position: number,
    readonly dimensions: number,
    readonly count: number,
  ) {
    this.descriptor = openSync(file, 'r');
    this.rowBuffer = Buffer.allocUnsafeSlow(dimensions * 4);
    this.rowValues = new Float32Array(this.rowBuffer.buffer, this.rowBuffer.byteOffset, dimensions);
    this.current = { array: this.rowValues, at: 0 };
    this.loaded = this.readAll().catch(() => undefined);
  }

  private async readAll(): Promise<void> {
    const bytes = Buffer.allocUnsafeSlow(this.count * this.dimensions * 4);
    const descriptor = this.descriptor;
    const stillOpen = () => this.descriptor === descriptor;
    if (descriptor === undefined || !(await readWhole(descriptor, bytes, this.position, stillOpen))) return;
    if (!stillOpen()) return;
    this.whole = new Float32Array(bytes.buffer, bytes.byteOffset, this.count * this.dimensions);
    this.close();
  }

  /** Where document `document`'s values are. */
  row(document: number): ValuesRow {
    if (this.whole !== undefined) {
      this.current.array = this.whole;
      this.current.at = document * this.dimensions;
      return this.current;
    }
    if (this.descriptor === undefined) throw new Error(`${this.file} was closed before its values were read`);
    const { rowBuffer } = this;
    const position = this.position + document * rowBuffer.length;
    for (let done = 0; done < rowBuffer.length;) {
      const bytesRead = readSync(this.descriptor, rowBuffer, done, rowBuffer.length - done, position + done);
      if (bytesRead === 0) throw new Error(`${this.file} is shorter than its header says`);
      done += bytesRead;
    }
    this.current.array = this.rowValues;
    this.current.at = 0;
    return this.current;
  }

  /** Closes the file (a background read still running is dropped). */
  close(): void {
    if (this.descriptor === undefined) return;
    closeSync(this.descriptor);
    this.descriptor = undefined;
  }
}
