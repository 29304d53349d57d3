/**
 * The PostgreSQL connection pool (`pg.Pool`) of one store: the URL checked, its password never in a
 * log line or error (`location` is the URL without it), `json` columns returned as their text (the
 * repositories parse them, as the SQLite ones do), and idle-client errors logged instead of crashing.
 */
import pg from 'pg';
import { z } from 'zod';
import { redactDatabaseUrl } from '../../config/config.js';
import { configError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';

/** The operations a repository runs: the pool itself, or the client of one open transaction. */
export interface Queryable {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: readonly unknown[],
  ): Promise<pg.QueryResult<Row>>;
}

export interface PostgresPool {
  readonly pool: pg.Pool;
  /** The URL without its password, safe to log. */
  readonly location: string;
}

const jsonTypeId = 114;

const urlSchema = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'expected a postgres:// or postgresql:// URL')
  .refine((value) => URL.canParse(value), 'not a valid URL');

/** The URL with its password (and secret query parameters) replaced, for logs and messages. */
export const redactedUrl = redactDatabaseUrl;

/** Checks the URL (errors name MATCHCUT_DATABASE_URL, never the password) and creates the pool. */
export function createPostgresPool(
  url: string,
  logger: Logger,
  options: { maxConnections?: number } = {},
): PostgresPool {
  const checked = urlSchema.safeParse(url);
  if (!checked.success) {
    throw configError(
      `MATCHCUT_DATABASE_URL: ${checked.error.issues[0]?.message ?? 'invalid'} (got ${redactedUrl(url)}); ` +
        'set it like postgres://user:password@host:5432/database, or unset it to use SQLite.',
    );
  }
  const location = redactedUrl(checked.data);
  const pool = new pg.Pool({
    connectionString: checked.data,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    types: {
      getTypeParser: (typeId, format) =>
        typeId === jsonTypeId ? (value: string) => value : pg.types.getTypeParser(typeId, format),
    },
  });
  // A pooled client whose connection drops while idle emits here; without a listener the process would exit.
  pool.on('error', (error) => {
    logger.warn(
      { location, err: { message: error.message, code: (error as { code?: string }).code } },
      'PostgreSQL idle client error',
    );
  });
  return { pool, location };
}
