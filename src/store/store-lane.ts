/**
 * The SQLite store's async lane: a promise-queue mutex per store. better-sqlite3 is synchronous
 * and one connection has one transaction, so every piece of store work — a single method, or a
 * whole `transaction` with its awaits — runs alone on the lane, in call order. Work queued from
 * inside a lane's own work would wait for itself forever; it is refused with an error instead.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { MatchcutError } from '../errors.js';

export interface StoreLane {
  /** Runs `work` once everything queued before it has finished; its result or error is returned. */
  run<T>(work: () => T | Promise<T>): Promise<T>;
}

const ignore = () => undefined;

export function createStoreLane(location: string): StoreLane {
  const inside = new AsyncLocalStorage<boolean>();
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => T | Promise<T>): Promise<T> {
      if (inside.getStore() === true) {
        return Promise.reject(
          new MatchcutError(
            'INTERNAL',
            `store ${location}: called from inside one of its own transactions; use the transaction's session`,
          ),
        );
      }
      const result = tail.then(() => inside.run(true, work));
      tail = result.then(ignore, ignore);
      return result;
    },
  };
}
