/**
 * One text's words as every index reads them: word tokens, their match keys and the lexicon concepts
 * found in them. Building an index segments each passage once and hands this to both the embedder
 * and the BM25 terms (each used to segment the passage and look up the lexicon itself).
 */
import type { ConceptHit, Glossary, TextWords } from '../knowledge/glossary.js';
import { matchKey, wordTokensOnce } from './text-normalize.js';

export interface AnalysedText extends TextWords {
  text: string;
  /** The lexicon the concepts were found with (a reader with another one looks them up itself). */
  glossary: Glossary | undefined;
  concepts: readonly ConceptHit[];
  /** The text's name keys (nameKeys), when they were worked out with those of the texts around it. */
  names?: readonly string[] | undefined;
}

export function analyseText(text: string, glossary: Glossary | undefined): AnalysedText {
  const tokens = wordTokensOnce(text);
  const keys = tokens.map(matchKey);
  // Each text of a build is analysed once: its hits are not kept for a look-up again.
  const concepts = glossary
    ? glossary.findConcepts(text, { morphology: true, words: { tokens, keys }, once: true })
    : [];
  return { text, tokens, keys, glossary, concepts };
}

/** The concepts of an analysed text as `glossary` finds them (looked up again only for another lexicon). */
export function conceptsWith(glossary: Glossary, analysed: AnalysedText): readonly ConceptHit[] {
  return analysed.glossary === glossary
    ? analysed.concepts
    : glossary.findConcepts(analysed.text, { morphology: true, words: analysed });
}
