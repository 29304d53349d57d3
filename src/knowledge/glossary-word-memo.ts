/**
 * What a glossary's look-up (`findIn` in glossary.ts) works out per word and keeps: a word's stems, a compound's
 * pieces, one first key's forms by their second key, and whether any form may start at a word.
 */
import { inflectionVariants, type Script } from '../retrieval/text-normalize.js';
import { splitCompound } from './compound-words.js';
import type { KeyedToken } from './glossary-forms.js';
import { type FormEntry, type MorphologyIndex, startsThaiRun } from './glossary-morphology.js';
import { textWordStems } from './word-forms.js';

/**
 * What `findIn` works out per word, kept per script and key (the same words come back in statement after
 * statement): a word with its stems, and a compound's pieces (null when it is no compound of known words).
 */
export interface WordMemo {
  /** By script, then by key (the key strings are the text's own: no new string to hash per look-up). */
  stems: Map<Script, Map<string, WordFacts>>;
  pieces: Map<Script, Map<string, string[] | null>>;
  /** Each first key's forms by their second key (made when the first key is first met). */
  bySecondKey: Map<FormEntry[], FormsBySecondKey>;
}

/**
 * One first key's forms that may be at a text's words by its second word, each list in the forms' order: the one-word
 * forms and those whose second key it is (`oneWord` alone where the text has no such second word).
 */
interface FormsBySecondKey {
  withSecond: Map<string, FormEntry[]>;
  oneWord: FormEntry[];
}

function formsBySecondKey(forms: readonly FormEntry[]): FormsBySecondKey {
  const withSecond = new Map<string, FormEntry[]>();
  const oneWord: FormEntry[] = [];
  for (const form of forms) {
    const second = form.keys[1];
    if (second !== undefined && !withSecond.has(second))
      withSecond.set(
        second,
        forms.filter((other) => other.keys.length === 1 || other.keys[1] === second),
      );
    if (second === undefined) oneWord.push(form);
  }
  return { withSecond, oneWord };
}

/** The forms of `forms` (one first key's) that may start at the text's word before `second`. */
export function formsBefore(memo: WordMemo, forms: FormEntry[], second: string | undefined): FormEntry[] {
  let narrowed = memo.bySecondKey.get(forms);
  if (narrowed === undefined) {
    narrowed = formsBySecondKey(forms);
    memo.bySecondKey.set(forms, narrowed);
  }
  return (second === undefined ? undefined : narrowed.withSecond.get(second)) ?? narrowed.oneWord;
}

/**
 * What a word is to the forms, whatever its neighbours: its key with its stems, and whether any form may start at
 * it.
 */
export interface WordFacts {
  stems: string[];
  /**
   * True when no form can start at the word in any text (see `startsNothing`; worked out when first asked): most
   * words of a passage, which the look-up then passes over at once.
   */
  startsNothing: boolean | undefined;
  /** The forms whose first key is the word's (null: none), kept once asked (findIn asks at every word it tries). */
  forms: FormEntry[] | null | undefined;
  /** Position by position in `stems`, the forms whose first word has that stem (morphology's byStem), once asked. */
  stemForms: (FormEntry[] | undefined)[] | undefined;
}

/** One script's map of a word memo. */
function ofScript<Value>(memo: Map<Script, Map<string, Value>>, script: Script): Map<string, Value> {
  let map = memo.get(script);
  if (map === undefined) {
    map = new Map();
    memo.set(script, map);
  }
  return map;
}

/** Words a glossary keeps worked out (each map is emptied when it reaches this). */
const wordMemoLimit = 50_000;

function remembered<Value>(memo: Map<string, Value>, key: string, work: () => Value): Value {
  let value = memo.get(key);
  if (value === undefined) {
    value = work();
    if (memo.size >= wordMemoLimit) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** A word's key with its stems, kept per script and key (a loop, not a closure per word: it runs for every word). */
export function factsOf(memo: WordMemo, token: KeyedToken): WordFacts {
  const byKey = ofScript(memo.stems, token.script);
  let facts = byKey.get(token.key);
  if (facts === undefined) {
    facts = {
      stems: [token.key, ...textWordStems(token.key, token.script)],
      startsNothing: undefined,
      forms: undefined,
      stemForms: undefined,
    };
    if (byKey.size >= wordMemoLimit) byKey.clear();
    byKey.set(token.key, facts);
  }
  return facts;
}

/** The known words a compound written as one word is made of (컴포지팅팀, 字幕翻訳者), kept per script and key. */
export function compoundPieces(
  memo: WordMemo,
  formsByFirstKey: Map<string, FormEntry[]>,
  morphology: MorphologyIndex,
  token: KeyedToken,
): string[] | undefined {
  return (
    remembered(
      ofScript(memo.pieces, token.script),
      token.key,
      () =>
        splitCompound(
          token.key,
          token.script,
          (piece) => morphology.knownWords.has(piece),
          (pieces) =>
            formsByFirstKey.get(pieces[0] as string)?.some((form) => form.keys.join(' ') === pieces.join(' ')) ?? false,
        ) ?? null,
    ) ?? undefined
  );
}

/**
 * Whether no form can start at a word, whatever the words around it (findIn's every way to a form needs one of
 * these): no form's first key is the word's key, none of the word's stems starts a form, it starts no Thai run, none
 * of its inflection variants is a form's first key, and it is no compound of known words.
 */
export function startsNothing(
  memo: WordMemo,
  formsByFirstKey: Map<string, FormEntry[]>,
  morphology: MorphologyIndex,
  token: KeyedToken,
  stems: readonly string[],
): boolean {
  if (formsByFirstKey.has(token.key)) return false;
  for (const stem of stems) if (morphology.byStem.has(stem)) return false;
  if (startsThaiRun(token)) return false;
  for (const variant of inflectionVariants(token.key, token.script)) if (formsByFirstKey.has(variant)) return false;
  return compoundPieces(memo, formsByFirstKey, morphology, token) === undefined;
}
