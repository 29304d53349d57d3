/**
 * The glossary's morphology index, built on first use (only matchmaking asks for it): its forms by the stems of
 * their first word (Uzbek forms in the Cyrillic alphabet too), the words of unspaced and agglutinative scripts a
 * compound may be split at, and Thai forms read letter by letter wherever Intl.Segmenter cuts the text.
 */
import { matchKey, type Script, scriptOf, wordTokens } from '../retrieval/text-normalize.js';
import type { Concept } from './glossary-schema.js';
import { uzbekLatinToCyrillic } from './uzbek-cyrillic.js';
import { wordStems } from './word-forms.js';

export interface FormEntry {
  keys: string[];
  conceptId: string;
  /**
   * A two-letter abbreviation ("DI", "AD", "DP") matches only as written, in capitals: in lower case
   * it is a word of some language (Indonesian "di", Latin "ad").
   */
  asWritten?: RegExp | undefined;
  /**
   * Written in capitals (KOCCA): only such a form is found through an ending on a word written in capitals
   * (KOCCAga, KOCCA's); KOBETA is no "Kobe" with a case ending.
   */
  capitals?: boolean;
  /**
   * The forms behind these keys that carry Vietnamese marks (Đà Nẵng): a text word with
   * marks meets them only with the same marks ("đa năng" is no Đà Nẵng); a word written in plain Latin meets any.
   */
  marked?: string[];
  /** Their words (lower case, NFC), worked out on first use. */
  markedWords?: string[][];
  /** The concept whose forms these keys are (the Uzbek forms' Cyrillic twins have none). */
  concept?: Concept;
  /**
   * The positions of the keys that are a stem the English suffix stemmer cut from a word of a form of another
   * language only ("trening", Uzbek, keyed tren): no form writes the stem as a word, so a text word written as the
   * bare stem ("tren", Vietnamese "trên") is not the form (worked out on first need; see `fitsStems`).
   */
  bareStems?: readonly number[];
}

/** One byStem list's forms by position in it: the one-word forms, the others under each stem of their second word. */
export interface SecondStems {
  oneWord: number[];
  byStem: Map<string, number[]>;
}

/** Forms found by their stems and compounds split at known words (see `findConcepts` with `morphology`). */
export interface MorphologyIndex {
  /** Every stem of a form's first word (and the word itself) → the forms, longest first. */
  byStem: Map<string, FormEntry[]>;
  /** Per form: each word with its stems. */
  formStems: Map<FormEntry, string[][]>;
  /** Every word of every form in an unspaced or agglutinative script (Korean, Japanese, Thai). */
  knownWords: Set<string>;
  /** Each byStem list's forms by their second word's stems (made when the list is first read; see formByStems). */
  bySecondStem: Map<FormEntry[], SecondStems>;
  /**
   * Thai forms as one run of letters (`thaiLetters`), by their first letter, longest first; `rest`: the form's words
   * after its Thai ones (แอนิเมชัน 2D), matched word by word.
   */
  thaiForms: Map<string, ThaiForm[]>;
}

const thaiWord = /^\p{Script=Thai}+$/u;
/** The Thai letters a segment starts with. */
const thaiLead = /^\p{Script=Thai}+/u;

interface ThaiForm {
  letters: string;
  rest: readonly string[];
  entry: FormEntry;
}

/**
 * A Thai form or text as one run of letters, the way it is written in loanwords either way (แอนิเมชั่น and the
 * Royal Institute's แอนิเมชัน, โปรดักชั่น and โปรดักชัน: a tone mark after mai han-akat dropped).
 */
export function thaiLetters(words: readonly string[]): string {
  return words.join('').replace(/\u0E31\u0E48/gu, '\u0E31');
}

/**
 * A Thai form whose letters the text's run of Thai words starts with, ending where a word ends or, for a form of
 * four letters or more, inside one: Intl.Segmenter cuts the same letters differently by what follows (เว็บตูน but
 * เว็บ|ตู|นที่). The number of the text's words it covers, with the form.
 */
/** Whether a Thai run may start at a word (thaiFormAt finds nothing at any other). */
export function startsThaiRun(token: { key: string; script: Script }): boolean {
  return token.script === 'other' && thaiLead.test(token.key);
}

export function thaiFormAt(
  keyed: readonly { key: string; script: Script }[],
  position: number,
  forms: MorphologyIndex['thaiForms'],
): { entry: FormEntry; words: number } | undefined {
  const ends: number[] = [];
  let run = '';
  // Intl.Segmenter leaves digits glued to the Thai word before them (ละคร3มิติ): the Thai letters end the run there.
  let glued = false;
  for (let at = position; at < keyed.length && at < position + 16; at += 1) {
    const token = keyed[at] as { key: string; script: Script };
    const thai = token.script === 'other' ? thaiLead.exec(token.key)?.[0] : undefined;
    if (thai === undefined) break;
    run += thaiLetters([thai]);
    ends.push(run.length);
    glued = thai.length < token.key.length;
    if (glued) break;
  }
  if (run === '') return undefined;
  for (const { letters, rest, entry } of forms.get(run[0] as string) ?? []) {
    if (!run.startsWith(letters)) continue;
    const words = ends.findIndex((end) => end >= letters.length) + 1;
    if (rest.length > 0) {
      if (glued) continue;
      // The Thai words end where the run does, and the form's other words follow as written.
      if (ends.length !== words || ends[words - 1] !== letters.length) continue;
      if (rest.every((key, offset) => keyed[position + words + offset]?.key === key))
        return { entry, words: words + rest.length };
      continue;
    }
    if (ends[words - 1] === letters.length || [...letters].length >= 4) return { entry, words };
  }
  return undefined;
}

/**
 * What building the index works out word by word, most of its cost (a third of a second for the shipped lexicon):
 * a function of the forms and of the word-form code, so it can be kept beside the data folder (see `loadGlossary`).
 */
export interface MorphologyParts {
  /** The Uzbek forms' Cyrillic twins: their keys and concept. */
  twins: [string[], string][];
  /** Every form word's key with its stems (the key first). */
  stems: [string, string[]][];
  /** The form words of unspaced and agglutinative scripts (`knownWords`). */
  known: string[];
}

/** Where the parts are kept: read when the index is first built, written when they had to be worked out. */
export interface MorphologyPartsCache {
  read(): MorphologyParts | undefined;
  write(parts: MorphologyParts): void;
}

/** The Uzbek forms in the Cyrillic alphabet too, where no form of any concept is already written that way. */
function uzbekTwins(formsByFirstKey: Map<string, FormEntry[]>, concepts: readonly Concept[]): [string[], string][] {
  const written = new Set([...formsByFirstKey.values()].flatMap((list) => list.map((entry) => entry.keys.join(' '))));
  const twins: [string[], string][] = [];
  for (const concept of concepts) {
    for (const form of concept.uz) {
      const keys = wordTokens(uzbekLatinToCyrillic(form)).map(matchKey);
      const joined = keys.join(' ');
      if (keys.length === 0 || written.has(joined)) continue;
      written.add(joined);
      twins.push([keys, concept.id]);
    }
  }
  return twins;
}

export function buildMorphologyIndex(
  formsByFirstKey: Map<string, FormEntry[]>,
  concepts: readonly Concept[],
  cache?: MorphologyPartsCache,
): MorphologyIndex {
  const byStem = new Map<string, FormEntry[]>();
  const formStems = new Map<FormEntry, string[][]>();
  const kept = cache?.read();
  const twinList = kept?.twins ?? uzbekTwins(formsByFirstKey, concepts);
  const twins = new Map<string, FormEntry[]>();
  for (const [keys, conceptId] of twinList) {
    const list = twins.get(keys[0] as string) ?? [];
    list.push({ keys, conceptId });
    twins.set(keys[0] as string, list);
  }
  const knownWords = new Set<string>(kept?.known);
  const stemCache = new Map<string, string[]>(kept?.stems);
  const formsOfWord = (key: string): string[] => {
    let cached = stemCache.get(key);
    if (cached === undefined) {
      const script = scriptOf(key);
      if (script === 'hangul' || script === 'han' || script === 'kana' || script === 'other') knownWords.add(key);
      cached = [key, ...wordStems(key, script)];
      stemCache.set(key, cached);
    }
    return cached;
  };
  for (const list of [...formsByFirstKey.values(), ...twins.values()]) {
    for (const entry of list) {
      const stems = entry.keys.map(formsOfWord);
      formStems.set(entry, stems);
      if (entry.asWritten !== undefined) continue;
      for (const stem of stems[0] ?? []) {
        const forms = byStem.get(stem) ?? [];
        if (!forms.includes(entry)) forms.push(entry);
        byStem.set(stem, forms);
      }
    }
  }
  for (const forms of byStem.values()) forms.sort((left, right) => right.keys.length - left.keys.length);
  if (cache !== undefined && kept === undefined)
    cache.write({ twins: twinList, stems: [...stemCache], known: [...knownWords] });
  const thaiForms = buildThaiForms(formsByFirstKey);
  return { byStem, formStems, knownWords, bySecondStem: new Map(), thaiForms };
}

/**
 * Thai makes a noun of a verb phrase with การ (การริกตัวละคร "character rigging", การตัดต่อ "editing"), and
 * organizations write the bare verb phrase as often (หาทีมริกตัวละคร "looking for a team to rig characters",
 * รับตัดต่อ): a form nominalised so is also read without การ, unless another form is written that way.
 */
const thaiNominaliser = 'การ';

function buildThaiForms(formsByFirstKey: Map<string, FormEntry[]>): Map<string, ThaiForm[]> {
  const thaiForms = new Map<string, ThaiForm[]>();
  const add = (letters: string, rest: readonly string[], entry: FormEntry) => {
    const forms = thaiForms.get(letters[0] as string) ?? [];
    forms.push({ letters, rest, entry });
    thaiForms.set(letters[0] as string, forms);
  };
  const bare: [string, readonly string[], FormEntry][] = [];
  for (const list of formsByFirstKey.values()) {
    for (const entry of list) {
      const thaiWords = entry.keys.findIndex((key) => !thaiWord.test(key));
      const count = thaiWords === -1 ? entry.keys.length : thaiWords;
      // Thai words first, then words of other scripts only (แอนิเมชัน 2D, not 2D แอนิเมชัน or Thai again).
      if (count === 0 || entry.keys.slice(count).some((key) => thaiWord.test(key))) continue;
      const rest = entry.keys.slice(count);
      add(thaiLetters(entry.keys.slice(0, count)), rest, entry);
      // Only a phrase (a verb with its object: การ|ริก|ตัว|ละคร): a single word after การ may be a noun of its own
      // (การตลาด "marketing", ตลาด "a market").
      if (entry.keys[0] === thaiNominaliser && count >= 3)
        bare.push([thaiLetters(entry.keys.slice(1, count)), rest, entry]);
    }
  }
  for (const [letters, rest, entry] of bare) {
    const written = (thaiForms.get(letters[0] as string) ?? []).some(
      (form) => form.letters === letters && form.rest.join(' ') === rest.join(' '),
    );
    if (!written && [...letters].length >= 4) add(letters, rest, entry);
  }
  for (const forms of thaiForms.values())
    forms.sort(
      (left, right) =>
        right.letters.length + right.rest.length * 1000 - (left.letters.length + left.rest.length * 1000),
    );
  return thaiForms;
}
