/**
 * Event claims in Redis (MATCHCUT_REDIS_URL), the faster path: `SET key token NX PX lease` claims an
 * event for one replica; a completed event's key says `done` for a day (Slack retries within minutes),
 * and an unfinished claim's key simply expires with its lease, so a later delivery claims it again.
 * Redis does not count attempts: a claim after an expired lease is reported as `claimed`.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
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
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Errors reach the callers through their commands; without a listener ioredis would also print them.
  redis.on('error', () => undefined);
  let connecting: Promise<void> | undefined;
  const ready = async () => {
    if (redis.status === 'ready') return;
    if (redis.status === 'wait') connecting ??= redis.connect();
    await connecting;
  };
  const token = randomUUID();
  const keyOf = (key: string) => `matchcut:${community}:event:${key}`;
  return {
    async claimEvent(key, leaseMs) {
      await ready();
      const set = await redis.set(keyOf(key), token, 'PX', leaseMs, 'NX');
      if (set === 'OK') return { outcome: 'claimed', attempt: 1 };
      return { outcome: 'duplicate', done: (await redis.get(keyOf(key))) === doneValue };
    },
    async renewEvent(key, leaseMs) {
      await ready();
      if ((await redis.get(keyOf(key))) === doneValue) return false;
      return (await redis.pexpire(keyOf(key), leaseMs)) === 1;
    },
    async completeEvent(key) {
      await ready();
      await redis.set(keyOf(key), doneValue, 'PX', doneTtlMs);
    },
    async releaseEvent(key) {
      await ready();
      if ((await redis.get(keyOf(key))) !== doneValue) await redis.del(keyOf(key));
    },
    async close() {
      if (redis.status === 'wait' || redis.status === 'end') {
        redis.disconnect();
        return;
      }
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
