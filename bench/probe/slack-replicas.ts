/**
 * Issue 18 item 8: the Slack section (50 events in flight, real Bolt apps, the real core) with one bot
 * replica against two, both on one PostgreSQL store (a real PostgreSQL 15 started on a loopback port in
 * a temporary folder, as the scale tests do, and stopped at the end): every event claimed before work,
 * events sent to the replicas in turn. Alternated (1 then 2, then 2 then 1) so the machine's load falls
 * on both alike. Prints one JSON line per run with the load average before and after it.
 *
 * Usage: npx tsx bench/probe/slack-replicas.ts <pairs>  (`--help`: this)
 */
import os from 'node:os';
import { startPostgres } from '../../test/support/postgres-server.js';
import { measureSlackOverhead } from '../sections/slack-section.js';

const usage = 'usage: npx tsx bench/probe/slack-replicas.ts <pairs>';
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    `${usage}\n` +
      'Runs the Slack section with one and with two bot replicas on one PostgreSQL store, <pairs> times\n' +
      '(alternated), and prints one JSON line per run with the load average before and after it.\n',
  );
  process.exit(0);
}
const pairs = Number(process.argv[2]);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(usage);

const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);
const postgres = await startPostgres({ database: 'bench_replicas' });
try {
  for (let pair = 1; pair <= pairs; pair += 1) {
    for (const replicas of pair % 2 === 1 ? [1, 2] : [2, 1]) {
      const loadBefore = loadAverage();
      const result = await measureSlackOverhead({
        repositoryRoot: process.cwd(),
        replicas,
        databaseUrl: postgres.url,
        onProgress: () => {},
      });
      const summary =
        result.status === 'ok'
          ? { ack: result.ack, answerPosted: result.answerPosted, askAlone: result.askAlone, answered: result.answered }
          : result;
      process.stdout.write(`${JSON.stringify({ pair, replicas, loadBefore, loadAfter: loadAverage(), ...summary })}\n`);
    }
  }
} finally {
  await postgres.stop();
}
