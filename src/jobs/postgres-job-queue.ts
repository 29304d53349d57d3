/**
 * The job queue in PostgreSQL (migration 5, table `jobs`): a job is a row keyed by (community, key), so
 * enqueueing a key twice is `INSERT … ON CONFLICT DO NOTHING`. A worker takes the oldest due job of its
 * kinds with `FOR UPDATE SKIP LOCKED` (two workers never take the same row), marks it active with a lease
 * (`locked_until`) and a token of its own, renews the lease every third of it while the handler runs, and
 * finishes it only while it still holds the token — so a job taken over after its worker stopped is
 * finished once. A due job is a waiting one whose retry time has come, or an active one whose lease has run
 * out (its worker died). Failures are retried with back-off; the last one is logged and kept with the job.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from '../logging/logger.js';
import { createPostgresPool } from '../store/postgres/postgres-pool.js';
import { runPostgresMigrations } from '../store/postgres/run-postgres-migrations.js';
import {
  defaultJobSettings,
  defaultMaxAttempts,
  describeFailure,
  isRetryable,
  type JobData,
  type JobFailure,
  type JobHandler,
  type JobOutcome,
  type JobQueue,
  type JobQueueSettings,
  keepFinishedJobsMs,
  retryDelay,
} from './job-queue.js';

interface TakenJob {
  key: string;
  kind: string;
  payload: string;
  attempts: number;
  max_attempts: number;
}

const pause = (ms: number, onWake: (wake: () => void) => void) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    onWake(() => {
      clearTimeout(timer);
      resolve();
    });
  });

export interface PostgresJobQueueOptions {
  url: string;
  community: string;
  logger: Logger;
  settings?: Partial<JobQueueSettings> | undefined;
}

interface QueueContext {
  pool: pg.Pool;
  community: string;
  logger: Logger;
  settings: JobQueueSettings;
}

type JobEnd =
  | { state: 'done'; result: JobData }
  | { state: 'failed'; error: JobFailure }
  | { state: 'retry'; error: JobFailure; delayMs: number };

/** Takes the oldest due job of these kinds for `token` (see the top of the file). */
async function take({ pool, community, settings }: QueueContext, kinds: string[], token: string) {
  const result = await pool.query<TakenJob>(
    `UPDATE jobs SET state = 'active', attempts = attempts + 1, locked_by = $3,
       locked_until = clock_timestamp() + $4 * interval '1 millisecond'
     WHERE community = $1 AND key = (
       SELECT key FROM jobs
       WHERE community = $1 AND kind = ANY($2::text[])
         AND ((state = 'waiting' AND run_at <= clock_timestamp())
           OR (state = 'active' AND locked_until < clock_timestamp()))
       ORDER BY run_at, created_at LIMIT 1
       FOR UPDATE SKIP LOCKED)
     RETURNING key, kind, payload, attempts, max_attempts`,
    [community, kinds, token, settings.leaseMs],
  );
  return result.rows[0];
}

/** Ends the job as done or failed, or schedules its retry — only while `token` still holds it. */
async function finish({ pool, community }: QueueContext, key: string, token: string, end: JobEnd): Promise<boolean> {
  const result: pg.QueryResult =
    end.state === 'retry'
      ? await pool.query(
          `UPDATE jobs SET state = 'waiting', locked_by = NULL, locked_until = NULL, last_error = $4,
             run_at = clock_timestamp() + $5 * interval '1 millisecond'
           WHERE community = $1 AND key = $2 AND locked_by = $3 AND state = 'active'`,
          [community, key, token, JSON.stringify(end.error), end.delayMs],
        )
      : await pool.query(
          `UPDATE jobs SET state = $4, locked_by = NULL, locked_until = NULL, finished_at = clock_timestamp(),
             result = $5, last_error = $6
           WHERE community = $1 AND key = $2 AND locked_by = $3 AND state = 'active'`,
          [
            community,
            key,
            token,
            end.state,
            end.state === 'done' ? JSON.stringify(end.result) : null,
            end.state === 'failed' ? JSON.stringify(end.error) : null,
          ],
        );
  return (result.rowCount ?? 0) > 0;
}

/** Runs the handler on a taken job while renewing its lease, then ends the job (or schedules its retry). */
async function runOne(context: QueueContext, job: TakenJob, token: string, handler: JobHandler): Promise<void> {
  const { pool, community, logger, settings } = context;
  const fields = { kind: job.kind, key: job.key, attempt: job.attempts, backend: 'postgres' };
  if (job.attempts > job.max_attempts) {
    const error: JobFailure = {
      code: 'UPSTREAM',
      message: `its worker stopped before finishing (the lease ran out) on each of ${job.max_attempts} tries`,
      userMessage: 'This could not be finished; the organizers can find the details in the logs.',
    };
    if (await finish(context, job.key, token, { state: 'failed', error }))
      logger.error({ ...fields, reason: error.message }, 'job given up');
    return;
  }
  const renew = setInterval(
    () => {
      pool
        .query(
          `UPDATE jobs SET locked_until = clock_timestamp() + $4 * interval '1 millisecond'
           WHERE community = $1 AND key = $2 AND locked_by = $3 AND state = 'active'`,
          [community, job.key, token, settings.leaseMs],
        )
        .catch((error: unknown) => logger.warn({ ...fields, err: error }, 'could not renew the lease of a job'));
    },
    Math.max(50, Math.floor(settings.leaseMs / 3)),
  );
  let end: JobEnd;
  try {
    const result = await handler(JSON.parse(job.payload) as JobData, {
      key: job.key,
      kind: job.kind,
      attempt: job.attempts,
    });
    end = { state: 'done', result };
  } catch (error) {
    const failure = describeFailure(error);
    if (isRetryable(error) && job.attempts < job.max_attempts) {
      const delayMs = retryDelay(settings, job.attempts);
      end = { state: 'retry', error: failure, delayMs };
      logger.warn({ ...fields, reason: failure.message, retryInMs: delayMs }, 'job failed; retrying');
    } else {
      end = { state: 'failed', error: failure };
      logger.error({ ...fields, reason: failure.message, code: failure.code }, 'job given up');
    }
  } finally {
    clearInterval(renew);
  }
  if (!(await finish(context, job.key, token, end)))
    logger.warn(fields, 'a job this worker held was taken over by another worker; its outcome is left to that one');
}

/** One worker: takes a due job (or sleeps `pollMs`, woken early by `sleepers`), runs it, until stopped. */
function startWorker(context: QueueContext, handlers: Record<string, JobHandler>, sleepers: Set<() => void>) {
  const kinds = Object.keys(handlers);
  const workerId = randomBytes(6).toString('hex');
  let stopped = false;
  let wakeNow: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      const token = `${workerId}:${randomBytes(4).toString('hex')}`;
      let job: TakenJob | undefined;
      try {
        job = await take(context, kinds, token);
      } catch (error) {
        context.logger.warn({ err: error, kinds }, 'could not look for jobs; trying again');
      }
      const handler = job && handlers[job.kind];
      if (job && handler) {
        await runOne(context, job, token, handler);
        continue;
      }
      await pause(context.settings.pollMs, (wake) => {
        wakeNow = wake;
        sleepers.add(wake);
      });
      if (wakeNow) sleepers.delete(wakeNow);
    }
  })();
  return async () => {
    stopped = true;
    wakeNow?.();
    await loop;
  };
}

async function outcomeOf({ pool, community }: QueueContext, key: string): Promise<JobOutcome | undefined> {
  const result = await pool.query<{
    state: string;
    result: string | null;
    last_error: string | null;
    attempts: number;
  }>('SELECT state, result, last_error, attempts FROM jobs WHERE community = $1 AND key = $2', [community, key]);
  const row = result.rows[0];
  if (row === undefined) return undefined;
  if (row.state === 'done') return { state: 'done', result: JSON.parse(row.result ?? 'null') as JobData };
  if (row.state === 'failed')
    return { state: 'failed', error: JSON.parse(row.last_error ?? '{}') as JobFailure, attempts: row.attempts };
  return { state: 'pending' };
}

export async function openPostgresJobQueue(options: PostgresJobQueueOptions): Promise<JobQueue> {
  const { community, logger } = options;
  const settings = { ...defaultJobSettings, ...options.settings };
  const { pool, location } = createPostgresPool(options.url, logger, { maxConnections: 4 });
  try {
    await runPostgresMigrations(pool, { logger, location });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const context: QueueContext = { pool, community, logger, settings };
  const workers = new Set<() => Promise<void>>();
  /** Idle workers of this process, woken when it enqueues. */
  const sleepers = new Set<() => void>();
  const pruning = setInterval(() => {
    pool
      .query("DELETE FROM jobs WHERE community = $1 AND state IN ('done', 'failed') AND finished_at < $2", [
        community,
        new Date(Date.now() - keepFinishedJobsMs),
      ])
      .then((result) => {
        if ((result.rowCount ?? 0) > 0) logger.info({ count: result.rowCount }, 'finished jobs pruned');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'finished jobs could not be pruned'));
  }, 3_600_000);
  pruning.unref();

  return {
    backend: 'postgres',
    async enqueue(kind, key, payload, enqueueOptions = {}) {
      const result = await pool.query(
        `INSERT INTO jobs (community, key, kind, payload, state, max_attempts, run_at, created_at)
         VALUES ($1, $2, $3, $4, 'waiting', $5, clock_timestamp(), clock_timestamp())
         ON CONFLICT (community, key) DO NOTHING`,
        [community, key, kind, JSON.stringify(payload), enqueueOptions.maxAttempts ?? defaultMaxAttempts],
      );
      for (const wake of sleepers) wake();
      return { created: (result.rowCount ?? 0) > 0 };
    },
    outcome: (_kind, key) => outcomeOf(context, key),
    work(handlers) {
      const stopWorker = startWorker(context, handlers, sleepers);
      const stop = async () => {
        workers.delete(stop);
        await stopWorker();
      };
      workers.add(stop);
      return stop;
    },
    async close() {
      clearInterval(pruning);
      for (const stop of [...workers]) await stop();
      await pool.end().catch(() => undefined);
    },
  };
}
