/**
 * The configured job queue: BullMQ on Redis with MATCHCUT_REDIS_URL, else the PostgreSQL table — only in
 * PostgreSQL mode (MATCHCUT_DATABASE_URL). Without a database there is none: one process does its work
 * in-process, as before.
 */
import type { CoreConfig } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { defaultCommunity } from '../store/store-types.js';
import type { JobQueue, JobQueueSettings } from './job-queue.js';

export async function openJobQueue(
  config: Pick<CoreConfig, 'store'>,
  options: { logger: Logger; settings?: Partial<JobQueueSettings> | undefined },
): Promise<JobQueue | undefined> {
  const url = config.store?.databaseUrl;
  if (url === undefined) return undefined;
  const community = config.store?.community ?? defaultCommunity;
  const redisUrl = config.store?.redisUrl;
  if (redisUrl !== undefined) {
    const { openBullJobQueue } = await import('./bullmq-job-queue.js');
    return openBullJobQueue({ redisUrl, community, logger: options.logger, settings: options.settings });
  }
  const { openPostgresJobQueue } = await import('./postgres-job-queue.js');
  return openPostgresJobQueue({ url, community, logger: options.logger, settings: options.settings });
}
