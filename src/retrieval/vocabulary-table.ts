/**
 * The BM25 terms' ids (a term's id is its position in the generation's vocabulary.json, a JSON array of strings),
 * looked up where the file's bytes lie: one pass over them finds each term's bytes and puts its id in an
 * open-addressing hash table of typed arrays, so that an open makes no string per term and no Map (158k terms at 100k
 * passages, which JSON.parse and a Map took a quarter to half a second to hold). A term written with an escape in the
 * file (a quote, a backslash, a control character, a lone surrogate) is decoded and kept in a small Map instead.
 */

/** A term's id, or undefined for a term the vocabulary does not hold. */
export interface TermLookup {
  /** How many terms the vocabulary holds (the largest id + 1). */
  readonly size: number;
  idOf(term: string): number | undefined;
}

/** Ids of terms held as strings (an index built in memory). */
export function mapTermLookup(terms: readonly string[]): TermLookup {
  const ids = new Map<string, number>();
  for (let index = 0; index < terms.length; index += 1) ids.set(terms[index] as string, index);
  return { size: terms.length, idOf: (term) => ids.get(term) };
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const openBracket = 0x5b;
const closeBracket = 0x5d;

/** FNV-1a over bytes [start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ (bytes[at] as number), 0x01000193);
  return hash >>> 0;
}

/** A string with a lone surrogate, which JSON.stringify writes as an escape (and UTF-8 cannot hold). */
const loneSurrogate = /\p{Cs}/u;

/**
 * The ids of vocabulary.json's terms, from the file's bytes as `JSON.stringify` writes an array of strings (no spaces);
 * undefined when the bytes are not of that shape (the caller then parses the JSON).
 */
export function vocabularyTable(bytes: Buffer): TermLookup | undefined {
  if (bytes.length < 2 || bytes[0] !== openBracket || bytes[bytes.length - 1] !== closeBracket) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  const escaped = new Map<string, number>();
  let at = 1;
  // The next backslash at or after `at` (the file's length when none is left): a term before it holds no escape.
  let nextBackslash = bytes.indexOf(backslash, at);
  if (nextBackslash < 0) nextBackslash = bytes.length;
  while (bytes.length > 2) {
    if (bytes[at] !== quote) return undefined;
    const start = at + 1;
    let end = bytes.indexOf(quote, start);
    if (end < 0) return undefined;
    if (nextBackslash < end) {
      // An escape: the closing quote is the first one not escaped.
      end = start;
      while (end < bytes.length && bytes[end] !== quote) end += bytes[end] === backslash ? 2 : 1;
      if (end >= bytes.length) return undefined;
      escaped.set(JSON.parse(bytes.toString('utf8', start - 1, end + 1)) as string, starts.length);
      // Kept out of the table (an end before its start): found through `escaped` only.
      starts.push(0);
      ends.push(-1);
      nextBackslash = bytes.indexOf(backslash, end);
      if (nextBackslash < 0) nextBackslash = bytes.length;
    } else {
      starts.push(start);
      ends.push(end);
    }
    at = end + 1;
    if (bytes[at] === closeBracket && at === bytes.length - 1) break;
    if (bytes[at] !== comma) return undefined;
    at += 1;
  }
  const size = starts.length;
  let capacity = 16;
  while (capacity < size * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const hashes = new Uint32Array(size);
  const termStarts = Uint32Array.from(starts);
  const termEnds = Int32Array.from(ends);
  const sameBytes = (id: number, other: Uint8Array, length: number) => {
    const start = termStarts[id] as number;
    const end = termEnds[id] as number;
    if (end - start !== length) return false;
    for (let offset = 0; offset < length; offset += 1) if (bytes[start + offset] !== other[offset]) return false;
    return true;
  };
  for (let id = 0; id < size; id += 1) {
    const end = termEnds[id] as number;
    if (end < 0) continue;
    const start = termStarts[id] as number;
    const hash = hashBytes(bytes, start, end);
    hashes[id] = hash;
    let slot = hash & mask;
    for (;;) {
      const held = slots[slot] as number;
      // A term written twice keeps its last id, as a Map of the parsed array would.
      if (held < 0 || (hashes[held] === hash && sameBytes(held, bytes.subarray(start, end), end - start))) {
        slots[slot] = id;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  let scratch = Buffer.allocUnsafe(256);
  return {
    size,
    idOf(term) {
      const written = escaped.get(term);
      if (written !== undefined) return written;
      if (loneSurrogate.test(term)) return undefined;
      if (term.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(term.length * 3);
      const length = scratch.write(term, 'utf8');
      const hash = hashBytes(scratch, 0, length);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const held = slots[slot] as number;
        if (held < 0) return undefined;
        if (hashes[held] === hash && sameBytes(held, scratch, length)) return held;
      }
    },
  };
}
