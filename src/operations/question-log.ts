/**
 * The question log as the core uses it: every logged question with how it was answered
 * (`loggedAsk` wraps the core's ask — one place for every adapter), answer ratings, the
 * listing, the report's question figures and coverage gaps, and retention (old rows deleted
 * at open and daily). The row is written off the answer path (./question-log-writer.ts): the
 * answer, with its id made beforehand, returns first; a vote, a listing or the report waits for
 * the rows it needs, and `close` writes what is queued. A failing log write never fails an answer.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Answer } from '../answer/types.js';
import type { QuestionLogConfig } from '../config/config.js';
import type { Matchcut } from '../core-types.js';
import { badInput, notFound } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { OrganizerReport } from '../matchmaking/types.js';
import type { QuestionLogStore } from '../store/store-interface.js';
import { type ConceptFinder, findCoverageGaps } from './coverage-gaps.js';
import { createQuestionLogWriter, type QueuedQuestion } from './question-log-writer.js';
import {
  answerRatings,
  askPlatforms,
  type CoreAnswer,
  type CoreAskOptions,
  type LoggedQuestion,
  type QuestionListOptions,
  type QuestionReport,
  type RateAnswerInput,
  type RateAnswerResult,
  type ReportOptions,
} from './question-log-types.js';
import { questionStatistics } from './question-statistics.js';

const dayMs = 24 * 60 * 60 * 1_000;
/** The report's default period. */
export const defaultReportPeriodMs = 30 * dayMs;
export const defaultQuestionLogConfig: QuestionLogConfig = { enabled: true, retentionDays: 90, storeMemberIds: false };

export interface QuestionLogDeps {
  /** Where questions and votes are kept (the core's store; it stays open after `close`). */
  store: QuestionLogStore;
  config: QuestionLogConfig | undefined;
  logger: Logger;
  now: () => Date;
  /** The shared lexicon's concept ids in a text (coverage gaps across languages). */
  findConcepts: ConceptFinder;
  /** How often old rows are deleted while running (default daily; 0: only at open). */
  pruneIntervalMs?: number | undefined;
  /** How long a logged question's row waits to share its write with others (default 500 ms). */
  flushDelayMs?: number | undefined;
}

export interface QuestionLog {
  /** Runs `answer` and logs the question when its options ask for it; the answer then carries `answerId`. */
  loggedAsk(
    question: string,
    options: CoreAskOptions | undefined,
    answer: (question: string, options?: CoreAskOptions) => Promise<Answer>,
  ): Promise<CoreAnswer>;
  rateAnswer(input: RateAnswerInput): Promise<RateAnswerResult>;
  questions(options?: QuestionListOptions): Promise<LoggedQuestion[]>;
  report(options?: ReportOptions): Promise<QuestionReport>;
  /** Deletes rows older than the retention period; returns how many. */
  prune(): Promise<number>;
  /** Stops pruning and writes the rows still queued. */
  close(): Promise<void>;
}

const rateAnswerSchema = z.object({
  answerId: z.string().trim().min(1).max(100),
  member: z.string().trim().min(1).max(200),
  rating: z.enum(answerRatings, { message: 'must be helpful or not_helpful' }),
});

function checkedRating(input: unknown): RateAnswerInput {
  const parsed = rateAnswerSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw badInput(`rateAnswer: ${issue?.path.join('.') || '(input)'}: ${issue?.message ?? 'invalid'}`);
}

/** Where a question came from, checked before logging (an adapter mistake is a warning, never a failed answer). */
const askOriginSchema = z.object({
  platform: z.enum(askPlatforms),
  communityId: z.string().min(1).max(200).optional(),
  channelId: z.string().min(1).max(200).optional(),
  memberId: z.string().min(1).max(200).optional(),
});

const newAnswerId = () => `a${randomBytes(9).toString('base64url')}`;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The stored form of a member id: a hash salted with the community's salt, or the id itself when `storeMemberIds`. */
function memberKeys(store: QuestionLogStore, storeMemberIds: boolean) {
  let salt: Promise<string> | undefined;
  return async (member: string) => {
    if (storeMemberIds) return member;
    salt ??= store.questionLogSalt();
    const secret = await salt.catch((error: unknown) => {
      salt = undefined;
      throw error;
    });
    return createHmac('sha256', secret).update(member).digest('hex').slice(0, 32);
  };
}

/** Whether an ask's origin can be logged; when not, the field is named in a warning (the answer is sent anyway). */
function originChecked(options: CoreAskOptions, logger: Logger): boolean {
  const origin = askOriginSchema.safeParse({
    platform: options.platform,
    communityId: options.communityId,
    channelId: options.channelId,
    memberId: options.memberId,
  });
  if (origin.success) return true;
  const issue = origin.error.issues[0];
  const field = `options.${issue?.path.join('.') ?? '?'}`;
  logger.warn({ field }, `question log: ${field}: ${issue?.message ?? 'invalid'}; the question is not logged`);
  return false;
}

/** The row of an answered question as queued for writing. */
function queuedRow(
  id: string,
  at: Date,
  question: string,
  options: CoreAskOptions,
  answer: Answer,
  latencyMs: number,
): QueuedQuestion {
  return {
    id,
    at: at.toISOString(),
    question: collapse(question),
    language: answer.language,
    platform: options.platform as NonNullable<CoreAskOptions['platform']>,
    communityId: options.communityId,
    channelId: options.channelId,
    memberId: options.memberId,
    path: answer.grounded ? answer.path : 'refused',
    grounded: answer.grounded,
    citedArticleIds: [...new Set(answer.citations.map((citation) => citation.articleId))],
    latencyMs,
  };
}

export function openQuestionLog(deps: QuestionLogDeps): QuestionLog {
  const config = deps.config ?? defaultQuestionLogConfig;
  const repository = deps.store;
  const memberKey = memberKeys(repository, config.storeMemberIds);
  const prune = async () => {
    const before = new Date(deps.now().getTime() - config.retentionDays * dayMs).toISOString();
    const deleted = await repository.deleteQuestionsBefore(before);
    if (deleted > 0) deps.logger.info({ deleted, before }, 'question log: old questions deleted');
    return deleted;
  };
  let closed = false;
  const safePrune = async () => {
    try {
      if (!closed) await prune();
    } catch (error) {
      if (!closed) deps.logger.warn({ err: error }, 'question log: deleting old questions failed');
    }
  };
  const firstPrune = safePrune();
  const intervalMs = deps.pruneIntervalMs ?? dayMs;
  const timer = intervalMs > 0 ? setInterval(() => void safePrune(), intervalMs) : undefined;
  timer?.unref();

  const writer = createQuestionLogWriter({
    addQuestions: (rows) => repository.addQuestions(rows),
    memberKey,
    logger: deps.logger,
    flushDelayMs: deps.flushDelayMs,
  });
  return {
    async loggedAsk(question, options, answer) {
      const logged = config.enabled && options?.platform !== undefined && options.log !== false;
      const startedMs = performance.now();
      const result = await answer(question, options);
      if (!logged) return result;
      if (!originChecked(options, deps.logger)) return result;
      const id = newAnswerId();
      writer.enqueue(queuedRow(id, deps.now(), question, options, result, performance.now() - startedMs));
      return { ...result, answerId: id };
    },
    async rateAnswer(input) {
      const { answerId, member, rating } = checkedRating(input);
      // A vote that comes before its answer's row is written waits for it (the row is written now).
      if (!(await writer.written(answerId))) {
        throw notFound(`Answer ${answerId} could not be logged, so it cannot be rated.`, {
          userMessage: 'That answer is not in the question log, so it cannot be rated.',
          details: { reason: 'ANSWER_EXPIRED' },
        });
      }
      const recorded = await repository.vote(answerId, await memberKey(member), rating, deps.now().toISOString());
      if (recorded === undefined) {
        throw notFound(`No logged answer ${answerId}: it may be older than the question log keeps.`, {
          userMessage: 'That answer is no longer in the question log, so it cannot be rated.',
          details: { reason: 'ANSWER_EXPIRED' },
        });
      }
      const { question } = recorded;
      return {
        answerId,
        question: question.question,
        language: question.language,
        platform: question.platform,
        communityId: question.communityId,
        channelId: question.channelId,
        rating,
        previousRating: recorded.previousRating,
        helpful: question.helpful,
        notHelpful: question.notHelpful,
        grounded: question.grounded,
      };
    },
    async questions(options = {}) {
      await Promise.all([firstPrune, writer.flush()]);
      return repository.listQuestions({ sinceIso: options.since?.toISOString(), limit: options.limit });
    },
    async report(options = {}) {
      await Promise.all([firstPrune, writer.flush()]);
      const since = options.since ?? new Date(deps.now().getTime() - defaultReportPeriodMs);
      const questions = await repository.listQuestions({ sinceIso: since.toISOString() });
      return {
        questionsSince: since.toISOString(),
        questions: questionStatistics(questions),
        gaps: findCoverageGaps(questions, deps.findConcepts),
      };
    },
    prune,
    async close() {
      closed = true;
      if (timer !== undefined) clearInterval(timer);
      await writer.close();
    },
  };
}

/**
 * The core's methods the question log provides (src/open-matchcut.ts spreads them into `Matchcut`):
 * ask through the log, rateAnswer, questions, and the report with its questions and gaps added.
 */
export function questionLogMethods(
  log: QuestionLog,
  core: {
    ask: (question: string, options?: CoreAskOptions) => Promise<Answer>;
    report: () => Promise<OrganizerReport>;
  },
): Pick<Required<Matchcut>, 'ask' | 'rateAnswer' | 'questions' | 'report'> {
  return {
    ask: (question, options) => log.loggedAsk(question, options, core.ask),
    rateAnswer: (input) => log.rateAnswer(input),
    questions: (options) => log.questions(options),
    report: async (options) => ({ ...(await core.report()), ...(await log.report(options)) }),
  };
}
