/**
 * The names a question brings, across scripts: a capitalised word of a sentence in another language is the question's
 * own name when it is the same place or organization in the lexicon ("토론토" asks about Toronto, "Монреале" about
 * Montreal) or the same name by its loose key ("시네사이트" ~ Cinesite). Such a word is not "something else" the
 * sentence is about.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { looseNameKey } from '../knowledge/romanize.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { namesSomethingElse } from './asked-unit.js';
import type { QuestionAnalysis, QuestionTerm } from './question-analysis.js';

/** Whether a word of a sentence names what one of the question's entity or place terms names. */
export function questionNameMatcher(
  terms: readonly QuestionTerm[],
  glossary: Glossary | undefined,
): (word: string) => boolean {
  const keys = new Set(terms.filter((term) => term.role !== 'topic').flatMap((term) => term.keys));
  if (keys.size === 0) return () => false;
  const seen = new Map<string, boolean>();
  return (word) => {
    let known = seen.get(word);
    if (known === undefined) {
      known =
        wordTokens(word).some((token) => keys.has(matchKey(token))) ||
        keys.has(`%${looseNameKey(word)}`) ||
        (glossary?.findConcepts(word) ?? []).some((hit) => keys.has(`@${hit.conceptId}`));
      seen.set(word, known);
    }
    return known;
  };
}

const titleNameCache = new Map<string, ReadonlySet<string>>();

/**
 * The names an article's title writes, lower-cased: its capitalised Latin words and its other-script words of three
 * letters or more that are no lexicon concept ("한국전파진흥협회", "DNEG"), particles left out.
 */
export function titleNames(title: string, glossary: Glossary | undefined): ReadonlySet<string> {
  let names = titleNameCache.get(title);
  if (names === undefined) {
    const concepts = new Set(
      (glossary?.findConcepts(title) ?? []).flatMap((hit) => hit.surface.toLowerCase().split(' ')),
    );
    names = new Set(
      [...title.matchAll(/[\p{L}\d&'-]+/gu)]
        .map((match) => match[0])
        .filter((word) => (/^\p{Script=Latin}/u.test(word) ? /^\p{Lu}/u.test(word) : [...word].length >= 3))
        .flatMap((word) => [word.toLowerCase(), ...wordTokens(word).map((token) => token.word)])
        .filter((word) => !concepts.has(word)),
    );
    if (titleNameCache.size > 1_000) titleNameCache.clear();
    titleNameCache.set(title, names);
  }
  return names;
}

/**
 * Whether a sentence names something besides what the question asks about (namesSomethingElse), counting as the
 * question's own the names it writes in another script and the names the article's title writes.
 */
export function somethingElseNamer(
  analysis: Pick<QuestionAnalysis, 'terms' | 'entityWords'>,
  glossary: Glossary | undefined,
): (sentence: string, title: string) => boolean {
  const questionName = questionNameMatcher(analysis.terms, glossary);
  return (sentence, title) =>
    namesSomethingElse(sentence, analysis.entityWords, questionName, titleNames(title, glossary));
}
