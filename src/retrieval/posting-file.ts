/**
 * The postings of a generation's lexical.bin, not read at open: an index opens with the vocabulary's
 * posting ranges and the passage lengths only (a few MB at 100k passages, against the whole file).
 * The whole file is then read in the background (off the event loop); until it is in memory, a
 * query reads its terms' postings with two positioned reads each (kept, up to a budget).
 *
 * lexical.bin: a header of three u32 (posting ranges + 1, postings, passages), then u32 posting
 * starts, u32 posting documents, u32 passage lengths and u16 posting frequencies.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** A term's postings: documents ascending and their term frequencies. */
export interface TermPostings {
  documents: Uint32Array;
  frequencies: Uint16Array;
  /** [start, end) of the term's postings in these arrays. */
  start: number;
  end: number;
}

/** Where the postings of [start, end) are read from. */
export interface PostingSource {
  read(start: number, end: number): TermPostings;
  close(): void;
  /** Settles once every posting is in memory (or the background read failed: positioned reads go on). */
  loaded?: Promise<void>;
}

/** Postings held in memory (a built index, or a file read whole). */
export function arrayPostings(documents: Uint32Array, frequencies: Uint16Array): PostingSource {
  return { read: (start, end) => ({ documents, frequencies, start, end }), close: () => undefined };
}

export interface OpenedPostingFile {
  postingStart: Uint32Array;
  documentLengths: Uint32Array;
  postings: PostingSource;
}

/** Postings kept in memory before the kept ones are dropped (about 48 MB). */
const keptPostingsLimit = 8_000_000;

function readExactly(descriptor: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(descriptor, buffer, done, length - done, position + done);
    if (read === 0) throw new Error('lexical.bin is shorter than its header says');
    done += read;
  }
  return buffer;
}

/** Typed-array views need aligned offsets: a fresh Buffer of its own is; a pooled one is copied. */
function u32(buffer: Buffer): Uint32Array {
  const own = buffer.byteOffset % 4 === 0 ? buffer : Buffer.from(buffer);
  return new Uint32Array(own.buffer, own.byteOffset, own.byteLength / 4);
}

function u16(buffer: Buffer): Uint16Array {
  const own = buffer.byteOffset % 2 === 0 ? buffer : Buffer.from(buffer);
  return new Uint16Array(own.buffer, own.byteOffset, own.byteLength / 2);
}

export function openPostingFile(file: string): OpenedPostingFile {
  const descriptor = openSync(file, 'r');
  try {
    const [startLength, postingLength, documentCount] = u32(readExactly(descriptor, 12, 0)) as unknown as number[];
    if (startLength === undefined || postingLength === undefined || documentCount === undefined)
      throw new Error('lexical.bin has no header');
    const startsAt = 12;
    const documentsAt = startsAt + startLength * 4;
    const lengthsAt = documentsAt + postingLength * 4;
    const frequenciesAt = lengthsAt + documentCount * 4;
    const postingStart = u32(readExactly(descriptor, startLength * 4, startsAt));
    const documentLengths = u32(readExactly(descriptor, documentCount * 4, lengthsAt));
    const kept = new Map<number, TermPostings>();
    let keptPostings = 0;
    let closed = false;
    let whole: { documents: Uint32Array; frequencies: Uint16Array } | undefined;
    const loaded = readFile(file)
      .then((bytes) => {
        if (closed || bytes.length !== frequenciesAt + postingLength * 2) return;
        const own = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
        whole = {
          documents: new Uint32Array(own.buffer, own.byteOffset + documentsAt, postingLength),
          frequencies: new Uint16Array(own.buffer, own.byteOffset + frequenciesAt, postingLength),
        };
        kept.clear();
      })
      .catch(() => undefined);
    const postings: PostingSource = {
      loaded,
      read(start, end) {
        if (whole !== undefined) return { documents: whole.documents, frequencies: whole.frequencies, start, end };
        const known = kept.get(start);
        if (known !== undefined && known.end === end - start) return known;
        const count = end - start;
        const read: TermPostings = {
          documents:
            count === 0 ? new Uint32Array(0) : u32(readExactly(descriptor, count * 4, documentsAt + start * 4)),
          frequencies:
            count === 0 ? new Uint16Array(0) : u16(readExactly(descriptor, count * 2, frequenciesAt + start * 2)),
          start: 0,
          end: count,
        };
        if (keptPostings + count > keptPostingsLimit) {
          kept.clear();
          keptPostings = 0;
        }
        kept.set(start, read);
        keptPostings += count;
        return read;
      },
      close() {
        if (closed) return;
        closed = true;
        kept.clear();
        whole = undefined;
        closeSync(descriptor);
      },
    };
    return { postingStart, documentLengths, postings };
  } catch (error) {
    closeSync(descriptor);
    throw error;
  }
}
