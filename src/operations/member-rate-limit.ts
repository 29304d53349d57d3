/**
 * Questions per member per window (MATCHCUT_MEMBER_RATE_LIMIT, default 20 a minute): a member who
 * asks more within the window gets BUSY (reason MEMBER_RATE_LIMIT, with the seconds until the window
 * is over) instead of an answer. Windows are counted where every replica sees them — Redis first when
 * MATCHCUT_REDIS_URL is set, else the store (a PostgreSQL table; with SQLite, this process's memory).
 * Members are counted under a hash of their id, never the id. A counter that cannot be reached never
 * stops an answer: the question is let through and the failure logged once per outage.
 */
import { createHash } from 'node:crypto';
import type { MemberRateLimit } from '../config/config.js';
import { busy } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { redisFirst } from '../store/claims/redis-first.js';

export interface TurnCounter {
  countTurn(key: string, windowMs: number): Promise<number>;
}

export interface MemberRateLimiter {
  /** Counts a question of `memberId` ("slack:U1"); throws BUSY when the member is over the limit. */
  take(memberId: string): Promise<void>;
}

/** Counts in Redis (`first`) and, while Redis cannot be reached, in the store (the outage logged once). */
export function counterWithFallback(first: TurnCounter, fallback: TurnCounter, logger: Logger): TurnCounter {
  const attempt = redisFirst(logger, 'rate windows');
  return {
    countTurn: (key, windowMs) =>
      attempt(
        () => first.countTurn(key, windowMs),
        () => fallback.countTurn(key, windowMs),
      ),
  };
}

export function createMemberRateLimiter(options: {
  limit: MemberRateLimit;
  counter: TurnCounter;
  logger: Logger;
  now?: () => number;
}): MemberRateLimiter {
  const { limit, counter, logger } = options;
  const now = options.now ?? Date.now;
  let failing = false;
  return {
    async take(memberId) {
      const at = now();
      const window = Math.floor(at / limit.windowMs);
      const member = createHash('sha256').update(memberId).digest('base64url').slice(0, 22);
      let count: number;
      try {
        count = await counter.countTurn(`${member}:${limit.windowMs}:${window}`, limit.windowMs);
        if (failing) logger.info('member rate windows are counted again');
        failing = false;
      } catch (error) {
        if (!failing) logger.warn({ err: error }, 'member rate windows cannot be counted: questions are let through');
        failing = true;
        return;
      }
      if (count <= limit.limit) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * limit.windowMs - at) / 1_000));
      const windowSeconds = Math.round(limit.windowMs / 1_000);
      throw busy(`a member asked ${count} questions within ${windowSeconds} s (limit ${limit.limit})`, {
        userMessage:
          `You have asked ${limit.limit} questions in ${windowSeconds} seconds, the most one member may; ` +
          `please try again in ${retryAfterSeconds} s.`,
        details: { reason: 'MEMBER_RATE_LIMIT', retryAfterSeconds, limit: limit.limit, windowSeconds },
      });
    },
  };
}
