/**
 * Answer quality on the generated questions: hit@1 / hit@5 of the answering passage for
 * dense-only, lexical-only and hybrid retrieval, and how often the full `ask` answers with a
 * citation that quotes the fact — split by question language and cross-language direction.
 */
import type { Answer } from '../../src/answer/types.js';
import { defaultFusionWeights, type HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import type { CorpusQuestion } from '../corpus/generate-corpus.js';
import { round } from '../measure/statistics.js';

export type RetrievalMode = 'dense' | 'lexical' | 'hybrid';

export interface HitRates {
  questions: number;
  hitAt1: number;
  hitAt5: number;
  /** Mean reciprocal rank of the answering passage within the top 5. */
  reciprocalRankAt5: number;
}

export interface AnswerRates {
  questions: number;
  /** The answer is grounded and one of its citations quotes the fact sentence. */
  quotesTheFact: number;
  /** The answer is grounded and cites the answering article. */
  citesTheArticle: number;
  grounded: number;
  /** Grounded, yet no citation quotes the fact: a confident answer from the wrong passage. */
  groundedWithoutTheFact: number;
}

export interface QualityGroup {
  retrieval: Record<RetrievalMode, HitRates>;
  ask: AnswerRates;
}

/** Hit rates of a weighted reciprocal rank fusion of the same dense and lexical rankings (top 30 each). */
export interface FusionPoint {
  denseWeight: number;
  lexicalWeight: number;
  hitAt1: number;
  hitAt5: number;
  crossLanguageHitAt5: number;
}

export interface AnswerQualityResult {
  /** What the core's fusion (k = 60) gives with other weights: the data for choosing them. */
  fusionSweep: FusionPoint[];
  /** The core's fusion weights when the run was made (dense per 1 of BM25). */
  coreDenseWeight: number;
  all: QualityGroup;
  monolingual: QualityGroup;
  crossLanguage: QualityGroup;
  /** Keys like "en", "ko", "vi" (monolingual) and "ko→en", "en→vi" (cross-language). */
  byGroup: Record<string, QualityGroup>;
}

interface Outcome {
  question: CorpusQuestion;
  ranks: Record<RetrievalMode, number>;
  answer: Answer;
  /** Document numbers of the dense and lexical rankings (top 30), and which of them answer the question. */
  denseRanking: number[];
  lexicalRanking: number[];
  answering: Set<number>;
}

const fusionDepth = 30;
const fusionConstant = 60;
/** Dense weight with BM25 at 1 (reciprocal rank fusion only depends on the ratio); the core's own weights are added. */
const denseWeights = [1, 0.5, 0.33, 0.2, 0.1, 0];

function fusionWeights(): [number, number][] {
  const core = defaultFusionWeights.dense / defaultFusionWeights.lexical;
  const weights = [...new Set([...denseWeights, Math.round(core * 100) / 100])].sort((left, right) => right - left);
  return weights.map((dense) => [dense, 1]);
}

function fusedRanking(outcome: Outcome, denseWeight: number, lexicalWeight: number): number[] {
  const scores = new Map<number, number>();
  outcome.denseRanking.forEach((document, rank) =>
    scores.set(document, (scores.get(document) ?? 0) + denseWeight / (fusionConstant + rank + 1)),
  );
  outcome.lexicalRanking.forEach((document, rank) =>
    scores.set(document, (scores.get(document) ?? 0) + lexicalWeight / (fusionConstant + rank + 1)),
  );
  return [...scores].sort((left, right) => right[1] - left[1] || left[0] - right[0]).map(([document]) => document);
}

function fusionSweep(outcomes: Outcome[]): FusionPoint[] {
  return fusionWeights().map(([denseWeight, lexicalWeight]) => {
    let hitAt1 = 0;
    let hitAt5 = 0;
    let crossHits = 0;
    let crossCount = 0;
    for (const outcome of outcomes) {
      const top = fusedRanking(outcome, denseWeight, lexicalWeight).slice(0, 5);
      const rank = top.findIndex((document) => outcome.answering.has(document));
      if (rank === 0) hitAt1 += 1;
      if (rank >= 0) hitAt5 += 1;
      if (outcome.question.kind === 'cross-language') {
        crossCount += 1;
        if (rank >= 0) crossHits += 1;
      }
    }
    const count = Math.max(1, outcomes.length);
    return {
      denseWeight,
      lexicalWeight,
      hitAt1: round(hitAt1 / count, 4),
      hitAt5: round(hitAt5 / count, 4),
      crossLanguageHitAt5: round(crossHits / Math.max(1, crossCount), 4),
    };
  });
}

const modes: RetrievalMode[] = ['dense', 'lexical', 'hybrid'];

function summarizeGroup(outcomes: Outcome[]): QualityGroup {
  const count = Math.max(1, outcomes.length);
  const retrieval = {} as Record<RetrievalMode, HitRates>;
  for (const mode of modes) {
    let hitAt1 = 0;
    let hitAt5 = 0;
    let reciprocal = 0;
    for (const outcome of outcomes) {
      const rank = outcome.ranks[mode];
      if (rank === 1) hitAt1 += 1;
      if (rank >= 1 && rank <= 5) {
        hitAt5 += 1;
        reciprocal += 1 / rank;
      }
    }
    retrieval[mode] = {
      questions: outcomes.length,
      hitAt1: round(hitAt1 / count, 4),
      hitAt5: round(hitAt5 / count, 4),
      reciprocalRankAt5: round(reciprocal / count, 4),
    };
  }
  let quotes = 0;
  let cites = 0;
  let grounded = 0;
  let wrong = 0;
  for (const { answer, question } of outcomes) {
    if (!answer.grounded) continue;
    grounded += 1;
    if (answer.citations.some((citation) => citation.articleId === question.articleId)) cites += 1;
    if (answer.citations.some((citation) => citation.quote.includes(question.marker.slice(0, 60)))) quotes += 1;
    else wrong += 1;
  }
  return {
    retrieval,
    ask: {
      questions: outcomes.length,
      quotesTheFact: round(quotes / count, 4),
      citesTheArticle: round(cites / count, 4),
      grounded: round(grounded / count, 4),
      groundedWithoutTheFact: round(wrong / count, 4),
    },
  };
}

export async function measureAnswerQuality(
  questions: CorpusQuestion[],
  retriever: HybridRetriever,
  ask: (question: string) => Promise<Answer>,
): Promise<AnswerQualityResult> {
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const ranks = {} as Record<RetrievalMode, number>;
    for (const mode of modes) {
      const passages = await retriever.retrieve(question.question, { mode, limit: 5 });
      ranks[mode] = passages.findIndex((passage) => passage.chunk.text.includes(question.marker)) + 1;
    }
    const answering = new Set<number>();
    const ranking = async (mode: 'dense' | 'lexical') => {
      const passages = await retriever.retrieve(question.question, { mode, limit: fusionDepth, depth: fusionDepth });
      for (const passage of passages) if (passage.chunk.text.includes(question.marker)) answering.add(passage.document);
      return passages.map((passage) => passage.document);
    };
    const denseRanking = await ranking('dense');
    const lexicalRanking = await ranking('lexical');
    outcomes.push({ question, ranks, answer: await ask(question.question), denseRanking, lexicalRanking, answering });
  }
  const byGroup: Record<string, QualityGroup> = {};
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const { kind, language, passageLanguage } = outcome.question;
    const key = kind === 'monolingual' ? language : `${language}→${passageLanguage}`;
    groups.set(key, [...(groups.get(key) ?? []), outcome]);
  }
  for (const [key, group] of groups) byGroup[key] = summarizeGroup(group);
  return {
    fusionSweep: fusionSweep(outcomes),
    coreDenseWeight: Math.round((defaultFusionWeights.dense / defaultFusionWeights.lexical) * 100) / 100,
    all: summarizeGroup(outcomes),
    monolingual: summarizeGroup(outcomes.filter((outcome) => outcome.question.kind === 'monolingual')),
    crossLanguage: summarizeGroup(outcomes.filter((outcome) => outcome.question.kind === 'cross-language')),
    byGroup,
  };
}
