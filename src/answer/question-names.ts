/**
 * The names a question brings, across scripts: a capitalised word of a sentence in another language is the question's
 * own name when it is the same place or organization in the lexicon ("토론토" asks about Toronto, "Монреале" about
 * Montreal) or the same name by its loose key ("시네사이트" ~ Cinesite). Such a word is not "something else" the
 * sentence is about.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { looseNameKey } from '../knowledge/romanize.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import type { QuestionTerm } from './question-analysis.js';

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
