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
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/index.js';
import { type EventClaimer, runOnce } from '../replicas/shared-claims.js';
import type { EventDeduplicator } from './event-deduplicator.js';

export type SlackEventClaims = EventClaimer;

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
    const details = { eventId, retryNum: bolt.retryNum, retryReason: bolt.retryReason };
    const claim = await runOnce(claims, `slack:${eventId}`, logger, { what: 'Slack event', details }, next);
    // Held by another replica, unfinished: a later retry here must ask the claim again (it may take over).
    if (claim?.outcome === 'duplicate' && !claim.done) deduplicator?.forget(eventId);
  };
}
