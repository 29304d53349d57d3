/**
 * The PostgreSQL store (MATCHCUT_DATABASE_URL=postgres://…): one pool, the schema migrated on open
 * under an advisory lock (replicas starting together on an empty database take turns), and every
 * repository of ../store-interface.ts limited to one community. `transaction` runs its work on one
 * pooled client in one transaction holding the community's write lock from its start.
 */
import { configError, isMatchcutError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { MatchcutStore, StoreOpenOptions, StoreRepositories, StoreSession } from '../store-interface.js';
import { communityPattern, defaultCommunity } from '../store-types.js';
import { createPostgresClaimStore } from './postgres-claim-store.js';
import { createPostgresChannelSettingStore } from './postgres-channel-setting-store.js';
import { inCommunityTransaction, type PostgresContext, poolContext, sessionContext } from './postgres-context.js';
import { createPostgresDigestStore, createPostgresPartnerSuggestionStore } from './postgres-digest-store.js';
import { createPostgresFeedStore } from './postgres-feed-store.js';
import { createPostgresFeedbackStore } from './postgres-feedback-store.js';
import { type PostgresMigration } from './postgres-migrations.js';
import { createPostgresPool, redactedUrl } from './postgres-pool.js';
import { createPostgresMemberLinkStore, createPostgresProfileStore } from './postgres-profile-store.js';
import { createPostgresQuestionLogStore } from './postgres-question-log-store.js';
import { type MigrationResult, postgresSchemaVersion, runPostgresMigrations } from './run-postgres-migrations.js';

export interface OpenPostgresStoreOptions {
  /** postgres://user:password@host:port/database (MATCHCUT_DATABASE_URL). */
  url: string;
  /** The community every row belongs to (MATCHCUT_COMMUNITY); default "default". */
  community?: string | undefined;
  logger: Logger;
  /** Pool size (default 10). */
  maxConnections?: number | undefined;
  /** For tests of the migration runner; the shipped list by default. */
  migrations?: readonly PostgresMigration[] | undefined;
  /** How often the store checks in the background that the server answers, for `isOpen` (default 5 s). */
  healthCheckMs?: number | undefined;
}

function checkedCommunity(community: string | undefined, location: string): string {
  const value = community ?? defaultCommunity;
  if (communityPattern.test(value)) return value;
  throw configError(
    `${location}: community "${value}" is not a valid name: use letters, digits, '.', '_' or '-' ` +
      '(at most 64, starting with a letter or digit), e.g. MATCHCUT_COMMUNITY=film-korea.',
  );
}

function repositoriesOf(context: PostgresContext): StoreRepositories {
  return {
    ...createPostgresProfileStore(context),
    ...createPostgresMemberLinkStore(context),
    ...createPostgresDigestStore(context),
    ...createPostgresFeedbackStore(context),
    ...createPostgresPartnerSuggestionStore(context),
    ...createPostgresQuestionLogStore(context),
    ...createPostgresChannelSettingStore(context),
    ...createPostgresFeedStore(context),
    ...createPostgresClaimStore(context),
  };
}

function missingLogger(): never {
  throw new Error('openPostgresStore(url, options): options.logger is required');
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Connects, applies pending migrations and returns the store of one community. Called with the options
 * (`{ url, community, logger }`) or, as ../open-configured-store.ts does, with the URL and the options.
 */
export async function openPostgresStore(
  urlOrOptions: string | OpenPostgresStoreOptions,
  openOptions?: StoreOpenOptions,
): Promise<MatchcutStore> {
  const options: OpenPostgresStoreOptions =
    typeof urlOrOptions === 'string'
      ? { url: urlOrOptions, logger: openOptions?.logger ?? missingLogger(), community: openOptions?.community }
      : urlOrOptions;
  const community = checkedCommunity(options.community, redactedUrl(options.url));
  const { pool, location } = createPostgresPool(options.url, options.logger, {
    maxConnections: options.maxConnections,
  });
  try {
    await runPostgresMigrations(pool, { logger: options.logger, location, migrations: options.migrations });
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (isMatchcutError(error)) throw error;
    throw configError(
      `Cannot open the PostgreSQL store at ${location}: ${reasonOf(error)}. ` +
        'Check that the server is running and MATCHCUT_DATABASE_URL is right.',
      { cause: error },
    );
  }
  let closed = false;
  let reachable = true;
  let closing: Promise<void> | undefined;
  const ping = async () => {
    if (closed) return false;
    try {
      await pool.query('SELECT 1');
      reachable = true;
    } catch {
      reachable = false;
    }
    return reachable;
  };
  // Readiness (`isOpen`) follows the server: a lost server shows within one check, a returned one too.
  const healthCheck = setInterval(() => void ping(), options.healthCheckMs ?? 5_000);
  healthCheck.unref();
  pool.on('error', () => {
    reachable = false;
  });
  return {
    ...repositoriesOf(poolContext(pool, community)),
    backend: 'postgres',
    community,
    location,
    transaction(work) {
      return inCommunityTransaction(pool, community, (client) => {
        const session: StoreSession = { ...repositoriesOf(sessionContext(client, community)), community };
        return work(session);
      });
    },
    schemaVersion: () => postgresSchemaVersion(pool),
    isOpen: () => !closed && reachable,
    ping,
    close() {
      closed = true;
      clearInterval(healthCheck);
      closing ??= pool.end();
      return closing;
    },
  };
}

/** Applies the pending migrations of the database at `url` (what `matchcut migrate` does) and closes. */
export async function migratePostgresDatabase(options: {
  url: string;
  logger: Logger;
}): Promise<MigrationResult & { location: string }> {
  const { pool, location } = createPostgresPool(options.url, options.logger, { maxConnections: 1 });
  try {
    return { ...(await runPostgresMigrations(pool, { logger: options.logger, location })), location };
  } catch (error) {
    if (isMatchcutError(error)) throw error;
    throw configError(
      `Cannot migrate the PostgreSQL database at ${location}: ${reasonOf(error)}. ` +
        'Check that the server is running and MATCHCUT_DATABASE_URL is right.',
      { cause: error },
    );
  } finally {
    await pool.end().catch(() => undefined);
  }
}
