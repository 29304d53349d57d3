/**
 * How well a question's weighted terms are found in the windows a candidate sentence is judged in (the sentence, its
 * neighbours, the title, the article): coverage shares, the question's words for what happened, and the year a
 * sentence is told under.
 */
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import type { WeightedTerm } from './candidate-scoring.js';
import type { QuestionTerm } from './question-analysis.js';
import { termMatch } from './term-match.js';

/** How well a set of keys matches each term (termMatch), as one function. */
export type TermMatcher = (term: QuestionTerm) => number;

export function coverageOf(
  terms: WeightedTerm[],
  match: TermMatcher,
  weight: 'sharp' | 'smooth',
  only?: QuestionTerm['role'] | 'not-entity',
): number {
  let total = 0;
  let found = 0;
  for (const item of terms) {
    const role = item.term.role === 'place' ? 'entity' : item.term.role;
    if (only === 'not-entity' ? role === 'entity' : only !== undefined && role !== only) continue;
    total += item[weight];
    found += item[weight] * match(item.term);
  }
  return total === 0 ? 1 : found / total;
}

/**
 * termMatch of every question term against key sets, each set matched once: a term's match in a union of sets is its
 * best match in any of them (each level of termMatch asks whether some key qualifies), so the windows a sentence is
 * judged in (with its neighbours, the title, the article) are matched by combining the rows, not by building sets.
 */
export function termMatches(terms: WeightedTerm[], narrow: (item: WeightedTerm) => QuestionTerm = (item) => item.term) {
  const position = new Map<QuestionTerm, number>(terms.map((item, index) => [item.term, index]));
  const narrowed = terms.map(narrow);
  // The words of one name share its loose keys ("atomic", "cartoons" and "la" of "Atomic Cartoons LA").
  const looseKeys = terms.map((item) => item.term.keys.filter(isLooseKey));
  const sameName = looseKeys.map((own) =>
    looseKeys.flatMap((other, index) => (other.some((key) => own.includes(key)) ? [index] : [])),
  );
  const rows = new WeakMap<Set<string>, number[]>();
  const rowOf = (keys: Set<string>): number[] => {
    let row = rows.get(keys);
    if (row === undefined) {
      const spelled = narrowed.map((term) => termMatch(term, keys));
      // A narrowed name still matches by its loose keys where a word of it is spelled out ("Atomic Cartoons' …" for
      // "Atomic Cartoons LA", "«Абдукция»" for "«Абдукцию»"): the loose keys then read the rest of that one name.
      row = terms.map((item, index) =>
        narrowed[index] === item.term ||
        ((sameName[index] as number[]).every((other) => spelled[other] === 0) && !spelledAlike(item.term, keys))
          ? (spelled[index] as number)
          : termMatch(item.term, keys),
      );
      rows.set(keys, row);
    }
    return row;
  };
  const inAny = (...sets: (Set<string> | undefined)[]): TermMatcher => {
    const chosen = sets.filter((set): set is Set<string> => set !== undefined).map(rowOf);
    return (term) => {
      const index = position.get(term) as number;
      let best = 0;
      for (const row of chosen) if ((row[index] as number) > best) best = row[index] as number;
      return best;
    };
  };
  return { inAny };
}

/** termMatches' inAny for the passages of an article in `language`, one per script (see ownScriptSpelling). */
export function scriptMatchers(terms: WeightedTerm[]): (language: string) => ReturnType<typeof termMatches>['inAny'] {
  const byScript = new Map<string, ReturnType<typeof termMatches>['inAny']>();
  return (language) => {
    const script = articleScript(language);
    let matcher = byScript.get(script);
    if (matcher === undefined) {
      matcher = termMatches(terms, ownScriptSpelling(script)).inAny;
      byScript.set(script, matcher);
    }
    return matcher;
  };
}

/**
 * Whether the keys hold a spelling of the term's name one letter away ("Conjinwon" for "Konjinwon", "Jung-su" for
 * "Jung-soo" is two and stays apart): the same name spelled another way in the same script, which its loose keys
 * then read. Words of six letters or more only (shorter ones one letter apart are usually other names), and not a
 * word with an s added.
 */
function spelledAlike(term: QuestionTerm, keys: Set<string>): boolean {
  const word = term.word;
  if (word === undefined || word.length < 6) return false;
  for (const key of keys) {
    // Words only, not the marked keys (@concept, %sound, #skeleton, &alias …).
    if (Math.abs(key.length - word.length) <= 1 && /^[\p{L}\p{N}]/u.test(key) && oneEditApart(key, word)) return true;
  }
  return false;
}

/** Whether two different words are one substitution, insertion or deletion apart. */
function oneEditApart(left: string, right: string): boolean {
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  // A plural or a possessive's s makes another word of a name's word ("Studios" is not "Studio Inyo").
  if (left === right || long === `${short}s`) return false;
  let start = 0;
  while (start < short.length && short[start] === long[start]) start += 1;
  let end = 0;
  while (end < short.length - start && short[short.length - 1 - end] === long[long.length - 1 - end]) end += 1;
  return start + end >= long.length - 1 && start + end >= short.length - (long.length - short.length === 0 ? 1 : 0);
}

/** A name's sound key (%) or consonant skeleton (#): matches another spelling or script of it, and names alike. */
function isLooseKey(key: string): boolean {
  return key.startsWith('%') || key.startsWith('#');
}

/** The writing system of a word or of an article's language: names are spelled alike only within one. */
function scriptOf(text: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'hangul';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)) return 'cjk';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/\p{Script=Latin}|^[a-z0-9'-]+$/u.test(text)) return 'latin';
  return undefined;
}

const languageScripts: Record<string, string> = { ko: 'hangul', ja: 'cjk', zh: 'cjk', ru: 'cyrillic', uk: 'cyrillic' };

/** The script an article in `language` writes names in (Latin for the languages not listed). */
export function articleScript(language: string): string {
  return languageScripts[language] ?? 'latin';
}

/**
 * A name the question writes in the article's own script is found there by its own spelling (as written, a longer
 * word, a stated alias), not by its loose keys: those (sound %, consonant skeleton #) carry a name across scripts
 * ("Studio Inyo" ~ "스튜디오인요"), but within one they pair different names that sound alike ("Dexter" ~ "Textor",
 * "Mayflower" ~ "Mayfair", "Studio Inyo" ~ "Studios"); a spelling one letter away still meets (spelledAlike).
 */
export function ownScriptSpelling(script: string): (item: WeightedTerm) => QuestionTerm {
  // Only where words stand apart: Hangul and CJK names are glued to what follows ("덱스터스튜디오", "動画工房は").
  if (script !== 'latin' && script !== 'cyrillic') return (item) => item.term;
  return ({ term }) =>
    term.role === 'entity' && term.word !== undefined && scriptOf(term.word) === script
      ? { ...term, keys: term.keys.filter((key) => !isLooseKey(key)) }
      : term;
}

/**
 * Whether a question term can be expected in a sentence of another language: a lexicon concept (the lexicon files it
 * under every language it knows), a name (matched across scripts by the entity checks), or a word the article itself
 * holds somewhere (`inArticle`: its read passages and title). A plain word of the asker's language that the lexicon
 * does not know and the article nowhere holds ("广告" asked of a Korean article, "원작자" of a Russian one) cannot be
 * found in another language whether or not the sentence says it: it is not counted as missing.
 */
export function expectableAcross(inArticle: TermMatcher): (item: WeightedTerm) => boolean {
  return (item) =>
    item.term.role !== 'topic' || item.term.keys.some((key) => key.startsWith('@')) || inArticle(item.term) > 0;
}

/**
 * The coverage a sentence's grounding gate reads. Across languages (`applies`: a typed question, a passage in another
 * language), in the article retrieval ranks first, a typed question's coverage counts only its words that can be
 * found there (expectableAcross): the unit of the asked type guards what the dropped words did. Ranking and the
 * sureness features still weigh them all (`coverage`, given). Tune half: cross-language 142 -> 147/409,
 * grounded-but-wrong 98/478 -> 100/485, unanswerable refused 196 -> 195/234; every question and article: cross +23,
 * wrong +67.
 */
export function crossingCoverageGate(
  applies: boolean,
  passage: RetrievedPassage,
  passages: readonly RetrievedPassage[],
  inArticle: () => TermMatcher,
): (terms: WeightedTerm[], window: TermMatcher, coverage: number) => number {
  if (!applies || passage.chunk.articleId !== passages[0]?.chunk.articleId)
    return (_terms, _window, coverage) => coverage;
  const expectable = expectableAcross(inArticle());
  return (terms, window) => coverageOf(terms.filter(expectable), window, 'smooth');
}

/** The question's words for what happened: its topic words, not what a count counts nor what the title says. */
export function eventTerms(terms: WeightedTerm[], inTitle: TermMatcher): WeightedTerm[] {
  return terms.filter((item) => item.term.role === 'topic' && !item.term.counted && inTitle(item.term) < 0.8);
}

const yearPattern = /(?:^|\D)(?:19|20)\d{2}(?!\d)/u;

/** Whether a sentence names a year ("2018년", "in 2019", "2023/2024"). */
export function namesYear(sentence: string): boolean {
  return yearPattern.test(sentence);
}

/**
 * The nearest sentence before `index` that names a year, when the sentence itself names none: a year told earlier in
 * the passage holds for the sentences after it until another year is told ("2015年には…。…の動員は3万3千人").
 */
export function yearAbove(sentences: readonly string[], index: number): number | undefined {
  if (namesYear(sentences[index] as string)) return undefined;
  for (let above = index - 1; above >= 0; above -= 1) if (yearPattern.test(sentences[above] as string)) return above;
  return undefined;
}

/**
 * The key sets a sentence's year is read from: a sentence naming years of its own tells of them ("영업이익은 올해
 * 30억원에서 2022년 70억원" is no 2020 figure, whatever the sentence before names); one naming none, of the year of the
 * sentence before it, the title or the nearest sentence above that names one (yearAbove).
 */
export function yearWindow(
  passage: { sentences: readonly string[]; sentenceKeys: readonly Set<string>[]; titleKeys: Set<string> },
  index: number,
): (Set<string> | undefined)[] {
  const { sentences, sentenceKeys, titleKeys } = passage;
  if (namesYear(sentences[index] as string)) return [sentenceKeys[index]];
  return [sentenceKeys[index - 1], sentenceKeys[index], titleKeys, sentenceKeys[yearAbove(sentences, index) ?? -1]];
}

/** A term told in so many words (as written, as a longer word or by its stem), not only by a broader concept. */
export function told(match: TermMatcher): TermMatcher {
  return (term) => {
    const found = match(term);
    return found >= 0.8 ? found : 0;
  };
}
