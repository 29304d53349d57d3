/**
 * `matchcut migrate` through the real command line: the PostgreSQL database of MATCHCUT_DATABASE_URL
 * (migrated once, then found up to date), the SQLite file without it, and a URL it cannot reach
 * (exit 2, the setting named, the password never shown).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';

let server: PostgresServer;
let folder: { folder: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  server = await startPostgres({ database: 'migrate_command' });
  folder = await createTemporaryFolder('matchcut-migrate-');
});

afterAll(async () => {
  await server?.stop();
  await folder?.cleanup();
});

const environment = (extra: Record<string, string>) => ({
  MATCHCUT_DATA_DIR: folder.folder,
  ...extra,
});

describe('matchcut migrate', () => {
  it('migrates the PostgreSQL database and prints its schema version, the second time too', async () => {
    const first = await runCli(['migrate'], {
      cwd: folder.folder,
      env: environment({ MATCHCUT_DATABASE_URL: server.url }),
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`schema version 5 (postgres: ${server.url})\n`);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const tables = await client.query<{ count: number }>(
      "SELECT COUNT(*)::integer AS count FROM information_schema.tables WHERE table_schema = 'public'",
    );
    await client.end();
    expect(tables.rows[0]?.count).toBe(22);
    const again = await runCli(['migrate', '--json'], {
      cwd: folder.folder,
      env: environment({ MATCHCUT_DATABASE_URL: server.url, MATCHCUT_COMMUNITY: 'film-korea' }),
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      backend: 'postgres',
      location: server.url,
      community: 'film-korea',
      schemaVersion: 5,
    });
  });

  it('migrates the SQLite file when MATCHCUT_DATABASE_URL is unset', async () => {
    const result = await runCli(['migrate', '--json'], { cwd: folder.folder, env: environment({}) });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { backend: string; location: string; schemaVersion: number };
    expect(report.backend).toBe('sqlite');
    expect(report.location.startsWith(folder.folder)).toBe(true);
    expect(report.schemaVersion).toBeGreaterThanOrEqual(6);
  });

  it('exits 2 naming MATCHCUT_DATABASE_URL, without the password, when the server cannot be reached', async () => {
    const url = `postgres://matchcut:hidden-pass-word@127.0.0.1:${server.port + 1}/nowhere`;
    const result = await runCli(['migrate'], { cwd: folder.folder, env: environment({ MATCHCUT_DATABASE_URL: url }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^matchcut: .*MATCHCUT_DATABASE_URL/);
    expect(`${result.stdout}${result.stderr}`).not.toContain('hidden-pass-word');
  });
});
