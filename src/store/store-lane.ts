/**
 * The SQLite store's async lane: a promise-queue mutex per store. better-sqlite3 is synchronous
 * and one connection has one transaction, so every piece of store work — a single method, or a
 * whole `transaction` with its awaits — runs alone on the lane, in call order. Work queued from
 * inside a lane's own work would wait for itself forever; it is refused with an error instead.
 *
 * Stores opened on the same file in one process (two communities, a second service in a test)
 * share one lane: SQLite's busy wait is synchronous, so a second connection waiting for the write
 * lock would block the very event loop the first connection's transaction needs to finish.
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

/** The lanes of the files open in this process, with how many stores use each. */
const sharedLanes = new Map<string, { lane: StoreLane; users: number }>();

/**
 * The lane of `key` (a resolved file path) for one more store; `release` when that store closes.
 * Without a key (a database in memory) the lane is the store's own.
 */
export function acquireStoreLane(key: string | undefined, location: string): { lane: StoreLane; release: () => void } {
  if (key === undefined) return { lane: createStoreLane(location), release: () => undefined };
  const shared = sharedLanes.get(key) ?? { lane: createStoreLane(location), users: 0 };
  shared.users += 1;
  sharedLanes.set(key, shared);
  let released = false;
  return {
    lane: shared.lane,
    release() {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users === 0 && sharedLanes.get(key) === shared) sharedLanes.delete(key);
    },
  };
}
