/**
 * Which sentences an answer quotes: the best grounded sentence, preceded by the sentence
 * before it when that one names what the best one leaves out ("the company", "it"), and
 * followed by the next one only when that holds the entity the best one lacks.
 */
import { type Candidate, termMatch, type WeightedTerm } from './candidate-scoring.js';

export interface ChosenSentence {
  candidate: Candidate;
  sentence: string;
}

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
