/**
 * Sureness: whether a grounded sentence is given as the answer or shown as "not sure". The decision is a small
 * logistic model over what the answerer already knows of its best grounded sentence (its score and margin, how much
 * of the question it covers, where the entity is named, how the retrieval ranked its passage, how many sentences
 * and articles are grounded, what type of question is asked). Its weights are data (sureness-model.json), fitted on
 * the evaluation's tune half by `npx tsx eval/fit-sureness.ts` and validated when the answerer is created.
 */
import { z } from 'zod';
import { knowledgeError } from '../errors.js';
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import type { AskedType } from './answer-units.js';
import type { Candidate, WeightedTerm } from './candidate-scoring.js';
import { termMatch } from './term-match.js';

/** The features, in the order the model's weights are given. */
export const surenessFeatureNames = [
  'score',
  'logMargin',
  'coverage',
  'own',
  'entities',
  'entityOwn',
  'topic',
  'knownTopic',
  'crossing',
  'named',
  'termCount',
  'passageRank',
  'groundedSentences',
  'groundedArticles',
  'bestArticleFirst',
  'fusedRatio',
  'fusedGap',
  'lexicalRelevance',
  'denseSimilarity',
  'typePerson',
  'typeNumber',
  'typeDate',
  'typeOpen',
  'leadSentence',
  'scoreBelowBest',
  'rarestTopicOwn',
  'event',
  'unitRivals',
] as const;

export type SurenessFeatureName = (typeof surenessFeatureNames)[number];
export type SurenessFeatures = Record<SurenessFeatureName, number>;

/** What the answer says of its own sureness (for evaluation and debugging; adapters do not show it). */
export interface SurenessReport {
  features: SurenessFeatures;
  /** The model's estimate that the answer is right, 0..1. */
  probability: number;
  /**
   * Whether another grounded sentence that gives a different answer scores within ScoringSettings.sureMargin of this
   * one: then the answer is "not sure" whatever the model says, and the model is fitted on the other answers only.
   */
  tied: boolean;
}

const numberTypes = new Set<AskedType>(['count', 'amount', 'duration']);

/** The features of the best grounded sentence among the candidates of one ask. */
export function surenessFeatures(input: {
  best: Candidate;
  candidates: Candidate[];
  margin: number;
  passages: RetrievedPassage[];
  terms: WeightedTerm[];
  type: AskedType;
}): SurenessFeatures {
  const { best, candidates, margin, passages, terms, type } = input;
  const grounded = candidates.filter((candidate) => candidate.grounded);
  const articles = new Set(grounded.map((candidate) => candidate.passage.chunk.articleId));
  const first = passages[0];
  const second = passages[1];
  const evidence = best.evidence;
  return {
    score: best.score,
    // A tie (0) and a near tie (0.005) differ more than 0.3 and 0.5 do.
    logMargin: Math.log10(margin + 0.001),
    coverage: evidence.coverage,
    own: evidence.own,
    entities: evidence.entities,
    entityOwn: evidence.entityOwn,
    topic: evidence.topic,
    knownTopic: evidence.knownTopic,
    crossing: evidence.crossing ? 1 : 0,
    named: terms.some((item) => item.term.role === 'entity') ? 1 : 0,
    termCount: Math.log1p(terms.length),
    passageRank: Math.log1p(best.passageRank),
    groundedSentences: Math.log1p(grounded.length),
    groundedArticles: articles.size,
    bestArticleFirst: first?.chunk.articleId === best.passage.chunk.articleId ? 1 : 0,
    // Fusion scores are reciprocal ranks: their ratio to the first passage's is what tells, not their size.
    fusedRatio: first && first.fused > 0 ? best.passage.fused / first.fused : 0,
    fusedGap: first && second && first.fused > 0 ? (first.fused - second.fused) / first.fused : 0,
    lexicalRelevance: best.passage.lexicalRelevance ?? 0,
    denseSimilarity: best.passage.denseSimilarity ?? 0,
    typePerson: type === 'person' ? 1 : 0,
    typeNumber: numberTypes.has(type) ? 1 : 0,
    typeDate: type === 'date' ? 1 : 0,
    typeOpen: type === 'other' || type === 'definition' ? 1 : 0,
    // A report's opening sentence names the entity and the day of the announcement: it is grounded for many questions.
    leadSentence: best.passage.chunk.position === 0 && best.index === 0 ? 1 : 0,
    // How far a sentence that is not grounded scores above the best grounded one (what is asked may be said there).
    scoreBelowBest: Math.max(0, ...candidates.map((candidate) => candidate.score)) - best.score,
    rarestTopicOwn: rarestTopicOwn(best, terms),
    // What the question says happened, told in the sentence itself (candidate-scoring's evidence.event).
    event: evidence.event,
    unitRivals: unitRivals(best, candidates),
  };
}

/**
 * Whether the sentence itself holds the rarest word the question says about its entity (what is asked, "interview",
 * "budget"), not only its neighbours: 1, 0.8 for another form of the word, 0 when it is missing.
 */
function rarestTopicOwn(best: Candidate, terms: WeightedTerm[]): number {
  const topic = terms
    .filter((item) => item.known && !item.term.counted && item.term.role !== 'entity' && item.term.role !== 'place')
    .sort((left, right) => right.sharp - left.sharp)[0];
  return topic === undefined ? 1 : termMatch(topic.term, best.keys);
}

/** A score this close to the best one makes another sentence with a unit of the asked type a rival answer. */
const rivalScoreGap = 0.15;

/**
 * How many other sentences read (each text once: overlapping passages repeat sentences) hold a unit of the asked type
 * and score within rivalScoreGap of the best one, grounded or not (log). A wrong answer is usually one of several
 * sentences that each give a figure, a date or a name of the asked kind with about the same support; a right one
 * more often stands alone. Alone it separates right answers from the others better than any other feature (tune
 * half, AUC 0.73); in the model it took cross-validated AUC 0.739 → 0.756 together with `event`.
 */
function unitRivals(best: Candidate, candidates: Candidate[]): number {
  const sentenceOf = (candidate: Candidate) => candidate.analysed.sentences[candidate.index] as string;
  const bestText = sentenceOf(best);
  const rivals = new Set<string>();
  for (const candidate of candidates) {
    const text = sentenceOf(candidate);
    if (candidate.evidence.unit && text !== bestText && candidate.score >= best.score - rivalScoreGap) rivals.add(text);
  }
  return Math.log1p(rivals.size);
}

export const surenessModelSchema = z.object({
  /** What the model was fitted on and how to fit it again. */
  provenance: z.object({ fittedOn: z.string(), command: z.string(), figures: z.array(z.string()) }),
  features: z.array(z.string()),
  /** Each feature is standardised ((value - mean) / scale) before it is weighed. */
  means: z.array(z.number()),
  scales: z.array(z.number().positive()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** The probability at or above which a grounded answer is given as sure. */
  threshold: z.number().min(0).max(1),
});
export type SurenessModelData = z.infer<typeof surenessModelSchema>;

export interface SurenessModel {
  probability(features: SurenessFeatures): number;
  threshold: number;
}

/** Validates the model's data: its features must be the answerer's, in the same order, each with its weight. */
export function loadSurenessModel(data: unknown, source = 'src/answer/sureness-model.json'): SurenessModel {
  const parsed = surenessModelSchema.safeParse(data);
  const refit = 'fit it again with `npx tsx eval/fit-sureness.ts`';
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw knowledgeError(`${source} → ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? 'invalid'}; ${refit}`);
  }
  const model = parsed.data;
  const expected = surenessFeatureNames.join(', ');
  if (model.features.join(', ') !== expected) {
    throw knowledgeError(`${source} → features: expected [${expected}], got [${model.features.join(', ')}]; ${refit}`);
  }
  for (const field of ['means', 'scales', 'weights'] as const) {
    if (model[field].length !== surenessFeatureNames.length) {
      throw knowledgeError(
        `${source} → ${field}: expected ${surenessFeatureNames.length} numbers, got ${model[field].length}; ${refit}`,
      );
    }
  }
  return {
    threshold: model.threshold,
    probability(features) {
      let sum = model.bias;
      for (const [index, name] of surenessFeatureNames.entries()) {
        const value = (features[name] - (model.means[index] as number)) / (model.scales[index] as number);
        sum += (model.weights[index] as number) * value;
      }
      return 1 / (1 + Math.exp(-sum));
    },
  };
}
