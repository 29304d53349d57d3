/**
 * The question log as the core opens it, for store tests: logging on, 90 days, member ids hashed, the real
 * clock, no lexicon; `overrides` set a clock, flush delay or prune interval.
 */
import { createSilentLogger } from '../../src/logging/logger.js';
import { openQuestionLog, type QuestionLog, type QuestionLogDeps } from '../../src/operations/question-log.js';

export function openPlainQuestionLog(
  store: QuestionLogDeps['store'],
  overrides: Partial<Omit<QuestionLogDeps, 'store'>> = {},
): QuestionLog {
  return openQuestionLog({
    store,
    config: { enabled: true, retentionDays: 90, storeMemberIds: false },
    logger: createSilentLogger(),
    now: () => new Date(),
    findConcepts: () => [],
    ...overrides,
  });
}
