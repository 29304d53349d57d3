/**
 * The question log's neutral types, shared by the core interface (src/core-types.ts) and the
 * adapters: where a question came from, the id its answer carries, answer ratings, the logged
 * rows and the organizer report's question statistics and coverage gaps. No SQLite here.
 */
import type { Answer, AskOptions } from '../answer/types.js';

export const askPlatforms = ['cli', 'slack', 'discord'] as const;
/** Where a question was asked. */
export type AskPlatform = (typeof askPlatforms)[number];

export const answerRatings = ['helpful', 'not_helpful'] as const;
/** A member's vote on an answer. */
export type AnswerRating = (typeof answerRatings)[number];

/** How the logged answer came about: `refused` when it said the sources do not cover the question. */
export type LoggedAnswerPath = 'extractive' | 'generated' | 'refused';

/**
 * `Matchcut.ask` options: the conversation (AskOptions) plus where the question came from. A question is
 * logged when the log is on (MATCHCUT_QUESTION_LOG), `platform` is given and `log` is not false; its answer
 * then carries `answerId`. Batch runs and evaluations pass `log: false`.
 */
export interface CoreAskOptions extends AskOptions {
  platform?: AskPlatform | undefined;
  /** The Slack team id or Discord server id. */
  communityId?: string | undefined;
  /** The channel (or DM) id the question was asked in. */
  channelId?: string | undefined;
  /** The asker ("slack:U1", "discord:123"); stored only as a salted hash unless MATCHCUT_QUESTION_LOG_MEMBERS=1. */
  memberId?: string | undefined;
  /** False: answer without logging (default true). */
  log?: boolean | undefined;
}

/** What `Matchcut.ask` returns: the neutral answer, with the id to rate it by when the question was logged. */
export interface CoreAnswer extends Answer {
  /** Present when the question was logged: pass it to `rateAnswer` (e.g. in a button's value). */
  answerId?: string | undefined;
}

export interface RateAnswerInput {
  answerId: string;
  /** The voter ("slack:U1", "discord:123", "cli"); one vote per member per answer, the latest counts. */
  member: string;
  rating: AnswerRating;
}

/** The rated answer's question (for escalation) and its vote counts after this vote. */
export interface RateAnswerResult {
  answerId: string;
  /** The question as asked (verbatim, whitespace collapsed): adapters post it when escalating. */
  question: string;
  language: string;
  platform: AskPlatform;
  communityId: string | undefined;
  channelId: string | undefined;
  /** This member's vote now. */
  rating: AnswerRating;
  /** This member's earlier vote on this answer; undefined for a first vote. */
  previousRating: AnswerRating | undefined;
  /** Counts of votes (each member's latest). */
  helpful: number;
  notHelpful: number;
  /** Whether the answer was grounded in the sources. */
  grounded: boolean;
}

/** One row of the question log. */
export interface LoggedQuestion {
  id: string;
  /** ISO time it was asked. */
  at: string;
  question: string;
  language: string;
  platform: AskPlatform;
  communityId: string | undefined;
  channelId: string | undefined;
  /** Salted hash of the asker, or the asker's id with MATCHCUT_QUESTION_LOG_MEMBERS=1; undefined when not given. */
  member: string | undefined;
  path: LoggedAnswerPath;
  grounded: boolean;
  citedArticleIds: string[];
  latencyMs: number;
  /** The answer's rating: the side with more votes (a tie: the latest vote); undefined before any vote. */
  rating: AnswerRating | undefined;
  helpful: number;
  notHelpful: number;
}

export interface QuestionListOptions {
  /** Only questions asked at or after this time (default: all kept). */
  since?: Date | undefined;
  /** At most this many, newest first (default: all). */
  limit?: number | undefined;
}

/** Question statistics of the organizer report. */
export interface QuestionStatistics {
  asked: number;
  /** Answered from the sources (grounded). */
  answered: number;
  /** Not covered by the sources (the answer said so). */
  notCovered: number;
  /** Votes (each member's latest) on answers to these questions. */
  helpful: number;
  notHelpful: number;
  /** ISO 639-1 code → questions. */
  byLanguage: Record<string, number>;
  /** cli / slack / discord → questions. */
  byPlatform: Record<string, number>;
}

/** Unanswered or not-helpful questions of one meaning (same concepts, or near-duplicate wording, any language). */
export interface CoverageGap {
  /** One of the questions, verbatim. */
  example: string;
  count: number;
  /** ISO 639-1 codes of the questions, most frequent first. */
  languages: string[];
}

export interface ReportOptions {
  /** Questions asked at or after this time count (default: the last 30 days). */
  since?: Date | undefined;
}

/** What the organizer report adds about questions. */
export interface QuestionReport {
  /** The start of the period the questions were counted over (ISO time). */
  questionsSince: string;
  questions: QuestionStatistics;
  /** Most frequent first. */
  gaps: CoverageGap[];
}
