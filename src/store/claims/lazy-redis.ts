/**
 * A Redis connection for claims and rate windows: connects on first use, and while Redis cannot be
 * reached commands fail at once (no offline queue, one retry) so that callers fall back to the store.
 */
import { createRequire } from 'node:module';
import type * as IoRedis from 'ioredis';
import type { Redis } from 'ioredis';

/** ioredis (a CommonJS package of some 60 modules) is loaded only when a Redis URL is configured. */
const requireModule = createRequire(import.meta.url);

export interface LazyRedis {
  /** Resolves once connected (connecting the first time). */
  ready(): Promise<Redis>;
  close(): Promise<void>;
}

export function openLazyRedis(url: string): LazyRedis {
  const { Redis: RedisClient } = requireModule('ioredis') as typeof IoRedis;
  const redis = new RedisClient(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Errors reach the callers through their commands; without a listener ioredis would also print them.
  redis.on('error', () => undefined);
  let connecting: Promise<void> | undefined;
  return {
    async ready() {
      if (redis.status === 'wait') connecting ??= redis.connect();
      if (redis.status !== 'ready') await connecting;
      return redis;
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
