/**
 * The core's side of the job queue (PostgreSQL mode): `addPage` and the scheduled feed sync become ingest
 * jobs (./ingest-jobs.ts), and the adapters run their own kinds (a digest posted by whichever replica of
 * the platform takes it) with `run` and `handle`. The queue is opened on first use, so a terminal command
 * that never enqueues never connects. Undefined without MATCHCUT_DATABASE_URL: work stays in-process.
 */
import type { CoreConfig } from '../config/config.js';
import type { AddedPage } from '../core-types.js';
import type { ArticleLibraryDeps } from '../knowledge/web/article-library.js';
import { feedSyncKey, ingestJobHandlers, ingestJobKinds, ingestWaitMs } from './ingest-jobs.js';
import {
  type JobData,
  type JobHandler,
  type JobQueue,
  type JobQueueSettings,
  keyWithin,
  waitForJob,
} from './job-queue.js';
import { openJobQueue } from './open-job-queue.js';

export interface CoreJobs {
  /** Where the queue is: BullMQ on Redis (MATCHCUT_REDIS_URL) or the PostgreSQL table. */
  readonly backend: 'postgres' | 'redis';
  /** This process takes ingest jobs too (the bots do at start; `addPage` does before it enqueues). */
  workIngest(): Promise<void>;
  /**
   * Enqueues a job under `key` (the same key again is the same job) and waits for its result on
   * whichever replica runs it; rethrows its error (BAD_INPUT and the like as they were thrown).
   */
  run(kind: string, key: string, payload: JobData, options?: { timeoutMs?: number }): Promise<JobData>;
  /** This process works jobs of `kind` with `handler`, one at a time. */
  handle(kind: string, handler: JobHandler): Promise<void>;
  /** A page added from chat, as one ingest job per URL per minute (a double click adds it once). */
  addPage(url: string): Promise<AddedPage>;
  /** The scheduled feed sync, one job per fire time across replicas. */
  syncFeeds(): Promise<JobData>;
  close(): Promise<void>;
}

export function createCoreJobs(
  config: CoreConfig,
  deps: ArticleLibraryDeps & { settings?: Partial<JobQueueSettings> | undefined },
): CoreJobs | undefined {
  if (config.store?.databaseUrl === undefined) return undefined;
  let opening: Promise<JobQueue> | undefined;
  const queue = () =>
    (opening ??= openJobQueue(config, { logger: deps.logger, settings: deps.settings }).then((opened) => {
      if (opened === undefined) throw new Error('no job queue without MATCHCUT_DATABASE_URL');
      return opened;
    }));
  const stops: (() => Promise<void>)[] = [];
  const handled = new Set<string>();
  let ingestWorker: Promise<void> | undefined;
  const jobs: CoreJobs = {
    backend: config.store.redisUrl === undefined ? 'postgres' : 'redis',
    workIngest: () =>
      (ingestWorker ??= queue().then((opened) => {
        stops.push(opened.work(ingestJobHandlers(config, deps)));
        for (const kind of Object.values(ingestJobKinds)) handled.add(kind);
      })),
    async run(kind, key, payload, options = {}) {
      const opened = await queue();
      const { created } = await opened.enqueue(kind, key, payload);
      deps.logger.info(
        { kind, key, created, backend: opened.backend },
        created ? 'job enqueued' : 'job already enqueued',
      );
      return waitForJob(opened, kind, key, { timeoutMs: options.timeoutMs ?? ingestWaitMs });
    },
    async handle(kind, handler) {
      if (handled.has(kind)) return;
      handled.add(kind);
      stops.push((await queue()).work({ [kind]: handler }));
    },
    async addPage(url) {
      await jobs.workIngest();
      const key = keyWithin(`page:${url}`, 60_000);
      return (await jobs.run(ingestJobKinds.page, key, url)) as unknown as AddedPage;
    },
    async syncFeeds() {
      await jobs.workIngest();
      return jobs.run(ingestJobKinds.feeds, feedSyncKey(), null);
    },
    async close() {
      for (const stop of stops.splice(0).reverse()) await stop();
      const opened = opening;
      opening = undefined;
      await (await opened?.catch(() => undefined))?.close();
    },
  };
  return jobs;
}
