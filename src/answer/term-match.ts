/**
 * How well a question term is found among a sentence's keys: as written, as the start of a longer word or by its
 * stem (inflections in Russian, Uzbek, Korean and English), or by a broader concept.
 */
import type { QuestionTerm } from './question-analysis.js';
import { koreanNounStem } from './question-words.js';

/**
 * The part of a word that inflection leaves alone: Russian and Uzbek endings, a Korean
 * word's last syllable (particles and endings), an English word's last letters.
 */
export function wordStem(word: string): string | undefined {
  const characters = [...word];
  if (/\p{Script=Hangul}/u.test(word)) {
    const noun = [...koreanNounStem(word)];
    if (noun.length < characters.length) return noun.join('');
    return characters.length >= 3 ? characters.slice(0, -1).join('') : undefined;
  }
  if (/\p{Script=Cyrillic}/u.test(word)) return characters.length >= 5 ? characters.slice(0, -2).join('') : undefined;
  if (/^[a-z']+$/.test(word)) return characters.length >= 6 ? characters.slice(0, -2).join('') : undefined;
  return undefined;
}

const stemCache = new Map<string, string | undefined>();

/** Concept (@), alias (&), name (%), bigram (~) and reading (^) keys: not words, never matched by prefix. */
function markedKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first === 64 || first === 38 || first === 37 || first === 126 || first === 94;
}

/**
 * How well a set of keys matches a term: 1 found, 0.8 as the start of a longer word or by stem, 0.5 by a broader
 * concept.
 */
export function termMatch(term: QuestionTerm, keys: Set<string>): number {
  for (const key of term.keys) if (keys.has(key)) return 1;
  // A short name matches as written or by its loose keys, not as the start of another name ("Toon" is not "Toonz").
  if (term.word !== undefined && [...term.word].length >= (term.role === 'entity' ? 5 : 2)) {
    if (!stemCache.has(term.word)) {
      if (stemCache.size > 10_000) stemCache.clear();
      stemCache.set(term.word, wordStem(term.word));
    }
    const stem = stemCache.get(term.word);
    for (const key of keys) {
      if (markedKey(key)) continue;
      if (key.length > term.word.length && key.startsWith(term.word)) return 0.8;
      if (stem !== undefined && key.startsWith(stem)) return 0.8;
    }
  }
  if (term.broader.some((key) => keys.has(key))) return 0.5;
  return 0;
}
