/**
 * Brings a PostgreSQL database's schema up to date. The whole run holds a session advisory lock
 * (`pg_advisory_lock`), so replicas starting together on an empty database take turns: the first
 * applies the migrations, the others then find them applied. Each migration is one transaction,
 * recorded in `schema_migrations`; a database migrated by a newer matchcut is refused.
 */
import type pg from 'pg';
import { configError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { type PostgresMigration, postgresMigrations } from './postgres-migrations.js';

/** The advisory lock key every matchcut process migrating a database takes (a fixed 64-bit number). */
export const migrationLockKey = '7203114592310876401';

export interface MigrationResult {
  /** Highest version applied after the run. */
  version: number;
  /** The migrations this run applied (empty when the database was up to date). */
  applied: PostgresMigration[];
}

const createLedger = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at text NOT NULL
)`;

async function applyPending(
  client: pg.PoolClient,
  migrations: readonly PostgresMigration[],
  location: string,
): Promise<MigrationResult> {
  await client.query(createLedger);
  const rows = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.rows.map((row) => row.version));
  const known = new Set(migrations.map((migration) => migration.version));
  const unknown = [...applied].filter((version) => !known.has(version));
  if (unknown.length > 0) {
    throw configError(
      `${location} was migrated by a newer matchcut (schema version ${Math.max(...unknown)}); ` +
        'upgrade matchcut or point MATCHCUT_DATABASE_URL at another database.',
    );
  }
  const done: PostgresMigration[] = [];
  for (const migration of [...migrations].sort((left, right) => left.version - right.version)) {
    if (applied.has(migration.version)) continue;
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw configError(
        `${location}: schema migration ${migration.version} (${migration.name}) failed: ` +
          `${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    done.push(migration);
    applied.add(migration.version);
  }
  return { version: Math.max(0, ...applied), applied: done };
}

/** Applies the pending migrations under the migration lock; safe to run from many processes at once. */
export async function runPostgresMigrations(
  pool: pg.Pool,
  options: { logger: Logger; location: string; migrations?: readonly PostgresMigration[] },
): Promise<MigrationResult> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      const result = await applyPending(client, options.migrations ?? postgresMigrations, options.location);
      for (const migration of result.applied) {
        options.logger.info(
          { location: options.location, version: migration.version, migration: migration.name },
          'store migration applied',
        );
      }
      return result;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch((error: Error) => {
        broken = error;
      });
    }
  } finally {
    // A client whose unlock failed may still hold the lock: destroy it rather than return it to the pool.
    client.release(broken);
  }
}

/** The highest migration applied (0 for a database never migrated). */
export async function postgresSchemaVersion(pool: pg.Pool): Promise<number> {
  const exists = await pool.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  );
  if (exists.rows[0]?.present !== true) return 0;
  const result = await pool.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}
