/**
 * A scheduled digest posted once per tick across replicas (issue 18): every replica keeps its own
 * timer (croner); at a tick each claims the row keyed by (schedule id, fire time) in the shared store,
 * and only the claimer posts, renewing its lease while it does. The others watch: when the claimer's
 * lease runs out unfinished (its replica died mid-digest), one of them takes the tick over, releases
 * the digest the dead replica was posting, and posts it again from the first part not yet recorded
 * (parts are recorded as they are posted), so nothing is posted twice. Without claims (one process)
 * the tick simply runs.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Cron } from 'croner';
import type { ClaimResult, EventClaims, Logger, Matchcut } from '../../src/index.js';
import { whileRenewing } from './shared-claims.js';

export type ScheduleClaimer = Pick<
  EventClaims,
  'leaseMs' | 'claimScheduleRun' | 'renewScheduleRun' | 'completeScheduleRun'
>;

/**
 * The tick a croner job is firing for: croner reports when a run started, not the time it was
 * scheduled for, and every replica must name a tick alike. This follows the schedule from the tick
 * expected at start to the latest one not after now.
 */
export function followTicks(job: () => Cron | undefined): () => Date {
  let expected: Date | null | undefined;
  return () => {
    const cron = job();
    const now = new Date();
    expected ??= cron?.nextRun(new Date(now.getTime() - 60_000)) ?? now;
    let tick: Date = expected;
    for (let next = cron?.nextRun(tick); next && next.getTime() <= now.getTime(); next = cron?.nextRun(tick)) {
      tick = next;
    }
    expected = cron?.nextRun(tick) ?? null;
    return tick;
  };
}

export interface ScheduledRun {
  claims: ScheduleClaimer | undefined;
  /** Names the schedule alike on every replica, e.g. "slack-digest:C123". */
  scheduleId: string;
  tick: Date;
  /** Stop watching for a take-over then (the next tick; null: no next tick). */
  watchUntil: Date | null;
  logger: Logger;
  /** Aborted when the schedule stops. */
  signal: AbortSignal;
  /** The work; `takenOver` when continuing a tick whose claimer's lease ran out. */
  run(takenOver: boolean): Promise<void>;
}

/** One claim of the tick; runs it (renewing the lease) when claimed or taken over. */
async function claimAndRun(options: ScheduledRun, claims: ScheduleClaimer): Promise<ClaimResult> {
  const { scheduleId, logger } = options;
  const fireTime = options.tick.toISOString();
  const claim = await claims.claimScheduleRun(scheduleId, fireTime);
  if (claim.outcome === 'duplicate') return claim;
  const takenOver = claim.outcome === 'taken-over';
  if (takenOver) {
    logger.warn({ scheduleId, fireTime, attempt: claim.attempt }, 'scheduled run taken over: its claim ran out');
  }
  const renew = () => claims.renewScheduleRun(scheduleId, fireTime);
  try {
    await whileRenewing(renew, claims.leaseMs, () => options.run(takenOver), logger);
  } finally {
    // Failed or not, this tick is over: a failed digest waits, released, for the next try.
    await claims.completeScheduleRun(scheduleId, fireTime).catch(() => undefined);
  }
  return claim;
}

const watching = (options: ScheduledRun) =>
  !options.signal.aborted && (options.watchUntil === null || Date.now() < options.watchUntil.getTime());

/** In the background, until the next tick: takes the tick over if its claimer's lease runs out unfinished. */
async function watchForTakeOver(options: ScheduledRun, claims: ScheduleClaimer): Promise<void> {
  while (watching(options)) {
    const stopped = await sleep(claims.leaseMs, false, { signal: options.signal }).catch(() => true);
    if (stopped) return;
    const claim = await claimAndRun(options, claims);
    if (claim.outcome !== 'duplicate' || claim.done) return;
  }
}

/**
 * Runs the tick here if this replica claims it (or it has no claims); returns whether it ran here.
 * When another replica holds it unfinished, a watcher keeps looking in the background (the schedule
 * is not held up, so the next tick is claimed as usual).
 */
export async function runScheduledOnce(options: ScheduledRun): Promise<boolean> {
  const { claims, logger } = options;
  if (claims === undefined) {
    await options.run(false);
    return true;
  }
  const claim = await claimAndRun(options, claims);
  if (claim.outcome !== 'duplicate') return true;
  logger.info(
    { scheduleId: options.scheduleId, fireTime: options.tick.toISOString(), done: claim.done },
    'scheduled run claimed by another replica',
  );
  if (!claim.done && watching(options)) {
    watchForTakeOver(options, claims).catch((error: unknown) =>
      logger.error({ err: error, scheduleId: options.scheduleId }, 'taking over a scheduled run failed'),
    );
  }
  return false;
}

/**
 * Before taking over a tick: the digest the dead replica was posting to `channel` for this tick (held
 * by it for a while yet) is released, so the next plan resumes it and posts only its missing parts.
 */
export async function releaseAbandonedDigest(
  core: Pick<Matchcut, 'showDigest' | 'releaseDigest'>,
  channel: string,
  tick: Date,
  logger: Logger,
): Promise<void> {
  const latest = await core.showDigest().catch(() => undefined);
  if (latest === undefined || latest.state !== 'posting' || latest.digest.channel !== channel) return;
  if (Date.parse(latest.digest.createdAt) < tick.getTime()) return;
  await core.releaseDigest(latest.digest.id);
  const posted = latest.parts.filter((part) => part.postedAt !== undefined).length;
  logger.info({ digestId: latest.digest.id, channel, posted }, 'abandoned digest released to be finished here');
}
