/**
 * The job queue on Redis with BullMQ (MATCHCUT_REDIS_URL set, PostgreSQL mode): one BullMQ queue per job
 * kind under the prefix `matchcut:<community>`, the job id derived from the idempotency key (BullMQ adds a
 * job id once while it exists), one job at a time per worker, BullMQ's lock as the lease (`lockDuration`,
 * renewed while the job runs; a job whose worker died is stalled and taken again after the next stalled
 * check) and its exponential back-off for retries. A failure is kept as JSON in the job's failed reason,
 * so the waiting caller gets the same error as with the PostgreSQL queue.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.js';
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
} from './job-queue.js';

interface StoredJob {
  key: string;
  payload: JobData;
  /** Which enqueue created the job (tells `enqueue` whether it was this one). */
  nonce: string;
}

const jobIdOf = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 40);
const queueNameOf = (kind: string) => `jobs-${kind.replace(/[^A-Za-z0-9_-]/gu, '-')}`;

function parseFailure(reason: string | undefined): JobFailure {
  try {
    const parsed = JSON.parse(reason ?? '') as JobFailure;
    if (typeof parsed.message === 'string' && typeof parsed.code === 'string') return parsed;
  } catch {
    // Not ours (BullMQ's own reason, e.g. a job stalled too often): kept as the message.
  }
  const message = reason ?? 'failed';
  return { code: 'UPSTREAM', message, userMessage: message };
}

export interface BullJobQueueOptions {
  redisUrl: string;
  community: string;
  logger: Logger;
  settings?: Partial<JobQueueSettings> | undefined;
}

export function openBullJobQueue(options: BullJobQueueOptions): JobQueue {
  const { community, logger } = options;
  const settings = { ...defaultJobSettings, ...options.settings };
  const prefix = `matchcut:${community}`;
  const connect = () => {
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, connectTimeout: 5_000 });
    redis.on('error', (error) => logger.debug({ err: error }, 'job queue: Redis connection error'));
    return redis;
  };
  const connection = connect();
  const queues = new Map<string, Queue>();
  const queueOf = (kind: string) => {
    let queue = queues.get(kind);
    if (queue === undefined) {
      queue = new Queue(queueNameOf(kind), { connection, prefix });
      queues.set(kind, queue);
    }
    return queue;
  };
  const workers = new Set<() => Promise<void>>();

  return {
    backend: 'redis',
    async enqueue(kind, key, payload, enqueueOptions = {}) {
      const queue = queueOf(kind);
      const nonce = randomBytes(8).toString('hex');
      const data: StoredJob = { key, payload, nonce };
      const keepSeconds = keepFinishedJobsMs / 1_000;
      await queue.add(kind, data, {
        jobId: jobIdOf(key),
        attempts: enqueueOptions.maxAttempts ?? defaultMaxAttempts,
        backoff: { type: 'exponential', delay: settings.retryDelayMs },
        removeOnComplete: { age: keepSeconds },
        removeOnFail: { age: keepSeconds },
      });
      const stored = await queue.getJob(jobIdOf(key));
      return { created: (stored?.data as StoredJob | undefined)?.nonce === nonce };
    },
    async outcome(kind, key): Promise<JobOutcome | undefined> {
      const queue = queueOf(kind);
      // The state first, then the job: a job read before it ended would miss its result or reason.
      const state = await queue.getJobState(jobIdOf(key));
      const job = state === 'unknown' ? undefined : await queue.getJob(jobIdOf(key));
      if (job === undefined) return undefined;
      if (state === 'completed') return { state: 'done', result: (job.returnvalue ?? null) as JobData };
      if (state === 'failed')
        return { state: 'failed', error: parseFailure(job.failedReason), attempts: Math.max(1, job.attemptsMade) };
      return { state: 'pending' };
    },
    work(handlers) {
      const started = Object.entries(handlers).map(([kind, handler]: [string, JobHandler]) => {
        const workerConnection = connect();
        const worker = new Worker(
          queueNameOf(kind),
          async (job) => {
            const data = job.data as StoredJob;
            try {
              return await handler(data.payload, { key: data.key, kind, attempt: job.attemptsMade + 1 });
            } catch (error) {
              const failure = JSON.stringify(describeFailure(error));
              throw isRetryable(error) ? new Error(failure) : new UnrecoverableError(failure);
            }
          },
          {
            connection: workerConnection,
            prefix,
            concurrency: 1,
            lockDuration: settings.leaseMs,
            stalledInterval: settings.leaseMs,
            maxStalledCount: defaultMaxAttempts - 1,
            drainDelay: Math.max(1, Math.ceil(settings.pollMs / 1_000)),
          },
        );
        worker.on('failed', (job, error) => {
          if (job === undefined) return;
          const data = job.data as StoredJob;
          const failure = parseFailure(error.message);
          const fields = { kind, key: data.key, attempt: job.attemptsMade, backend: 'redis', reason: failure.message };
          const last = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
          if (last) logger.error({ ...fields, code: failure.code }, 'job given up');
          else logger.warn(fields, 'job failed; retrying');
        });
        worker.on('error', (error) => logger.warn({ err: error, kind }, 'job queue worker error'));
        return { worker, workerConnection };
      });
      const stop = async () => {
        workers.delete(stop);
        for (const { worker, workerConnection } of started) {
          await worker.close();
          await workerConnection.quit().catch(() => workerConnection.disconnect());
        }
      };
      workers.add(stop);
      return stop;
    },
    async close() {
      for (const stop of [...workers]) await stop();
      for (const queue of queues.values()) await queue.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
