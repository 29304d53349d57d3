/**
 * Rate windows in Redis (MATCHCUT_REDIS_URL): `SET key 0 PX window NX` then `INCR key` in one
 * transaction, so a window's key always expires with its window and every replica counts the same
 * member's questions together.
 */
import { openLazyRedis } from './lazy-redis.js';

export interface RedisTurnCounter {
  countTurn(key: string, windowMs: number): Promise<number>;
  close(): Promise<void>;
}

export function createRedisTurnCounter(url: string, community: string): RedisTurnCounter {
  const connection = openLazyRedis(url);
  return {
    async countTurn(key, windowMs) {
      const redis = await connection.ready();
      const name = `matchcut:${community}:turns:${key}`;
      const results = await redis.multi().set(name, '0', 'PX', windowMs, 'NX').incr(name).exec();
      const counted = results?.[1];
      if (counted === undefined || counted[0] !== null) throw counted?.[0] ?? new Error('Redis did not count the turn');
      return Number(counted[1]);
    },
    close: () => connection.close(),
  };
}
