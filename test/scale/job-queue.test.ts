/**
 * The digest/ingest job queue (src/jobs/): one suite for both implementations — BullMQ on a real Redis 7
 * and the PostgreSQL table on a real PostgreSQL 15 (one server of each for the file): a key enqueued from
 * several replicas at once is one job, run once; a job whose worker is killed (SIGKILL, a real process)
 * is taken over by another worker once the lease has run out; a failing job is retried with back-off and
 * then given up with its reason logged, and a refusal (BAD_INPUT) is not retried and keeps its details.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInput, isMatchcutError } from '../../src/errors.js';
import { openBullJobQueue } from '../../src/jobs/bullmq-job-queue.js';
import { type JobData, type JobQueue, type JobQueueSettings, waitForJob } from '../../src/jobs/job-queue.js';
import { openPostgresJobQueue } from '../../src/jobs/postgres-job-queue.js';
import type { Logger } from '../../src/logging/logger.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';
import { type RedisServer, startRedis } from '../support/redis-server.js';

let postgres: PostgresServer;
let redis: RedisServer;
const opened: JobQueue[] = [];
const children: ChildProcess[] = [];
const leaseMs = 700;
const settings: JobQueueSettings = { leaseMs, retryDelayMs: 150, pollMs: 100 };

/** One child worker per backend, started at once (their start overlaps the other tests). */
const childWorkers = new Map<string, { child: ChildProcess; taken: Promise<string> }>();

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres({ database: 'job_queue' }), startRedis()]);
  childWorkers.set('postgres', startChildWorker('postgres', postgres.url));
  childWorkers.set('redis', startChildWorker('redis', redis.url));
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const queue of opened) await queue.close();
  await redis?.stop();
  await postgres?.stop();
});

const backends = [
  {
    name: 'postgres' as const,
    open: async (logger: Logger = createSilentLogger()) =>
      openPostgresJobQueue({ url: postgres.url, community: 'default', logger, settings }),
  },
  {
    name: 'redis' as const,
    open: async (logger: Logger = createSilentLogger()) =>
      openBullJobQueue({ redisUrl: redis.url, community: 'default', logger, settings }),
  },
];

function startChildWorker(backend: 'postgres' | 'redis', url: string): { child: ChildProcess; taken: Promise<string> } {
  const child = fork(path.join(import.meta.dirname, 'job-worker-child.ts'), [backend, url, String(leaseMs)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const taken = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      const match = /taken (\S+)/u.exec(stdout);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code, signal) => reject(new Error(`the child worker exited (${code ?? signal}): ${stderr}`)));
  });
  return { child, taken };
}

describe.each(backends)('job queue on $name', (backend) => {
  it('makes one job of a key enqueued by several replicas at once, and runs it once', async () => {
    const replicas = await Promise.all([backend.open(), backend.open(), backend.open()]);
    opened.push(...replicas);
    const runs: string[] = [];
    const stops = replicas.map((queue, index) =>
      queue.work({
        ingest: async (payload, job) => {
          runs.push(`${index}:${job.key}:${job.attempt}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return { page: payload, by: index };
        },
      }),
    );
    const key = `${backend.name}:page:https://example.test/a`;
    const created = await Promise.all(
      [...replicas, ...replicas].map((queue) => queue.enqueue('ingest', key, 'https://example.test/a')),
    );
    expect(created.filter((result) => result.created)).toHaveLength(1);
    const results = await Promise.all(
      replicas.map((queue) => waitForJob(queue, 'ingest', key, { timeoutMs: 10_000, pollMs: 50 })),
    );
    const first = results[0] as { page: JobData; by: number };
    expect(first.page).toBe('https://example.test/a');
    expect(results).toEqual([first, first, first]);
    // Enqueued again after it ran: still the same job, not run again.
    expect(await replicas[1]!.enqueue('ingest', key, 'https://example.test/a')).toEqual({ created: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toEqual([`${first.by}:${key}:1`]);
    expect(await replicas[2]!.outcome('ingest', `${backend.name}:never-enqueued`)).toBeUndefined();
    for (const stop of stops) await stop();
  });

  it('gives a job whose worker was killed to another worker once the lease has run out', async () => {
    const queue = await backend.open();
    opened.push(queue);
    const key = `${backend.name}:digest:slack:C1@1`;
    const { child, taken } = childWorkers.get(backend.name)!;
    await queue.enqueue('hang', key, { channel: 'C1' });
    expect(await taken).toBe(key);
    child.kill('SIGKILL');
    const killedAt = Date.now();
    const attempts: number[] = [];
    const stop = queue.work({
      hang: async (payload, job) => {
        attempts.push(job.attempt);
        return { posted: payload };
      },
    });
    const result = await waitForJob(queue, 'hang', key, { timeoutMs: 15_000, pollMs: 50 });
    const tookOverAfterMs = Date.now() - killedAt;
    await stop();
    expect(result).toEqual({ posted: { channel: 'C1' } });
    expect(attempts).toHaveLength(1);
    // Not before the dead worker's lease ran out.
    expect(tookOverAfterMs).toBeGreaterThanOrEqual(leaseMs / 2);
  });

  it('retries a failing job with back-off, then gives it up and logs why; a refusal is not retried', async () => {
    const memory = createMemoryLogger('info');
    const queue = await backend.open(memory.logger);
    opened.push(queue);
    const tries: number[] = [];
    const stop = queue.work({
      feeds: async () => {
        tries.push(Date.now());
        throw new Error('the feed server answered 503');
      },
      page: async () => {
        tries.push(-1);
        throw badInput('cannot ingest https://example.test/x: HTTP 404', {
          details: { problem: 'httpStatus', status: 404 },
        });
      },
    });
    const key = `${backend.name}:feeds@1`;
    await queue.enqueue('feeds', key, null, { maxAttempts: 3 });
    const failure = await waitForJob(queue, 'feeds', key, { timeoutMs: 15_000, pollMs: 50 }).catch(
      (error: unknown) => error,
    );
    expect(isMatchcutError(failure) && failure.message).toMatch(
      /the feed server answered 503 \(given up after 3 tries\)/u,
    );
    expect(tries).toHaveLength(3);
    // Back-off: the second wait is longer than the first, each at least the configured delay.
    const waits = [tries[1]! - tries[0]!, tries[2]! - tries[1]!];
    expect(waits[0]).toBeGreaterThanOrEqual(settings.retryDelayMs - 20);
    expect(waits[1]).toBeGreaterThanOrEqual(2 * settings.retryDelayMs - 20);
    const givenUp = await memory.waitFor((record) => record.msg === 'job given up' && record.key === key);
    expect(givenUp.reason).toBe('the feed server answered 503');
    expect(
      memory.records().filter((record) => record.msg === 'job failed; retrying' && record.key === key),
    ).toHaveLength(2);

    tries.length = 0;
    const refused = `${backend.name}:page@1`;
    await queue.enqueue('page', refused, 'https://example.test/x');
    const error = await waitForJob(queue, 'page', refused, { timeoutMs: 10_000, pollMs: 50 }).catch(
      (caught: unknown) => caught,
    );
    expect(isMatchcutError(error) && [error.code, error.message]).toEqual([
      'BAD_INPUT',
      `job ${refused}: cannot ingest https://example.test/x: HTTP 404`,
    ]);
    expect(isMatchcutError(error) && error.details).toEqual({ problem: 'httpStatus', status: 404 });
    expect(tries).toEqual([-1]);
    await stop();
  });
});
