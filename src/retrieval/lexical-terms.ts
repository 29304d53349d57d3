/**
 * Terms for the lexical (BM25) index: folded, particle-stripped words; Hangul and
 * Japanese syllable bigrams; adjacent-syllable pairs for Vietnamese compounds; and
 * glossary concepts as `@concept-id` terms, so "후반 작업", "hậu kỳ" and
 * "post-production" meet on one term.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, wordTokens } from './text-normalize.js';

export interface WeightedTerm {
  term: string;
  weight: number;
}

export function lexicalTerms(text: string, glossary: Glossary | undefined): string[] {
  const terms: string[] = [];
  const tokens = wordTokens(text);
  let previousLatin: string | undefined;
  for (const token of tokens) {
    const key = matchKey(token);
    if (isStopWord(token.word) || isStopWord(key)) {
      previousLatin = undefined;
      continue;
    }
    terms.push(key);
    if (token.script === 'hangul' || token.script === 'kana' || token.script === 'han') {
      const characters = [...token.word];
      for (let index = 0; index + 1 < characters.length; index += 1) terms.push(`~${characters[index]}${characters[index + 1]}`);
    }
    if (token.script === 'latin') {
      if (previousLatin !== undefined) terms.push(`${previousLatin}_${key}`);
      previousLatin = key;
    } else {
      previousLatin = undefined;
    }
  }
  if (glossary) {
    for (const hit of glossary.findConcepts(text)) terms.push(`@${hit.conceptId}`);
  }
  return terms;
}

/** Query terms with weights: concepts count more, syllable bigrams and word pairs less. */
export function weightedQueryTerms(text: string, glossary: Glossary | undefined): WeightedTerm[] {
  const weights = new Map<string, number>();
  for (const term of lexicalTerms(text, glossary)) {
    const weight = term.startsWith('@') ? 1.5 : term.startsWith('~') || term.includes('_') ? 0.5 : 1;
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
