/**
 * Child process for the PostgreSQL crash test: commits one digest, then starts a digest of 300
 * suggestions and kills itself with SIGKILL in the middle of its transaction (a getter on one of
 * the suggestions being written does it), while it holds the community's write lock.
 */
import { createSilentLogger } from '../../src/logging/logger.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { testDigest } from './postgres-fixtures.js';

const [url] = process.argv.slice(2);
if (url === undefined) {
  process.stderr.write('usage: postgres-crash-writer-child.ts <url>\n');
  process.exit(2);
}

const store = await openPostgresStore({ url, logger: createSilentLogger() });
const pairs = (count: number) => Array.from({ length: count }, (_, index) => [`a${index}`, `b${index}`] as const);
await store.saveDigest(testDigest('committed', '2026-12-04T06:00:00.000Z', pairs(2)));
process.stdout.write('committed\n');

const crashing = testDigest('crashing', '2026-12-04T06:01:00.000Z', pairs(300));
Object.defineProperty(crashing.suggestions[150], 'reasons', {
  get() {
    process.kill(process.pid, 'SIGKILL');
    return [];
  },
});
await store.saveDigest(crashing);
process.stdout.write('not killed\n');
