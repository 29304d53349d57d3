/**
 * Private `/ask` answers kept for a while, so "Share with channel" posts exactly the answer the
 * member saw, however many messages it took. One store per bot (keyed by its context); after a
 * restart the clicked message itself is shared.
 */
import { randomUUID } from 'node:crypto';
import type { CoreAnswer } from '../../src/index.js';

const keptMs = 15 * 60_000;
const maximumEntries = 500;

export interface PrivateAnswer {
  question: string;
  answer: CoreAnswer;
}

export interface PrivateAnswers {
  /** Keeps the answer; returns its key (short enough for a custom id). */
  keep(entry: PrivateAnswer): string;
  get(key: string): PrivateAnswer | undefined;
}

function createPrivateAnswers(now: () => number = Date.now): PrivateAnswers {
  const entries = new Map<string, PrivateAnswer & { expiresAtMs: number }>();
  return {
    keep(entry) {
      const key = randomUUID();
      entries.set(key, { ...entry, expiresAtMs: now() + keptMs });
      while (entries.size > maximumEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
      return key;
    },
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined || entry.expiresAtMs <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
  };
}

const stores = new WeakMap<object, PrivateAnswers>();

export function privateAnswersOf(owner: object): PrivateAnswers {
  let store = stores.get(owner);
  if (store === undefined) {
    store = createPrivateAnswers();
    stores.set(owner, store);
  }
  return store;
}
