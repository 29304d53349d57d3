/**
 * Thai has no capitals either: a Thai question's name (ทักษิณ ชินวัตร, เน็ตฟลิกซ์) is a run of plain topic words, so a
 * question that names a person or a company seemed to name nothing, and an article in Latin letters or Hangul that
 * writes the name was not held to it. A stretch of one to three consecutive Thai words is read as a name when the
 * knowledge base holds its loose key (`%…`, the key an article in another script writes the name by: ทักษิณ ~ Thaksin)
 * in few passages; the stretch then makes one entity term found by that key, as a capitalised name is.
 */
import { looseNameKey } from '../knowledge/romanize.js';
import { hanNameRarity } from './han-names.js';
import type { QuestionTerm } from './question-analysis.js';

const thaiWord = /^\p{Script=Thai}+$/u;
const longest = 3;
/** A loose key of this many letters or more (a shorter one is the sound of many words). */
const shortestKey = 5;

/** Runs of topic terms of Thai words at consecutive positions. */
function thaiRuns(terms: readonly QuestionTerm[]): QuestionTerm[][] {
  const positioned = terms
    .filter((term) => term.role === 'topic' && term.position !== undefined && thaiWord.test(term.word ?? ''))
    .sort((left, right) => (left.position as number) - (right.position as number));
  const runs: QuestionTerm[][] = [];
  for (const term of positioned) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last?.position === (term.position as number) - 1) run.push(term);
    else runs.push([term]);
  }
  return runs;
}

interface Stretch {
  from: number;
  to: number;
  key: string;
}

/** The stretches of a run the knowledge base holds as names, the longer first. */
function candidates(run: readonly QuestionTerm[], rarity: (key: string) => number): Stretch[] {
  const found: Stretch[] = [];
  for (let from = 0; from < run.length; from += 1)
    for (let to = from + 1; to <= Math.min(run.length, from + longest); to += 1) {
      const key = looseNameKey(
        run
          .slice(from, to)
          .map((term) => term.word)
          .join(''),
      );
      if (key.length < shortestKey) continue;
      const rare = rarity(`%${key}`);
      if (rare < 1 && rare >= hanNameRarity) found.push({ from, to, key: `%${key}` });
    }
  return found.sort((left, right) => right.to - right.from - (left.to - left.from));
}

/**
 * The question's terms with each Thai stretch the knowledge base holds as a name (see the module comment) read as one
 * entity term in place of its words' topic terms; unchanged when the question already names an entity.
 */
export function withThaiNames<T extends { terms: QuestionTerm[] }>(analysis: T, rarity: (key: string) => number): T {
  if (analysis.terms.some((term) => term.role === 'entity')) return analysis;
  const replaced = new Set<QuestionTerm>();
  const names: QuestionTerm[] = [];
  for (const run of thaiRuns(analysis.terms)) {
    const taken = new Set<number>();
    for (const stretch of candidates(run, rarity)) {
      const span = run.slice(stretch.from, stretch.to);
      if (span.some((term) => taken.has(term.position as number))) continue;
      for (const term of span) {
        taken.add(term.position as number);
        replaced.add(term);
      }
      const word = span.map((term) => term.word).join('');
      names.push({ keys: [stretch.key], word, position: span[0]?.position, role: 'entity', weight: 2, broader: [] });
    }
  }
  if (names.length === 0) return analysis;
  return { ...analysis, terms: [...analysis.terms.filter((term) => !replaced.has(term)), ...names] };
}
