/**
 * Readiness follows PostgreSQL: a core on MATCHCUT_DATABASE_URL is ready (`/ready` 200) while the
 * server answers, and not ready (503, `store: false`) once it has gone — the store checks in the
 * background, so the synchronous readiness check sees a lost server without a request failing first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthReply, readinessOf } from '../../adapters/health/readiness.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';

let server: PostgresServer;
let testCore: TestCore | undefined;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  for (let waited = 0; !condition() && waited < timeoutMs; waited += 100) await pause(100);
}

beforeAll(async () => {
  server = await startPostgres({ database: 'readiness' });
});

afterAll(async () => {
  await testCore?.cleanup();
  await server?.stop();
});

describe('readiness on PostgreSQL', () => {
  it('is ready while the server answers and not once it has gone', async () => {
    testCore = await createTestCore({ environment: { MATCHCUT_DATABASE_URL: server.url } });
    const store = await openPostgresStore({ url: server.url, logger: createSilentLogger(), healthCheckMs: 100 });
    const ready = healthReply('/ready', () => readinessOf(testCore?.core, []));
    expect(ready?.status).toBe(200);
    expect(JSON.parse(ready?.body ?? '{}')).toMatchObject({ ready: true, index: true, store: true });
    expect(healthReply('/health', () => readinessOf(testCore?.core, []))?.status).toBe(200);
    expect(store.isOpen()).toBe(true);

    await server.stop();
    await until(() => !store.isOpen() && testCore?.core.readiness?.().store === false, 30_000);
    expect(store.isOpen()).toBe(false);
    expect(await store.ping()).toBe(false);
    const lost = healthReply('/ready', () => readinessOf(testCore?.core, []));
    expect(lost?.status).toBe(503);
    expect(JSON.parse(lost?.body ?? '{}')).toMatchObject({ ready: false, index: true, store: false });
    // /health too: a load balancer stops sending this replica work while its database is gone.
    const unhealthy = healthReply('/health', () => readinessOf(testCore?.core, []));
    expect(unhealthy?.status).toBe(503);
    expect(JSON.parse(unhealthy?.body ?? '{}')).toEqual({ healthy: false, index: true, store: false });
    await store.close();
  });
});
