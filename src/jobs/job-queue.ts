/**
 * The digest/ingest job queue shared by the replicas of a community (PostgreSQL mode, issue 18 item 5):
 * a job is enqueued under an idempotency key (the same key again is the same job), taken by one worker
 * at a time, held under a lease its worker renews — a job whose worker died is taken again once the
 * lease has run out — and retried with back-off until it succeeds or its attempts are used up (then
 * given up, with the reason logged). Two implementations pass one test suite (test/scale/job-queue.test.ts):
 * BullMQ on Redis (./bullmq-job-queue.ts, with MATCHCUT_REDIS_URL) and a PostgreSQL table
 * (./postgres-job-queue.ts). Without MATCHCUT_DATABASE_URL (SQLite, one process) there is no queue:
 * the work runs in-process, as it always did.
 */
import { MatchcutError, type ErrorCode, errorCodes, isMatchcutError, upstreamError } from '../errors.js';

/** A job's payload and result: plain JSON. */
export type JobData = null | boolean | number | string | JobData[] | { [key: string]: JobData };

export interface JobContext {
  key: string;
  kind: string;
  /** 1 for the first try. */
  attempt: number;
}

export type JobHandler = (payload: JobData, job: JobContext) => Promise<JobData>;

export interface EnqueueOptions {
  /** Tries before the job is given up (default 3). */
  maxAttempts?: number | undefined;
}

/** A failure as stored with the job: enough to rebuild the MatchcutError the waiting caller rethrows. */
export interface JobFailure {
  code: ErrorCode;
  message: string;
  userMessage: string;
  details?: Record<string, JobData> | undefined;
}

export type JobOutcome =
  { state: 'pending' } | { state: 'done'; result: JobData } | { state: 'failed'; error: JobFailure; attempts: number };

export interface JobQueue {
  readonly backend: 'postgres' | 'redis';
  /** Creates the job unless one with this key exists (`created` false: that one stands, whatever its state). */
  enqueue(kind: string, key: string, payload: JobData, options?: EnqueueOptions): Promise<{ created: boolean }>;
  /** Where the job of this kind and key stands (undefined: no such job, or pruned). */
  outcome(kind: string, key: string): Promise<JobOutcome | undefined>;
  /**
   * Takes jobs of these kinds, one at a time, until the returned stop is awaited (the job in hand is
   * finished first). Several calls make several workers.
   */
  work(handlers: Record<string, JobHandler>): () => Promise<void>;
  close(): Promise<void>;
}

export interface JobQueueSettings {
  /** How long a taken job stays with its worker unrenewed (renewed every third of it while it runs). */
  leaseMs: number;
  /** The first retry's delay; each further one doubles it (up to 5 minutes). */
  retryDelayMs: number;
  /** How often an idle worker looks for a job. */
  pollMs: number;
}

export const defaultJobSettings: JobQueueSettings = { leaseMs: 30_000, retryDelayMs: 5_000, pollMs: 1_000 };

/** Finished jobs (and their keys) are kept this long, then pruned. */
export const keepFinishedJobsMs = 24 * 3_600_000;

export const defaultMaxAttempts = 3;

/** The delay before try `attempt + 1`. */
export function retryDelay(settings: Pick<JobQueueSettings, 'retryDelayMs'>, attempt: number): number {
  return Math.min(settings.retryDelayMs * 2 ** Math.max(0, attempt - 1), 300_000);
}

/** Failures that another try cannot fix: bad input, not found, forbidden, configuration. */
export function isRetryable(error: unknown): boolean {
  return !(isMatchcutError(error) && ['BAD_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFIG'].includes(error.code));
}

const asJobData = (value: unknown): JobData => JSON.parse(JSON.stringify(value ?? null)) as JobData;

export function describeFailure(error: unknown): JobFailure {
  if (isMatchcutError(error)) {
    return {
      code: error.code,
      message: error.message,
      userMessage: error.userMessage,
      details: error.details && (asJobData(error.details) as Record<string, JobData>),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message, userMessage: message };
}

export function failureError(failure: JobFailure, key: string, attempts: number): MatchcutError {
  const code = (errorCodes as readonly string[]).includes(failure.code) ? failure.code : 'INTERNAL';
  const retried = attempts > 1 ? ` (given up after ${attempts} tries)` : '';
  return new MatchcutError(code, `job ${key}: ${failure.message}${retried}`, {
    userMessage: failure.userMessage,
    details: failure.details,
  });
}

/** Waits until the job is done (its result) or failed (its error, rethrown); UPSTREAM after `timeoutMs`. */
export async function waitForJob(
  queue: Pick<JobQueue, 'outcome'>,
  kind: string,
  key: string,
  options: { timeoutMs: number; pollMs?: number },
): Promise<JobData> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const outcome = await queue.outcome(kind, key);
    if (outcome?.state === 'done') return outcome.result;
    if (outcome?.state === 'failed') throw failureError(outcome.error, key, outcome.attempts);
    if (Date.now() >= deadline) {
      throw upstreamError(
        `job ${key} is ${outcome === undefined ? 'not in the queue' : 'not finished'} after ${options.timeoutMs} ms`,
        { userMessage: 'This is taking longer than expected; it goes on in the background.' },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
  }
}

/** A key that is the same for every call within one `windowMs` (a double click, a retry). */
export function keyWithin(key: string, windowMs: number, now: number = Date.now()): string {
  return `${key}@${Math.floor(now / windowMs)}`;
}
