/**
 * Opening the SQLite file: the folder is created, problems name the file and MATCHCUT_DATA_DIR,
 * the connection gets WAL, full sync, foreign keys and a busy timeout, and pending migrations
 * run in one IMMEDIATE transaction. A second connection to a migrated file (the question log's
 * write thread) gets the same settings without migrating.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { configError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { Migration } from './migrations.js';

/** How long a connection waits for another process's write lock. */
const busyTimeoutMs = 5_000;

export type SqliteDatabase = Database.Database;

/** A statement of one community: its first positional parameter (`community = ?`) is bound to it. */
export interface ScopedStatement {
  get(...values: unknown[]): unknown;
  all(...values: unknown[]): unknown[];
  run(...values: unknown[]): Database.RunResult;
}

/** Prepares `sql`, whose first `?` is the community, so that callers pass only the other values. */
export function scopedStatement(database: SqliteDatabase, community: string, sql: string): ScopedStatement {
  const statement = database.prepare(sql);
  return {
    get: (...values) => statement.get(community, ...values),
    all: (...values) => statement.all(community, ...values),
    run: (...values) => statement.run(community, ...values),
  };
}

/** Prepares `sql` with named parameters, `@community` among them, bound to the community. */
export function namedScopedStatement(database: SqliteDatabase, community: string, sql: string) {
  const statement = database.prepare(sql);
  return {
    get: (values: Record<string, unknown> = {}) => statement.get({ ...values, community }),
    all: (values: Record<string, unknown> = {}) => statement.all({ ...values, community }),
    run: (values: Record<string, unknown> = {}) => statement.run({ ...values, community }),
  };
}

function runMigrations(database: SqliteDatabase, migrations: readonly Migration[], logger: Logger, file: string): void {
  // One IMMEDIATE transaction takes the write lock before reading what is applied: processes that
  // open a new data folder together wait for each other (busy timeout) instead of racing.
  const applyPending = database.transaction(() => {
    database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const rows = database.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    const applied = new Set(rows.map((row) => row.version));
    const known = new Set(migrations.map((migration) => migration.version));
    const unknown = [...applied].filter((version) => !known.has(version));
    if (unknown.length > 0) {
      throw configError(
        `${file} was written by a newer matchcut (schema version ${Math.max(...unknown)}); ` +
          'upgrade matchcut or point MATCHCUT_DATA_DIR at another folder.',
      );
    }
    const record = database.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const done: Migration[] = [];
    for (const migration of [...migrations].sort((left, right) => left.version - right.version)) {
      if (applied.has(migration.version)) continue;
      migration.up(database);
      record.run(migration.version, migration.name, new Date().toISOString());
      done.push(migration);
    }
    return done;
  });
  for (const migration of applyPending.immediate()) {
    logger.info({ file, version: migration.version, migration: migration.name }, 'store migration applied');
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Switching a new file to WAL needs a moment alone with it; SQLite answers SQLITE_BUSY at once
 * (no busy handler) when other processes open the same new file, so wait and try again.
 */
function switchToWriteAheadLog(database: SqliteDatabase): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt += 1) {
    try {
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 100) throw error;
      Atomics.wait(pause, 0, 0, 20 + Math.floor(Math.random() * 30));
    }
  }
}

/** What every connection to the file gets: the busy timeout, WAL, full sync and foreign keys. */
function configure(database: SqliteDatabase): void {
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  switchToWriteAheadLog(database);
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
}

/** Opens (creating when needed) the database file and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[], logger: Logger): SqliteDatabase {
  let database: SqliteDatabase;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    database = new Database(file);
  } catch (error) {
    throw configError(
      `Cannot open the store ${file}: ${reasonOf(error)}. ` +
        'Check that the data directory is writable (MATCHCUT_DATA_DIR).',
      { cause: error },
    );
  }
  configure(database);
  try {
    runMigrations(database, migrations, logger, file);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}

/**
 * A second connection to a store file another connection has opened and migrated (the question
 * log's write thread): the same settings, no migrations, and the file must exist.
 */
export function openMigratedDatabase(file: string): SqliteDatabase {
  const database = new Database(file, { fileMustExist: true });
  try {
    configure(database);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}
