/**
 * Child process for the job queue tests: opens the queue given (postgres or redis) with a short lease and
 * works jobs of kind `hang` with a handler that never finishes; it prints `taken <key>` when it has one,
 * and the test kills it with SIGKILL — a replica dying with a job in hand.
 */
import { createSilentLogger } from '../../src/logging/logger.js';
import { openBullJobQueue } from '../../src/jobs/bullmq-job-queue.js';
import { openPostgresJobQueue } from '../../src/jobs/postgres-job-queue.js';

const [backend, url, leaseMs] = process.argv.slice(2);
if (url === undefined || leaseMs === undefined || (backend !== 'postgres' && backend !== 'redis')) {
  process.stderr.write('usage: job-worker-child.ts postgres|redis <url> <leaseMs>\n');
  process.exit(2);
}
const settings = { leaseMs: Number(leaseMs), retryDelayMs: 100, pollMs: 100 };
const logger = createSilentLogger();
const queue =
  backend === 'redis'
    ? openBullJobQueue({ redisUrl: url, community: 'default', logger, settings })
    : await openPostgresJobQueue({ url, community: 'default', logger, settings });
queue.work({
  hang: async (_payload, job) => {
    process.stdout.write(`taken ${job.key}\n`);
    return new Promise(() => undefined);
  },
});
process.stdout.write('working\n');
