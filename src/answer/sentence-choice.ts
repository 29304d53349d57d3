/**
 * Which sentences an answer quotes: the best grounded sentence, preceded by the sentence
 * before it when that one names what the best one leaves out ("the company", "it"), and
 * followed by the next one only when that holds the entity the best one lacks.
 */
import { numbersIn } from './asked-unit.js';
import type { Candidate, WeightedTerm } from './candidate-scoring.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { termMatch } from './term-match.js';

export interface ChosenSentence {
  candidate: Candidate;
  sentence: string;
}

/**
 * How far the best grounded sentence stands above the next grounded sentence that gives another answer (its
 * score when no other sentence is grounded). Two sentences that hold different units of the asked type and score
 * alike are two answers the evidence cannot choose between; two that give the same figure (two reports of one
 * fact) agree.
 */
export function groundedMargin(
  candidates: Candidate[],
  question: { numbers: ReadonlySet<string>; keys: ReadonlySet<string> },
): number {
  const grounded = candidates.filter((candidate) => candidate.grounded).sort((left, right) => right.score - left.score);
  const best = grounded[0];
  if (!best) return 0;
  const next = grounded.find((candidate) => !sameAnswer(best, candidate, question));
  return best.score - (next?.score ?? 0);
}

const sentenceOf = (candidate: Candidate) => candidate.analysed.sentences[candidate.index] as string;

/**
 * Whether two sentences give the same answer: the same sentence, a figure or a name the question does not bring
 * (the same date, the same person in any script), or mostly the same words besides the question's.
 */
function sameAnswer(
  left: Candidate,
  right: Candidate,
  question: { numbers: ReadonlySet<string>; keys: ReadonlySet<string> },
): boolean {
  if (sentenceOf(left) === sentenceOf(right)) return true;
  const figures = new Set(numbersIn(sentenceOf(left)).filter((number) => !question.numbers.has(number)));
  if (numbersIn(sentenceOf(right)).some((number) => figures.has(number))) return true;
  // What each says besides what the question brings.
  const own = (candidate: Candidate) => [...candidate.keys].filter((key) => !question.keys.has(key));
  if (sharedPhrase(sentenceOf(left), sentenceOf(right), question.keys)) return true;
  const leftKeys = own(left);
  const rightKeys = new Set(own(right));
  let shared = 0;
  for (const key of leftKeys) {
    if (!rightKeys.has(key)) continue;
    if (/^[%#]/u.test(key)) return true;
    shared += 1;
  }
  return shared / Math.max(1, leftKeys.length + rightKeys.size - shared) >= sameWordsShare;
}

/**
 * Whether two sentences share a phrase of two words in a row that the question does not bring ("колледж креативных
 * индустрий" in both): they name the same thing, the answer, however differently the rest is said.
 */
function sharedPhrase(left: string, right: string, questionKeys: ReadonlySet<string>): boolean {
  const pairs = (sentence: string) => {
    const keys = wordTokens(sentence)
      .filter((token) => !isStopWord(token.word))
      .map(matchKey);
    const found = new Set<string>();
    for (let index = 1; index < keys.length; index += 1) {
      const [first, second] = [keys[index - 1] as string, keys[index] as string];
      if (questionKeys.has(first) || questionKeys.has(second) || /^\d/u.test(first) || /^\d/u.test(second)) continue;
      found.add(`${first} ${second}`);
    }
    return found;
  };
  const leftPairs = pairs(left);
  for (const pair of pairs(right)) if (leftPairs.has(pair)) return true;
  return false;
}

/** The share of their words two sentences must share to say the same thing. */
const sameWordsShare = 0.5;

export function chooseSentences(candidates: Candidate[], terms: WeightedTerm[]): ChosenSentence[] {
  const grounded = candidates.filter((candidate) => candidate.grounded).sort((left, right) => right.score - left.score);
  const best = grounded[0];
  if (!best) return [];
  const { sentences, sentenceKeys } = best.analysed;
  const chosen: ChosenSentence[] = [{ candidate: best, sentence: sentences[best.index] as string }];
  const missing = terms.filter((item) => item.term.role !== 'topic' && termMatch(item.term, best.keys) === 0);
  if (missing.length === 0) return chosen;
  const previousKeys = sentenceKeys[best.index - 1];
  const nextKeys = sentenceKeys[best.index + 1];
  if (previousKeys && missing.some((item) => termMatch(item.term, previousKeys) > 0)) {
    chosen.unshift({
      candidate: { ...best, index: best.index - 1, keys: previousKeys },
      sentence: sentences[best.index - 1] as string,
    });
  } else if (nextKeys && missing.some((item) => termMatch(item.term, nextKeys) > 0)) {
    chosen.push({
      candidate: { ...best, index: best.index + 1, keys: nextKeys },
      sentence: sentences[best.index + 1] as string,
    });
  }
  return chosen;
}
