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
export function termMatches(terms: WeightedTerm[]) {
  const position = new Map<QuestionTerm, number>(terms.map((item, index) => [item.term, index]));
  const rows = new WeakMap<Set<string>, number[]>();
  const rowOf = (keys: Set<string>): number[] => {
    let row = rows.get(keys);
    if (row === undefined) {
      row = terms.map((item) => termMatch(item.term, keys));
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

/**
 * The nearest sentence before `index` that names a year, when the sentence itself names none: a year told earlier in
 * the passage holds for the sentences after it until another year is told ("2015年には…。…の動員は3万3千人").
 */
export function yearAbove(sentences: readonly string[], index: number): number | undefined {
  if (yearPattern.test(sentences[index] as string)) return undefined;
  for (let above = index - 1; above >= 0; above -= 1) if (yearPattern.test(sentences[above] as string)) return above;
  return undefined;
}

/** A term told in so many words (as written, as a longer word or by its stem), not only by a broader concept. */
export function told(match: TermMatcher): TermMatcher {
  return (term) => {
    const found = match(term);
    return found >= 0.8 ? found : 0;
  };
}
