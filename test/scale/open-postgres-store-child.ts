/**
 * Child process for the concurrent-migration test: opens the PostgreSQL store at the URL given
 * (which migrates it), prints the schema version it sees, closes.
 */
import { createSilentLogger } from '../../src/logging/logger.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';

const [url, community] = process.argv.slice(2);
if (url === undefined) {
  process.stderr.write('usage: open-postgres-store-child.ts <url> [community]\n');
  process.exit(2);
}
const store = await openPostgresStore({ url, community, logger: createSilentLogger() });
process.stdout.write(`${await store.schemaVersion()}\n`);
await store.close();
