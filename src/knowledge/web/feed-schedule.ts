/**
 * The scheduled feed sync inside a running bot: croner runs MATCHCUT_FEEDS_CRON; a run never
 * overlaps the previous one, a failure is logged and the schedule goes on. New articles become
 * a new index generation, which the bot's core switches to without a restart. In PostgreSQL mode
 * (`deps.jobs`) each tick is one job across the replicas, keyed by its fire time: one replica syncs
 * and publishes, every replica gets the articles.
 */
import { Cron } from 'croner';
import type { CoreConfig } from '../../config/config.js';
import type { CoreJobs } from '../../jobs/core-jobs.js';
import type { Logger } from '../../logging/logger.js';
import { type ArticleLibraryDeps, openArticleLibrary } from './article-library.js';

export interface FeedScheduleHandle {
  nextRun(): Date | null;
  /** Runs one sync now (what the schedule runs). */
  runNow(): Promise<void>;
  stop(): void;
}

/** Starts the schedule when MATCHCUT_FEEDS_CRON is set; undefined otherwise. */
export function startFeedSchedule(
  config: CoreConfig,
  deps: ArticleLibraryDeps & { logger: Logger; jobs?: CoreJobs | undefined },
): FeedScheduleHandle | undefined {
  const cron = config.web?.feedsCron;
  if (cron === undefined) return undefined;
  const { jobs } = deps;
  const runAsJob = async () => {
    try {
      await jobs?.syncFeeds();
    } catch (error) {
      deps.logger.error({ err: error }, 'the scheduled feed sync job failed; the next run is still scheduled');
    }
  };
  const run = async () => {
    const library = openArticleLibrary(config, deps);
    try {
      const summary = await library.syncFeeds();
      deps.logger.info(
        {
          fetched: summary.fetched,
          added: summary.added,
          updated: summary.updated,
          unchanged: summary.unchanged,
          failed: summary.failed,
        },
        'scheduled feed sync done',
      );
    } catch (error) {
      deps.logger.error({ err: error }, 'the scheduled feed sync failed; the next run is still scheduled');
    } finally {
      library.close();
    }
  };
  const job = new Cron(cron, { protect: true, name: 'matchcut-feed-sync' }, jobs ? runAsJob : run);
  deps.logger.info({ cron, nextRun: job.nextRun()?.toISOString() }, 'scheduled feed sync enabled');
  return { nextRun: () => job.nextRun(), runNow: jobs ? runAsJob : run, stop: () => job.stop() };
}
