/**
 * Terms for the lexical (BM25) index: folded, particle-stripped words; Hangul and
 * Japanese syllable bigrams; adjacent-syllable pairs for Vietnamese compounds; and
 * glossary concepts as `@concept-id` terms, so "후반 작업", "hậu kỳ" and
 * "post-production" meet on one term.
 */
import type { AliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import { boundedMemo } from './bounded-memo.js';
import { nameKeys, queryNameKeys } from './name-keys.js';
import { conceptKey, markedFoldedKey, pairKey } from './kept-keys.js';
import { readingKeys } from './reading-keys.js';
import { type AnalysedText, conceptsWith } from './text-analysis.js';
import {
  isStopWord,
  matchKey,
  vietnameseKey,
  vietnameseLetter,
  vietnameseSpelling,
  type WordToken,
  wordTokens,
} from './text-normalize.js';
import { unitKeys } from './unit-keys.js';

export interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * A Latin word's terms (or a pair's): a passage's marked Vietnamese word is its spelling (ʋ…) and its folded key
 * marked °, a query's its spelling and its plain key; a plain word is its key (and, in a query, also the marked key).
 */
function pushLatin(terms: string[], key: string, spelled: string, marked: boolean, query: boolean): void {
  if (marked) {
    terms.push(spelled);
    terms.push(query ? key : markedFoldedKey(key));
  } else {
    terms.push(key);
    if (query) terms.push(`${key}°`);
  }
}

/** A Hangul, Kana or Han word's character bigrams (`~` + two characters), by code point. */
function bigramsOf(word: string): readonly string[] {
  const terms: string[] = [];
  let previous: string | undefined;
  for (let at = 0; at < word.length;) {
    const code = word.codePointAt(at) as number;
    const character = code > 0xffff ? word.slice(at, at + 2) : (word[at] as string);
    at += character.length;
    if (previous !== undefined) terms.push(`~${previous}${character}`);
    previous = character;
  }
  return terms;
}

/**
 * bigramsOf, kept for the words seen recently: words recur, and a kept bigram is one flat string whose hash is worked
 * out once (the build numbers every term it meets; a new string per occurrence is hashed at each look-up).
 */
const keptBigrams = boundedMemo(50_000, bigramsOf);

/**
 * Also alias groups the articles state (`&…`), loose keys of names in every script (`%…`) and keys of numbers and
 * dates in any format (`#n…`, `#v…`, `#d…`, see unit-keys.ts), so a name finds its other spellings and its translations
 * and a figure or a day its other writings.
 */
export function lexicalTerms(
  text: string,
  glossary: Glossary | undefined,
  aliases?: AliasIndex,
  /** The text's words and concepts, when the caller has them (see text-analysis.ts). */
  analysed?: AnalysedText,
  /**
   * A query's terms (else a passage's): a Vietnamese word with its marks meets the same marks, or a plain-Latin
   * word, never other marks ("đa năng" is no "Đà Nẵng"). A passage's marked word is its spelling (ʋ…) and its folded
   * key marked °; a query's marked word looks up its spelling and plain words, a query's plain word both kinds.
   */
  query = false,
): string[] {
  const terms: string[] = [];
  const tokens = analysed?.tokens ?? wordTokens(text);
  const keys = analysed?.keys ?? tokens.map(matchKey);
  // The Latin word before (its key, spelling and marks), when the word before was Latin and no stop word.
  let previousKey: string | undefined;
  let previousSpelled = '';
  let previousMarked = false;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position] as WordToken;
    const key = keys[position] as string;
    if (isStopWord(token.word) || (key !== token.word && isStopWord(key))) {
      previousKey = undefined;
      continue;
    }
    if (token.script !== 'latin') {
      terms.push(key);
      previousKey = undefined;
      if (token.script === 'hangul' || token.script === 'kana' || token.script === 'han')
        for (const bigram of keptBigrams(token.word)) terms.push(bigram);
      continue;
    }
    const marked = vietnameseLetter.test(token.word);
    const spelled = marked ? vietnameseKey(token.word) : key;
    pushLatin(terms, key, spelled, marked, query);
    if (previousKey !== undefined) {
      const pairMarked = previousMarked || marked;
      const pair = pairKey(previousKey, key);
      pushLatin(terms, pair, pairMarked ? pairKey(previousSpelled, spelled) : '', pairMarked, query);
    }
    previousKey = key;
    previousSpelled = spelled;
    previousMarked = marked;
  }
  if (glossary) {
    for (const hit of analysed ? conceptsWith(glossary, analysed) : glossary.findConcepts(text, { morphology: true }))
      terms.push(conceptKey(hit.conceptId));
  }
  if (aliases) for (const hit of aliases.findInKeys(keys, tokens)) terms.push(hit.key);
  // Sino-Korean readings (需要予測 ~ 수요예측): a query's kanji and Korean words, a passage's kanji runs only (keys on
  // every Korean passage too found fewer answers: tune cross-language 120 → 118/352, measured).
  terms.push(
    ...(analysed?.names ?? (query ? queryNameKeys(text) : nameKeys(text))),
    ...unitKeys(text),
    ...readingKeys(text, !query, query),
  );
  return terms;
}

/** Keys of the words written as names in a query: capitalised (after the first word), acronyms, words with digits. */
function nameWordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&-]*/gu)].map((match) => match[0]);
  for (const [index, word] of words.entries()) {
    const named =
      /^\p{Lu}[\p{Lu}\d&-]+$/u.test(word) || (index > 0 && /^\p{Lu}/u.test(word)) || /^\p{Ll}+\p{Lu}/u.test(word);
    if (!named || /\p{Script=Hangul}|\p{Script=Han}/u.test(word)) continue;
    for (const token of wordTokens(word)) {
      keys.add(matchKey(token));
      if (vietnameseLetter.test(token.word)) keys.add(`ʋ${vietnameseSpelling(token.word)}`);
    }
  }
  return keys;
}

/**
 * Query terms with weights: names (capitalised words, acronyms, alias groups, loose name keys and consonant
 * skeletons — a loanword name in Hangul meets its Latin spelling only there), figures and days
 * written out (unit-keys.ts) and concepts count more — they carry across languages — syllable bigrams and word pairs
 * less.
 */
export function weightedQueryTerms(text: string, glossary: Glossary | undefined, aliases?: AliasIndex): WeightedTerm[] {
  const weights = new Map<string, number>();
  const names = nameWordKeys(text);
  for (const term of lexicalTerms(text, glossary, aliases, undefined, true)) {
    const weight = names.has(term.replace(/°$/u, ''))
      ? 2.5
      : term.startsWith('@') || term.startsWith('&') || term.startsWith('%') || /^#([dnv]\d|[a-z]+$)/u.test(term)
        ? 1.5
        : term.startsWith('~') || term.includes('_')
          ? 0.5
          : 1;
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  // A name the articles write another way ("Studio Inyo" ~ 스튜디오인요) finds their spelling.
  for (const spelling of aliases?.spellingsOf([...weights.keys()]) ?? [])
    if (!weights.has(spelling)) weights.set(spelling, 1.5);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
