/**
 * What the bots claim work with (issue 18): events (a Slack event_id, a Discord interaction or message
 * id) and scheduled runs (schedule id and fire time), each claimed with a lease before the work so
 * that across replicas it is done once. Events go to Redis first when MATCHCUT_REDIS_URL is set (and
 * to the store while Redis cannot be reached); without it, and for scheduled runs always, the store
 * (PostgreSQL with MATCHCUT_DATABASE_URL, else the SQLite file) holds the claims.
 */
import type { CoreConfig } from '../../config/config.js';
import type { Logger } from '../../logging/logger.js';
import { openConfiguredStore } from '../open-configured-store.js';
import type { ClaimResult } from './claim-types.js';
import { createRedisEventClaims, type RedisEventClaims } from './redis-event-claims.js';
import { redisFirst } from './redis-first.js';

export type { ClaimResult } from './claim-types.js';

/** Claims are kept this long (Slack retries for minutes; a day leaves room), then pruned hourly. */
const keepClaimsMs = 24 * 3_600_000;
const pruneEveryMs = 3_600_000;

/** The default of MATCHCUT_EVENT_LEASE_MS. */
export const defaultEventLeaseMs = 10_000;

export interface EventClaims {
  /** MATCHCUT_EVENT_LEASE_MS. */
  readonly leaseMs: number;
  /** Where event claims go first. */
  readonly backend: 'redis' | 'postgres' | 'sqlite';
  /** Claims an event for the lease: claimed, a duplicate (in flight or done), or taken over. */
  claimEvent(key: string): Promise<ClaimResult>;
  /** Extends a held event's lease (long work). */
  renewEvent(key: string): Promise<boolean>;
  completeEvent(key: string): Promise<void>;
  /** The work failed before any effect: the next delivery claims it at once. */
  releaseEvent(key: string): Promise<void>;
  /** Claims a scheduled run (fire time as an ISO string) for `leaseMs` (default the event lease). */
  claimScheduleRun(scheduleId: string, fireTime: string, leaseMs?: number): Promise<ClaimResult>;
  renewScheduleRun(scheduleId: string, fireTime: string, leaseMs?: number): Promise<boolean>;
  completeScheduleRun(scheduleId: string, fireTime: string): Promise<void>;
  close(): Promise<void>;
}

/** The event half of a claim store (the store's, or Redis's). */
type EventClaimBackend = Pick<RedisEventClaims, 'claimEvent' | 'renewEvent' | 'completeEvent' | 'releaseEvent'>;

/** Event claims over Redis, falling back to the store (logged once per outage) when a command fails. */
function withRedisFirst(redis: EventClaimBackend, store: EventClaimBackend, logger: Logger): EventClaimBackend {
  const attempt = redisFirst(logger, 'event claims');
  return {
    claimEvent: (key, leaseMs) =>
      attempt(
        () => redis.claimEvent(key, leaseMs),
        () => store.claimEvent(key, leaseMs),
      ),
    renewEvent: (key, leaseMs) =>
      attempt(
        () => redis.renewEvent(key, leaseMs),
        () => store.renewEvent(key, leaseMs),
      ),
    completeEvent: (key) =>
      attempt(
        () => redis.completeEvent(key),
        () => store.completeEvent(key),
      ),
    releaseEvent: (key) =>
      attempt(
        () => redis.releaseEvent(key),
        () => store.releaseEvent(key),
      ),
  };
}

/** Opens the claims of the configured store (and Redis, when set), for the configured community. */
export async function openEventClaims(
  config: Pick<CoreConfig, 'dataDir' | 'store'>,
  options: { logger: Logger },
): Promise<EventClaims> {
  const leaseMs = config.store?.eventLeaseMs ?? defaultEventLeaseMs;
  const store = await openConfiguredStore(config, options);
  const redisUrl = config.store?.redisUrl;
  const redis = redisUrl === undefined ? undefined : createRedisEventClaims(redisUrl, store.community);
  const prune = setInterval(() => {
    store
      .deleteClaimsBefore(new Date(Date.now() - keepClaimsMs).toISOString())
      .then((count) => {
        if (count > 0) options.logger.info({ count }, 'old event claims and scheduled runs pruned');
      })
      .catch((error: unknown) => options.logger.warn({ err: error }, 'old claims could not be pruned'));
  }, pruneEveryMs);
  prune.unref();
  const events: EventClaimBackend = redis === undefined ? store : withRedisFirst(redis, store, options.logger);
  return {
    leaseMs,
    backend: redis === undefined ? store.backend : 'redis',
    claimEvent: (key) => events.claimEvent(key, leaseMs),
    renewEvent: (key) => events.renewEvent(key, leaseMs),
    completeEvent: (key) => events.completeEvent(key),
    releaseEvent: (key) => events.releaseEvent(key),
    claimScheduleRun: (scheduleId, fireTime, lease = leaseMs) => store.claimScheduleRun(scheduleId, fireTime, lease),
    renewScheduleRun: (scheduleId, fireTime, lease = leaseMs) => store.renewScheduleRun(scheduleId, fireTime, lease),
    completeScheduleRun: (scheduleId, fireTime) => store.completeScheduleRun(scheduleId, fireTime),
    async close() {
      clearInterval(prune);
      await redis?.close();
      await store.close();
    },
  };
}
