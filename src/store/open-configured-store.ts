/**
 * Which store a process opens, from configuration: the SQLite file in the data directory when
 * MATCHCUT_DATABASE_URL is unset (the default: no server), PostgreSQL when it is set
 * (./postgres/open-postgres-store.ts, loaded only then). Either serves MATCHCUT_COMMUNITY.
 */
import path from 'node:path';
import { type CoreConfig, redactDatabaseUrl } from '../config/config.js';
import { configError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { openSqliteStore } from './sqlite-store.js';
import type { MatchcutStore } from './store-interface.js';
import { defaultCommunity } from './store-types.js';

/** The SQLite store's file in a data directory. */
export const sqliteStoreFile = (dataDir: string) => path.join(dataDir, 'matchcut.sqlite');

/** The PostgreSQL backend, loaded only when configured (it brings the pg driver). */
async function loadPostgres() {
  try {
    return (await import('./postgres/open-postgres-store.js')).openPostgresStore;
  } catch (error) {
    throw configError(
      'MATCHCUT_DATABASE_URL is set, but the PostgreSQL store could not be loaded ' +
        `(${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}); ` +
        'unset MATCHCUT_DATABASE_URL to use the SQLite file in MATCHCUT_DATA_DIR.',
      { cause: error },
    );
  }
}

/** Opens the configured store (migrated, serving the configured community). */
export async function openConfiguredStore(
  config: Pick<CoreConfig, 'dataDir' | 'store'>,
  options: { logger: Logger; questionLogThread?: boolean | undefined },
): Promise<MatchcutStore> {
  const community = config.store?.community ?? defaultCommunity;
  const url = config.store?.databaseUrl;
  if (url === undefined) {
    return openSqliteStore(sqliteStoreFile(config.dataDir), {
      logger: options.logger,
      community,
      ...(options.questionLogThread === undefined ? {} : { questionLogThread: options.questionLogThread }),
    });
  }
  const openPostgresStore = await loadPostgres();
  options.logger.info({ database: redactDatabaseUrl(url), community }, 'opening the PostgreSQL store');
  return openPostgresStore(url, { logger: options.logger, community });
}
