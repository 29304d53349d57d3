/**
 * The scheduled digest: croner runs MATCHCUT_DIGEST_CRON and posts to
 * MATCHCUT_DIGEST_CHANNEL. A run never overlaps the previous one, and a failure is
 * logged without stopping the schedule. With claims (replicas sharing a store), each tick is
 * posted by one replica, and finished by another when that one dies mid-digest
 * (../replicas/scheduled-once.ts).
 */
import { Cron } from 'croner';
import type { Logger } from '../../src/index.js';
import { followTicks, runScheduledOnce, type ScheduleClaimer } from '../replicas/scheduled-once.js';
import type { SlackDigestSchedule } from './config.js';

export interface DigestScheduleDependencies {
  schedule: SlackDigestSchedule;
  post(channel: string, size: number): Promise<void>;
  logger: Logger;
  /** Claims each tick across replicas; none: every tick runs here. */
  claims?: ScheduleClaimer | undefined;
  /** Before finishing a tick another replica abandoned (its unfinished digest is released). */
  takeOver?(channel: string, tick: Date): Promise<void>;
}

export interface DigestScheduleHandle {
  /** When the next digest goes out, if scheduled. */
  nextRun(): Date | null;
  stop(): void;
}

export function startDigestSchedule(dependencies: DigestScheduleDependencies): DigestScheduleHandle {
  const { schedule, logger } = dependencies;
  const stopping = new AbortController();
  // The callbacks run after the job exists.
  const tickNow = followTicks(() => job);
  const job: Cron = new Cron(schedule.cron, { protect: true, name: 'matchcut-slack-digest' }, async () => {
    const tick = tickNow();
    try {
      await runScheduledOnce({
        claims: dependencies.claims,
        scheduleId: `slack-digest:${schedule.channel}`,
        tick,
        watchUntil: job.nextRun(tick),
        logger,
        signal: stopping.signal,
        run: async (takenOver) => {
          if (takenOver) await dependencies.takeOver?.(schedule.channel, tick);
          logger.info({ channel: schedule.channel, tick: tick.toISOString() }, 'posting the scheduled digest');
          await dependencies.post(schedule.channel, schedule.size);
        },
      });
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
    stop: () => {
      stopping.abort();
      job.stop();
    },
  };
}
