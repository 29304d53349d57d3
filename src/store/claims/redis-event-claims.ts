/**
 * Event claims in Redis (MATCHCUT_REDIS_URL), the faster path: `SET key token NX PX lease` claims an
 * event for one replica; a completed event's key says `done` for a day (Slack retries within minutes),
 * and an unfinished claim's key simply expires with its lease, so a later delivery claims it again.
 * Redis does not count attempts: a claim after an expired lease is reported as `claimed`.
 */
import { randomUUID } from 'node:crypto';
import { openLazyRedis } from './lazy-redis.js';
import type { ClaimResult } from './claim-types.js';

/** How long a completed event stays a duplicate. */
const doneTtlMs = 24 * 3_600_000;
const doneValue = 'done';

export interface RedisEventClaims {
  claimEvent(key: string, leaseMs: number): Promise<ClaimResult>;
  renewEvent(key: string, leaseMs: number): Promise<boolean>;
  completeEvent(key: string): Promise<void>;
  releaseEvent(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Connects lazily; commands fail at once (no offline queue) while Redis is unreachable, so callers can fall back. */
export function createRedisEventClaims(url: string, community: string): RedisEventClaims {
  const connection = openLazyRedis(url);
  const token = randomUUID();
  const keyOf = (key: string) => `matchcut:${community}:event:${key}`;
  return {
    async claimEvent(key, leaseMs) {
      const redis = await connection.ready();
      const set = await redis.set(keyOf(key), token, 'PX', leaseMs, 'NX');
      if (set === 'OK') return { outcome: 'claimed', attempt: 1 };
      return { outcome: 'duplicate', done: (await redis.get(keyOf(key))) === doneValue };
    },
    async renewEvent(key, leaseMs) {
      const redis = await connection.ready();
      if ((await redis.get(keyOf(key))) === doneValue) return false;
      return (await redis.pexpire(keyOf(key), leaseMs)) === 1;
    },
    async completeEvent(key) {
      const redis = await connection.ready();
      await redis.set(keyOf(key), doneValue, 'PX', doneTtlMs);
    },
    async releaseEvent(key) {
      const redis = await connection.ready();
      if ((await redis.get(keyOf(key))) !== doneValue) await redis.del(keyOf(key));
    },
    close: () => connection.close(),
  };
}
