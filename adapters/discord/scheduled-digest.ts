/**
 * The scheduled digest (MATCHCUT_DIGEST_CRON → MATCHCUT_DIGEST_CHANNEL), run with croner.
 * Runs never overlap; a failed run is logged and the next one happens on schedule. With claims
 * (replicas sharing a store), each tick is posted by one replica, and finished by another when that
 * one dies mid-digest (../replicas/scheduled-once.ts).
 */
import { Cron } from 'croner';
import type { Logger } from '../../src/index.js';
import { followTicks, runScheduledOnce, type ScheduleClaimer } from '../replicas/scheduled-once.js';
import type { DiscordDigestSchedule } from './config.js';
import type { PostedDigest } from './post-digest.js';

export interface ScheduledDigestDependencies {
  schedule: DiscordDigestSchedule;
  post: (channelId: string) => Promise<PostedDigest>;
  logger: Logger;
  /** Claims each tick across replicas; none: every tick runs here. */
  claims?: ScheduleClaimer | undefined;
  /** Before finishing a tick another replica abandoned (its unfinished digest is released). */
  takeOver?: (channelId: string, tick: Date) => Promise<void>;
}

export interface ScheduledDigest {
  /** When the next run is due, if any. */
  nextRun(): Date | null;
  stop(): void;
}

export function startScheduledDigest(dependencies: ScheduledDigestDependencies): ScheduledDigest {
  const { schedule, post, logger } = dependencies;
  const stopping = new AbortController();
  // The callbacks run after the job exists.
  const tickNow = followTicks(() => job);
  const job: Cron = new Cron(
    schedule.cron,
    {
      name: `discord-digest-${schedule.channelId}`,
      protect: (running) =>
        logger.warn(
          { cron: schedule.cron, startedAt: running.currentRun() },
          'the previous scheduled digest is still running; skipping this run',
        ),
      catch: (error) =>
        logger.error(
          { err: error, channelId: schedule.channelId },
          'the scheduled digest failed; it will run again on schedule',
        ),
    },
    async () => {
      const tick = tickNow();
      await runScheduledOnce({
        claims: dependencies.claims,
        scheduleId: `discord-digest:${schedule.channelId}`,
        tick,
        watchUntil: job.nextRun(tick),
        logger,
        signal: stopping.signal,
        run: async (takenOver) => {
          if (takenOver) await dependencies.takeOver?.(schedule.channelId, tick);
          const { digest, posted } = await post(schedule.channelId);
          logger.info({ digestId: digest.id, posted, channelId: schedule.channelId }, 'scheduled digest posted');
        },
      });
    },
  );
  logger.info(
    { cron: schedule.cron, channelId: schedule.channelId, nextRun: job.nextRun()?.toISOString() },
    'scheduled the Discord digest',
  );
  return {
    nextRun: () => job.nextRun(),
    stop: () => {
      stopping.abort();
      job.stop();
    },
  };
}
