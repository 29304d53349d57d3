/**
 * The scheduled digest: croner runs MATCHCUT_DIGEST_CRON and posts to
 * MATCHCUT_DIGEST_CHANNEL. A run never overlaps the previous one, and a failure is
 * logged without stopping the schedule.
 */
import { Cron } from 'croner';
import type { Logger } from '../../src/index.js';
import type { SlackDigestSchedule } from './config.js';

export interface DigestScheduleDependencies {
  schedule: SlackDigestSchedule;
  post(channel: string, size: number): Promise<void>;
  logger: Logger;
}

export interface DigestScheduleHandle {
  /** When the next digest goes out, if scheduled. */
  nextRun(): Date | null;
  stop(): void;
}

export function startDigestSchedule(dependencies: DigestScheduleDependencies): DigestScheduleHandle {
  const { schedule, logger } = dependencies;
  const job = new Cron(schedule.cron, { protect: true, name: 'matchcut-slack-digest' }, async () => {
    logger.info({ channel: schedule.channel }, 'posting the scheduled digest');
    try {
      await dependencies.post(schedule.channel, schedule.size);
    } catch (error) {
      logger.error(
        { err: error, channel: schedule.channel },
        'the scheduled digest failed; the next run is still scheduled',
      );
    }
  });
  logger.info(
    { cron: schedule.cron, channel: schedule.channel, nextRun: job.nextRun()?.toISOString() },
    'scheduled digest enabled',
  );
  return {
    nextRun: () => job.nextRun(),
    stop: () => job.stop(),
  };
}
