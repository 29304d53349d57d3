/**
 * Slack re-sends an event (same `event_id`, with `X-Slack-Retry-Num`) when it thinks the
 * first delivery failed; Bolt does not de-duplicate. This remembers event ids for a
 * bounded time and a bounded count, so a retry is recognised and memory stays flat. With replicas
 * it is the first, fast check before the shared claim (./event-claims.ts), which `forget`s an event
 * another replica holds unfinished, so that a later retry here is checked against the claim again.
 */
export interface EventDeduplicatorOptions {
  /** How long an id is remembered (Slack retries within about 5 minutes). */
  ttlMs?: number;
  /** At most this many ids are kept; the oldest go first. */
  maximumEntries?: number;
  now?: () => number;
}

export interface EventDeduplicator {
  /** True the first time an id is seen within the TTL; false for a repeat. */
  isFirstDelivery(eventId: string): boolean;
  /** Forgets an id: its next delivery counts as a first one again. */
  forget(eventId: string): void;
  size(): number;
}

export function createEventDeduplicator(options: EventDeduplicatorOptions = {}): EventDeduplicator {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maximum = options.maximumEntries ?? 10_000;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order: every entry gets the same TTL.
  const seen = new Map<string, number>();

  const evict = (time: number) => {
    for (const [id, expiresAtMs] of seen) {
      if (expiresAtMs > time && seen.size <= maximum) break;
      seen.delete(id);
    }
  };

  return {
    isFirstDelivery(eventId) {
      const time = now();
      evict(time);
      const expiresAtMs = seen.get(eventId);
      if (expiresAtMs !== undefined && expiresAtMs > time) return false;
      seen.set(eventId, time + ttlMs);
      evict(time);
      return true;
    },
    forget(eventId) {
      seen.delete(eventId);
    },
    size: () => seen.size,
  };
}
