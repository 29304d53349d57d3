/**
 * The scheduled digest (MATCHCUT_DIGEST_CRON → MATCHCUT_DIGEST_CHANNEL), run with croner.
 * Runs never overlap; a failed run is logged and the next one happens on schedule.
 */
import { Cron } from 'croner';
import type { Logger } from '../../src/index.js';
import type { DiscordDigestSchedule } from './config.js';
import type { PostedDigest } from './post-digest.js';

export interface ScheduledDigestDependencies {
  schedule: DiscordDigestSchedule;
  post: (channelId: string) => Promise<PostedDigest>;
  logger: Logger;
}

export interface ScheduledDigest {
  /** When the next run is due, if any. */
  nextRun(): Date | null;
  stop(): void;
}

export function startScheduledDigest({ schedule, post, logger }: ScheduledDigestDependencies): ScheduledDigest {
  const job = new Cron(
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
      const { digest, posted } = await post(schedule.channelId);
      logger.info({ digestId: digest.id, posted, channelId: schedule.channelId }, 'scheduled digest posted');
    },
  );
  logger.info(
    { cron: schedule.cron, channelId: schedule.channelId, nextRun: job.nextRun()?.toISOString() },
    'scheduled the Discord digest',
  );
  return {
    nextRun: () => job.nextRun(),
    stop: () => job.stop(),
  };
}
