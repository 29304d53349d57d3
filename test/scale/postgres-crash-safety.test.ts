/**
 * A replica killed in the middle of a PostgreSQL write: the server rolls its transaction back, so
 * the previous consistent state stays (the committed digest, none of the half-written one), and its
 * community write lock goes with its connection, so the other replicas go on writing.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { testDigest } from './postgres-fixtures.js';

let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgres({ database: 'crash_safety' });
});

afterAll(async () => {
  await server?.stop();
});

function runCrashingWriter(url: string): Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'postgres-crash-writer-child.ts'), [url], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve({ signal, stdout, stderr }));
  });
}

describe('PostgreSQL store: a replica killed mid-write', () => {
  it('leaves the committed state, none of the half-written digest, and its write lock released', async () => {
    const result = await runCrashingWriter(server.url);
    expect(result.stderr).toBe('');
    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).toBe('committed\n');
    const store = await openPostgresStore({ url: server.url, logger: createSilentLogger() });
    try {
      expect((await store.getDigest('committed'))?.suggestions).toHaveLength(2);
      expect(await store.getDigest('crashing')).toBeUndefined();
      expect(await store.getSuggestion('crashing-s0')).toBeUndefined();
      // Another replica's write transaction takes the community lock the dead one held.
      await store.transaction(async (session) => {
        await session.saveDigest(testDigest('after', '2026-12-04T06:02:00.000Z', [['a1', 'b1']]));
      });
      expect((await store.latestDigest())?.id).toBe('after');
      expect((await store.counts()).digests).toBe(2);
    } finally {
      await store.close();
    }
  });
});
