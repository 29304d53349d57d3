/**
 * Each Slack event answered once across replicas (issue 18). Bolt acknowledges an Events API request
 * before any middleware runs; this middleware, after the in-memory de-duplication (a first fast check,
 * ./listeners/event-filters.ts), claims the event_id with a lease in the shared store (or Redis) before
 * the listeners do any work. A delivery another replica holds or finished is dropped (it was already
 * acknowledged); a claim whose replica died unrenewed is taken over by a later retry once the lease
 * has run out. The lease is renewed while the work runs, completed when it ends, and released when the
 * work throws, so the next retry may try again. A claim store that cannot be reached never stops an
 * answer: the event is handled here (logged).
 */
import path from 'node:path';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { type EventClaims, findPackageRoot, loadConfig, type Logger, openEventClaims } from '../../src/index.js';
import type { EventDeduplicator } from './event-deduplicator.js';

export type SlackEventClaims = Pick<
  EventClaims,
  'leaseMs' | 'claimEvent' | 'renewEvent' | 'completeEvent' | 'releaseEvent'
>;

/** Runs `work` while renewing the claim every third of its lease. */
export async function whileRenewing<T>(
  renew: () => Promise<unknown>,
  leaseMs: number,
  work: () => Promise<T>,
  logger: Logger,
): Promise<T> {
  const timer = setInterval(
    () => {
      renew().catch((error: unknown) => logger.warn({ err: error }, 'a claim could not be renewed'));
    },
    Math.max(Math.floor(leaseMs / 3), 50),
  );
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

export function eventClaimMiddleware(
  claims: SlackEventClaims,
  logger: Logger,
  deduplicator?: Pick<EventDeduplicator, 'forget'>,
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context: bolt, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') {
      await next();
      return;
    }
    const key = `slack:${eventId}`;
    const retry = { eventId, retryNum: bolt.retryNum, retryReason: bolt.retryReason };
    let claim;
    try {
      claim = await claims.claimEvent(key);
    } catch (error) {
      logger.error({ ...retry, err: error }, 'the Slack event could not be claimed; handling it here');
      await next();
      return;
    }
    if (claim.outcome === 'duplicate') {
      // Held by another replica, unfinished: a later retry here must ask the claim again (it may take over).
      if (!claim.done) deduplicator?.forget(eventId);
      logger.info({ ...retry, done: claim.done }, 'duplicate Slack event ignored: claimed by another delivery');
      return;
    }
    if (claim.outcome === 'taken-over') {
      logger.warn({ ...retry, attempt: claim.attempt }, 'Slack event taken over: its earlier claim ran out');
    }
    try {
      await whileRenewing(() => claims.renewEvent(key), claims.leaseMs, next, logger);
    } catch (error) {
      await claims.releaseEvent(key).catch(() => undefined);
      throw error;
    }
    await claims
      .completeEvent(key)
      .catch((error: unknown) => logger.warn({ ...retry, err: error }, 'the Slack event could not be marked done'));
  };
}

/**
 * The claims of a deployment that shares state (MATCHCUT_DATABASE_URL or MATCHCUT_REDIS_URL set), read
 * from the environment the core was configured by; undefined otherwise (one process: the in-memory
 * de-duplication is enough, as before).
 */
export async function openSharedEventClaims(
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<EventClaims | undefined> {
  if (!env.MATCHCUT_DATABASE_URL?.trim() && !env.MATCHCUT_REDIS_URL?.trim()) return undefined;
  const packageRoot = findPackageRoot(import.meta.url);
  const config = loadConfig(env, { cwd: process.cwd(), defaultKnowledgeDir: path.join(packageRoot, 'knowledge') });
  const claims = await openEventClaims(config, { logger });
  logger.info({ backend: claims.backend, leaseMs: claims.leaseMs }, 'events are claimed across replicas');
  return claims;
}
