import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from '../support/postgres-server.js';
import { startRedis } from '../support/redis-server.js';

describe('throwaway servers for the scale tests', () => {
  it('starts PostgreSQL with a database, serves SQL, and stop() ends the server and removes its folder', async () => {
    const server = await startPostgres({ database: 'scale_check' });
    expect(existsSync(server.folder)).toBe(true);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const result = await client.query<{ database: string; version: number }>(
      "SELECT current_database() AS database, current_setting('server_version_num')::int AS version",
    );
    await client.end();
    expect(result.rows[0]?.database).toBe('scale_check');
    expect(result.rows[0]?.version).toBeGreaterThanOrEqual(150_000);
    expect(await server.createDatabase('scale_other')).toMatch(/\/scale_other$/);
    await server.stop();
    expect(existsSync(server.folder)).toBe(false);
    const late = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2_000 });
    late.on('error', () => undefined);
    await expect(late.connect()).rejects.toThrow();
  });

  it('starts Redis without persistence, and stop() ends it and removes its folder', async () => {
    const server = await startRedis();
    const client = new Redis(server.url, { maxRetriesPerRequest: 0, lazyConnect: true });
    await client.connect();
    expect(await client.set('claim', 'replica-a', 'PX', 10_000, 'NX')).toBe('OK');
    expect(await client.set('claim', 'replica-b', 'PX', 10_000, 'NX')).toBeNull();
    expect(await client.config('GET', 'save')).toEqual(['save', '']);
    client.disconnect();
    await server.stop();
    expect(existsSync(server.folder)).toBe(false);
    const late = new Redis(server.url, { maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    late.on('error', () => undefined);
    await expect(late.connect()).rejects.toThrow();
  });
});
