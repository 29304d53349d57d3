/**
 * What both bots use to do work once across replicas (issue 18): the claims of a deployment that
 * shares state, opened from the environment the core was configured by, and a lease kept alive while
 * the work runs. The Slack middleware (../slack/event-claims.ts) and the Discord handlers
 * (../discord/event-claims.ts) claim events with them; the scheduled digests claim their ticks.
 */
import path from 'node:path';
import {
  type ClaimResult,
  type EventClaims,
  findPackageRoot,
  loadConfig,
  type Logger,
  openEventClaims,
} from '../../src/index.js';

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

/** What a bot claims with: events and scheduled runs (the opened claims, less their lifetime). */
export type BotClaims = Omit<EventClaims, 'close' | 'backend'>;

/** The event half of the claims (what a bot's handlers need). */
export type EventClaimer = Pick<
  EventClaims,
  'leaseMs' | 'claimEvent' | 'renewEvent' | 'completeEvent' | 'releaseEvent'
>;

/**
 * Claims `key`, then runs `work` unless another delivery holds it or finished it: the lease is renewed
 * while the work runs, the claim completed after it and released when it throws (so a retry may try
 * again). A claim store that cannot be reached never stops the work (logged; done here). Returns what
 * the claim found (undefined when it could not be asked).
 */
export async function runOnce(
  claims: EventClaimer,
  key: string,
  logger: Logger,
  about: { what: string; details: Record<string, unknown> },
  work: () => Promise<void>,
): Promise<ClaimResult | undefined> {
  const { what, details } = about;
  let claim: ClaimResult;
  try {
    claim = await claims.claimEvent(key);
  } catch (error) {
    logger.error({ ...details, err: error }, `the ${what} could not be claimed; handling it here`);
    await work();
    return undefined;
  }
  if (claim.outcome === 'duplicate') {
    logger.info({ ...details, done: claim.done }, `duplicate ${what} ignored: claimed by another delivery`);
    return claim;
  }
  if (claim.outcome === 'taken-over') {
    logger.warn({ ...details, attempt: claim.attempt }, `${what} taken over: its earlier claim ran out`);
  }
  try {
    await whileRenewing(() => claims.renewEvent(key), claims.leaseMs, work, logger);
  } catch (error) {
    await claims.releaseEvent(key).catch(() => undefined);
    throw error;
  }
  await claims
    .completeEvent(key)
    .catch((error: unknown) => logger.warn({ ...details, err: error }, `the ${what} could not be marked done`));
  return claim;
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
