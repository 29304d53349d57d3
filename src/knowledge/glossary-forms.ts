/**
 * How the glossary's forms are keyed and what a text's words must be to meet them: forms as match keys (a Korean
 * form as written), the entries by their first key with what limits them (a two-letter abbreviation in capitals, an
 * acronym's endings, Vietnamese marks), and a text's words keyed the way the forms are.
 */
import {
  foldDiacritics,
  knownKey,
  matchKey,
  normalizeText,
  type Script,
  vietnameseLetter,
  vietnameseSpelling,
  type WordToken,
  wordTokens,
  writtenKeys,
} from '../retrieval/text-normalize.js';
import type { FormEntry, MorphologyIndex } from './glossary-morphology.js';
import { type Concept, glossaryLanguages } from './glossary-schema.js';

const twoLetterAbbreviation = /^[A-Z]{2}$/;

/** A form or word written in capitals, digits and marks only (KOCCA, VFX, 3D, KOCCA's). */
const writtenInCapitals = (form: string) => /\p{Lu}/u.test(form) && !/\p{Ll}(?<!['’]s)/u.test(form);

/**
 * Whether the text's words from a position may be the form: keys are folded, so where the form and the text both
 * carry Vietnamese marks they must be the same marks (the tone mark's place aside); a plain-Latin side meets any.
 */
export function fitsMarks(entry: FormEntry, written: (offset: number) => string | undefined): boolean {
  if (entry.marked === undefined) return true;
  const words = entry.keys.map((_key, offset) => written(offset) ?? '');
  if (!words.some((word) => vietnameseLetter.test(word))) return true;
  // The forms' words are segmented when a marked text first meets them (thousands of forms, few ever asked).
  entry.markedWords ??= entry.marked.map((form) => wordTokens(form).map((token) => token.word));
  return entry.markedWords.some(
    (form) =>
      form.length === words.length &&
      form.every((formWord, offset) => {
        const word = words[offset] as string;
        return (
          !vietnameseLetter.test(word) ||
          !vietnameseLetter.test(formWord) ||
          vietnameseSpelling(word) === vietnameseSpelling(formWord)
        );
      }),
  );
}

/** A Latin word as the stemmer receives it: folded, without a possessive 's (see `matchKey`). */
const latinSpelling = (word: string) => foldDiacritics(word.replace(/['’]s$/u, ''));

/** A plain Latin word (most of a text's): its spelling is itself. */
const plainLatinWord = /^[a-z]+$/u;

/**
 * Whether the text's words from a position may be the form by the stems its keys are: a key that is a stem the English
 * stemmer cut from a word of another language's form only (Uzbek "trening" keyed tren) is met by a word written with
 * an ending (trening, treninglar) but not by one written as the bare stem (Indonesian "tren", Vietnamese "trên"): the
 * stemmer's rules are English's, and only an English word's bare stem is a form of that word (train ~ training).
 */
export function fitsStems(entry: FormEntry, written: (offset: number) => string | undefined): boolean {
  if (entry.concept === undefined || entry.bareStems?.length === 0) return true;
  for (const [offset, key] of entry.keys.entries()) {
    const word = written(offset);
    if (word === undefined || !plainLatinWord.test(key)) continue;
    if (word !== key && (plainLatinWord.test(word) || latinSpelling(word) !== key)) continue;
    entry.bareStems ??= bareStemsOf(entry, entry.concept);
    if (entry.bareStems.includes(offset)) return false;
  }
  return true;
}

const noPositions: readonly number[] = Object.freeze([]);

/**
 * The positions of an entry's keys that are stems the English stemmer cut from a word of another language's form
 * only: no form with these keys writes the word bare there, and no English form has it (worked out on first need).
 */
function bareStemsOf(entry: FormEntry, concept: Concept): readonly number[] {
  const joined = entry.keys.join(' ');
  const cut = new Set<number>();
  const words = new Set<number>();
  for (const language of glossaryLanguages) {
    for (const form of concept[language]) {
      const keys = writtenKeys(form);
      if (keys.join(' ') !== joined) continue;
      const spelt = wordTokens(form).map((token) => latinSpelling(token.word));
      for (const [offset, key] of keys.entries())
        if (language === 'en' || spelt[offset] === key) words.add(offset);
        else cut.add(offset);
    }
  }
  const bare = [...cut].filter((offset) => !words.has(offset));
  return bare.length === 0 ? noPositions : bare;
}

/** The words a text writes in capitals (acronyms), as their tokens read (lower case, NFC). */
const capitalWord = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*(?:['’]s)?(?![\p{L}\p{N}])/gu;
export function capitalWordsOf(text: string): ReadonlySet<string> {
  return new Set(Array.from(text.matchAll(capitalWord), (match) => normalizeText(match[0])));
}

/**
 * Every surface form as match keys, in the order `createGlossary` reads them (cacheable). A Korean form keeps its
 * last syllable even where it is also a particle (하노이, 우크라이나, 국제회의): a text's word is read as written where
 * it is one of the forms' words, and particle-stripped otherwise (see `knownKey`).
 */
export function glossaryFormKeys(concepts: readonly Concept[]): string[][] {
  const keys: string[][] = [];
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) keys.push(writtenKeys(form));
    }
  }
  return keys;
}

export function indexForms(concepts: readonly Concept[], formKeys: string[][]): Map<string, FormEntry[]> {
  const formsByFirstKey = new Map<string, FormEntry[]>();
  let formIndex = 0;
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) {
        const keys = formKeys[formIndex] ?? [];
        formIndex += 1;
        if (keys.length === 0) continue;
        const first = keys[0] as string;
        const list = formsByFirstKey.get(first) ?? [];
        const joined = keys.join(' ');
        const asWritten = twoLetterAbbreviation.test(form.trim())
          ? new RegExp(`(?<![\\p{L}\\p{N}])${form.trim()}(?![\\p{L}\\p{N}])`, 'u')
          : undefined;
        const capitals = writtenInCapitals(form);
        const marked = vietnameseLetter.test(form) ? [form] : undefined;
        let entry = list.find((known) => known.conceptId === concept.id && known.keys.join(' ') === joined);
        if (entry === undefined) {
          entry = {
            keys,
            conceptId: concept.id,
            concept,
            asWritten,
            ...(capitals ? { capitals } : {}),
            ...(marked ? { marked } : {}),
          };
          list.push(entry);
        } else {
          // The same words written out ("di" as a form of its own) need no capitals.
          if (asWritten === undefined) entry.asWritten = undefined;
          if (capitals) entry.capitals = true;
          if (marked) entry.marked = [...(entry.marked ?? []), ...marked];
        }
        formsByFirstKey.set(first, list);
      }
    }
  }
  for (const list of formsByFirstKey.values()) list.sort((left, right) => right.keys.length - left.keys.length);
  return formsByFirstKey;
}

export interface KeyedToken {
  key: string;
  script: Script;
  /** The written word's position in `wordTokens(text)` (compound pieces share it). */
  source: number;
  /** A piece of a compound, or a word that cannot be split. */
  split: boolean;
}

/** Whether the text's keyed words from `position` are `keys`, one by one. */
export function keysAt(keyed: readonly KeyedToken[], position: number, keys: readonly string[]): boolean {
  if (position + keys.length > keyed.length) return false;
  for (let offset = 0; offset < keys.length; offset += 1)
    if ((keyed[position + offset] as KeyedToken).key !== keys[offset]) return false;
  return true;
}

/** Whether the text's word at `position` is written in capitals (an acronym; `capitalWords`: capitalWordsOf). */
export function inCapitalsAt(
  capitalWords: ReadonlySet<string> | undefined,
  tokens: readonly WordToken[],
  keyed: readonly KeyedToken[],
  position: number,
): boolean {
  return (
    capitalWords !== undefined && capitalWords.has((tokens[(keyed[position] as KeyedToken).source] as WordToken).word)
  );
}

/**
 * The first of a key's forms (longest first) whose keys are the text's from `position` on (a loop, not closures: it
 * runs for every word of every passage a build analyses).
 */
export function candidateAt<Candidate extends { keys: readonly string[] }>(
  candidates: readonly Candidate[] | undefined,
  keys: readonly string[],
  position: number,
): Candidate | undefined {
  if (candidates === undefined) return undefined;
  for (const candidate of candidates) {
    const length = candidate.keys.length;
    let offset = 0;
    while (offset < length && keys[position + offset] === candidate.keys[offset]) offset += 1;
    if (offset === length) return candidate;
  }
  return undefined;
}

const isJapanese = (token: { script: Script } | undefined) => token?.script === 'han' || token?.script === 'kana';

/**
 * A text's words keyed as the forms are: a Korean word as written where a form writes it so (`known`), else its
 * match key; with `morphology`, the Japanese object particle between a work's noun and its verbal noun (映像を編集
 * します = 映像編集) is passed over, as no form holds it.
 */
export function keyedTokens(
  tokens: readonly WordToken[],
  keys: readonly string[] | undefined,
  known: (word: string) => boolean,
  morphology: boolean,
): KeyedToken[] {
  const keyed: KeyedToken[] = tokens.map((token, source) => ({
    key: knownKey(token, keys?.[source] ?? matchKey(token), known),
    script: token.script,
    source,
    split: !morphology,
  }));
  if (morphology) {
    for (let position = keyed.length - 2; position > 0; position -= 1) {
      const token = keyed[position] as KeyedToken;
      if (token.key === 'を' && isJapanese(keyed[position - 1]) && isJapanese(keyed[position + 1]))
        keyed.splice(position, 1);
    }
  }
  return keyed;
}

/**
 * The longest form found at a position through its words' stems ("съёмочной площадке", "penataan cahaya"): it wins
 * over a shorter one written as it stands.
 */
export function formByStems(
  morphology: MorphologyIndex,
  textStems: readonly string[][],
  position: number,
  written: (offset: number) => string | undefined,
  /** Position by position in `textStems[position]`, the forms byStem gives for that stem, when the caller kept them. */
  stemForms?: readonly (FormEntry[] | undefined)[],
): FormEntry | undefined {
  let best: FormEntry | undefined;
  const remaining = textStems.length - position;
  const stems = textStems[position] ?? [];
  for (let at = 0; at < stems.length; at += 1) {
    const candidates = stemForms === undefined ? morphology.byStem.get(stems[at] as string) : stemForms[at];
    if (candidates === undefined) continue;
    let found: FormEntry | undefined;
    for (const index of formsBeforeStems(morphology, candidates, textStems[position + 1])) {
      const candidate = candidates[index] as FormEntry;
      // A form longer than the rest of the text cannot be there (its stems are one list per key).
      if (candidate.keys.length > remaining) continue;
      if (
        stemsMeet(morphology.formStems.get(candidate) ?? [], textStems, position) &&
        fitsMarks(candidate, written) &&
        fitsStems(candidate, written)
      ) {
        found = candidate;
        break;
      }
    }
    if (found !== undefined && (best === undefined || found.keys.length > best.keys.length)) best = found;
  }
  return best;
}

/**
 * The positions in `candidates` (one byStem list) of the forms that may start at a word followed by one with `next`
 * stems, in the list's order: the one-word forms and those whose second word has one of those stems (no other form's
 * stems can meet the text's, see stemsMeet).
 */
function formsBeforeStems(
  morphology: MorphologyIndex,
  candidates: readonly FormEntry[],
  next: readonly string[] | undefined,
): readonly number[] {
  let narrowed = morphology.bySecondStem.get(candidates as FormEntry[]);
  if (narrowed === undefined) {
    narrowed = { oneWord: [], byStem: new Map() };
    for (const [index, candidate] of candidates.entries()) {
      const stems = morphology.formStems.get(candidate) ?? [];
      if (candidate.keys.length === 1 || stems.length < 2) {
        narrowed.oneWord.push(index);
        continue;
      }
      for (const stem of new Set(stems[1])) {
        const list = narrowed.byStem.get(stem) ?? [];
        list.push(index);
        narrowed.byStem.set(stem, list);
      }
    }
    morphology.bySecondStem.set(candidates as FormEntry[], narrowed);
  }
  if (next === undefined || narrowed.byStem.size === 0) return narrowed.oneWord;
  let positions: number[] | undefined;
  for (const stem of next) {
    const list = narrowed.byStem.get(stem);
    if (list !== undefined) positions = [...(positions ?? narrowed.oneWord), ...list];
  }
  if (positions === undefined) return narrowed.oneWord;
  return [...new Set(positions.sort((left, right) => left - right))];
}

/**
 * Whether each of a form's words has a stem among the stems of the text's word at its place. The first word always
 * has: the form was found by one of that word's stems (byStem holds a form under its first word's stems).
 */
function stemsMeet(stems: readonly string[][], textStems: readonly string[][], position: number): boolean {
  for (let offset = 1; offset < stems.length; offset += 1) {
    const words = textStems[position + offset];
    if (words === undefined) return false;
    let meets = false;
    for (const form of stems[offset] as string[])
      if (words.includes(form)) {
        meets = true;
        break;
      }
    if (!meets) return false;
  }
  return true;
}
