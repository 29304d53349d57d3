/**
 * Redis first, the store while Redis cannot be reached: each call tries Redis and, when that fails,
 * does the same with the store. An outage is logged once when it starts and once when Redis answers again.
 */
import type { Logger } from '../../logging/logger.js';

export type RedisFirst = <T>(first: () => Promise<T>, fallback: () => Promise<T>) => Promise<T>;

/** `what` names what moves ("event claims", "rate windows") in the two log lines. */
export function redisFirst(logger: Logger, what: string): RedisFirst {
  let down = false;
  return async (first, fallback) => {
    try {
      const result = await first();
      if (down) logger.info(`Redis answers again: ${what} go to Redis`);
      down = false;
      return result;
    } catch (error) {
      if (!down) logger.warn({ err: error }, `Redis cannot be reached: ${what} go to the store meanwhile`);
      down = true;
      return fallback();
    }
  };
}
