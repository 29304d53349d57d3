/**
 * The words Intl.Segmenter finds in a piece of text, found without it when every character of the
 * piece is one whose word-break rules are simple: Latin and Cyrillic letters, ASCII digits, Hangul
 * syllables, spaces and common punctuation. Intl.Segmenter runs at 5–7 MB/s on Node 20; this scan
 * is several times faster. Any other character (Han, Kana, Thai, combining marks, `_`, the
 * fullwidth and rarer punctuation, characters outside the BMP) sends the piece back to the
 * segmenter, so the tokens are the same either way (test/speed/fast-word-segments.test.ts
 * compares the two on mixed-script samples and on every letter of the classes below).
 *
 * The rules (Unicode word boundaries as ICU applies them): letters and digits join each other;
 * Hangul syllables join only each other; `:` between two letters, `.` `'` `‘` `’` between two
 * letters or two digits, and `,` `;` between two digits stay inside the word; anything else breaks.
 */

import type { Script } from './text-normalize.js';

const unsafe = 0;
const latinLetter = 1;
const cyrillicLetter = 2;
const digit = 3;
const hangul = 4;
/** `:` */
const midLetter = 5;
/** `.` `'` `‘` `’` */
const midNumberOrLetter = 6;
/** `,` `;` */
const midNumber = 7;
const breaker = 8;

/** Code point ranges that hold the Latin and Cyrillic letters (only letters of that script in them count). */
const letterRanges: [number, number][] = [
  [0x41, 0x24f],
  [0x250, 0x2ff],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1eff],
  [0x2070, 0x209f],
  [0x2100, 0x214f],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xab30, 0xab6f],
  [0xfb00, 0xfb06],
  [0xff21, 0xff5a],
  [0x400, 0x52f],
  [0x1c80, 0x1c8f],
  [0xa640, 0xa69f],
];
const breakers = ' \t\r\f\v\u00a0!"#$%&()*+-/<=>?@[\\]^`{|}~“”«»‹›–—…';

let classes: Uint8Array | undefined;

function characterClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /^\p{L}$/u;
  const latin = /^\p{Script=Latin}$/u;
  const cyrillic = /^\p{Script=Cyrillic}$/u;
  for (const [first, last] of letterRanges) {
    for (let code = first; code <= last; code += 1) {
      const character = String.fromCharCode(code);
      if (!letter.test(character)) continue;
      if (latin.test(character)) table[code] = latinLetter;
      else if (cyrillic.test(character)) table[code] = cyrillicLetter;
    }
  }
  for (let code = 0x30; code <= 0x39; code += 1) table[code] = digit;
  for (let code = 0xac00; code <= 0xd7a3; code += 1) table[code] = hangul;
  for (const character of breakers) table[character.charCodeAt(0)] = breaker;
  table[0x3a] = midLetter;
  for (const character of ".'‘’") table[character.charCodeAt(0)] = midNumberOrLetter;
  table[0x2c] = midNumber;
  table[0x3b] = midNumber;
  return table;
}

const isLetter = (kind: number) => kind === latinLetter || kind === cyrillicLetter;
const isAlphanumeric = (kind: number) => kind === latinLetter || kind === cyrillicLetter || kind === digit;

const heldBy = (kind: number) => (kind === latinLetter ? 1 : kind === cyrillicLetter ? 2 : kind === hangul ? 4 : 0);

/** Whether a middle mark between these two neighbours stays inside the word. */
function joinsAcross(mark: number, before: number, after: number): boolean {
  if (mark === midLetter) return isLetter(before) && isLetter(after);
  if (mark === midNumberOrLetter) return (isLetter(before) && isLetter(after)) || (before === digit && after === digit);
  if (mark === midNumber) return before === digit && after === digit;
  return false;
}

export interface WordSegment {
  segment: string;
  /** As scriptOf gives it for the segment. */
  script: Script;
}

/**
 * The word-like segments of one piece, as Intl.Segmenter gives them, with their scripts; undefined when the piece
 * holds a character the scan does not handle (then use the segmenter).
 */
export function fastWordSegments(piece: string): WordSegment[] | undefined {
  const table = (classes ??= characterClasses());
  const length = piece.length;
  const kinds = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) {
    const kind = table[piece.charCodeAt(index)] as number;
    if (kind === unsafe) return undefined;
    kinds[index] = kind;
  }
  const words: WordSegment[] = [];
  let start = -1;
  // What the current word holds: 1 Latin, 2 Cyrillic, 4 Hangul.
  let held = 0;
  const push = (end: number) => {
    const script = held & 4 ? 'hangul' : held & 2 ? 'cyrillic' : held & 1 ? 'latin' : 'other';
    words.push({ segment: piece.slice(start, end), script });
    start = -1;
    held = 0;
  };
  for (let index = 0; index < length; index += 1) {
    const kind = kinds[index] as number;
    if (start >= 0) {
      const previous = kinds[index - 1] as number;
      if (
        (kind === hangul && previous === hangul) ||
        (isAlphanumeric(kind) && isAlphanumeric(previous)) ||
        (kind >= midLetter && kind <= midNumber && joinsAcross(kind, previous, kinds[index + 1] ?? breaker)) ||
        (isAlphanumeric(kind) && (previous === midLetter || previous === midNumberOrLetter || previous === midNumber))
      ) {
        held |= heldBy(kind);
        continue;
      }
      push(index);
    }
    if (kind === hangul || isAlphanumeric(kind)) {
      start = index;
      held = heldBy(kind);
    }
  }
  if (start >= 0) push(length);
  return words;
}
