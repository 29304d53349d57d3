/**
 * Private answers kept for a while so "Share with channel" posts exactly the answer the member
 * saw (Slack does not send an ephemeral message back with a click). One cache per Slack app;
 * after a restart or when evicted, the share button's value (the question and the answer id) lets
 * the question be answered again.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CoreAnswer } from '../../src/index.js';

const keptMs = 30 * 60_000;
const maximumEntries = 500;

export interface ShareReference {
  /** The cache key. */
  key: string;
  question: string;
  answerId: string | undefined;
}

export const shareValueSchema = z
  .string()
  .transform((value, problem) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      problem.addIssue({ code: 'custom', message: 'answer-cache: share button value is not JSON' });
      return z.NEVER;
    }
  })
  .pipe(
    z.object({
      key: z.string().min(1).max(100),
      question: z.string().min(1).max(1_500),
      answerId: z.string().min(1).max(100).optional(),
    }),
  );

export interface AnswerCache {
  /** Keeps the answer; returns the share button's value. */
  keep(question: string, answer: CoreAnswer): string;
  get(key: string): CoreAnswer | undefined;
}

export function createAnswerCache(now: () => number = Date.now): AnswerCache {
  const entries = new Map<string, { answer: CoreAnswer; expiresAtMs: number }>();
  return {
    keep(question, answer) {
      const key = randomUUID();
      entries.set(key, { answer, expiresAtMs: now() + keptMs });
      while (entries.size > maximumEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
      const reference: ShareReference = { key, question: question.slice(0, 1_500), answerId: answer.answerId };
      return JSON.stringify(reference);
    },
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined || entry.expiresAtMs <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.answer;
    },
  };
}

const caches = new WeakMap<object, AnswerCache>();

/** The cache of one Slack app (keyed by its context). */
export function answerCacheOf(owner: object): AnswerCache {
  let cache = caches.get(owner);
  if (cache === undefined) {
    cache = createAnswerCache();
    caches.set(owner, cache);
  }
  return cache;
}
