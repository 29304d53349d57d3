/**
 * The matchmaking store: one SQLite file (better-sqlite3) in the data directory, composed of one
 * repository per aggregate — profiles (profile-repository.ts), member links
 * (member-link-repository.ts), digests with their suggestions (digest-repository.ts), feedback
 * and introductions (feedback-repository.ts) — over one connection opened with WAL, foreign keys
 * and versioned migrations (sqlite-database.ts). Every multi-row write is one transaction, so a
 * process killed mid-write leaves the previous consistent state.
 *
 * The store is synchronous (better-sqlite3 is): matchmaking composes repository calls inside
 * `transaction`, which needs synchronous work. Making it asynchronous belongs with the scale-out
 * store, where each repository interface gains `Promise` results behind the same names.
 */
import type { Logger } from '../logging/logger.js';
import { createDigestRepository, type DigestRepository } from './digest-repository.js';
import { createFeedbackRepository, type FeedbackRepository } from './feedback-repository.js';
import { createMemberLinkRepository, type MemberLinkRepository } from './member-link-repository.js';
import { type Migration, migrations as defaultMigrations } from './migrations.js';
import {
  createPartnerSuggestionRepository,
  type PartnerSuggestionRepository,
} from './partner-suggestion-repository.js';
import { createProfileRepository, type ProfileRepository } from './profile-repository.js';
import { openDatabase } from './sqlite-database.js';

export type { DigestRepository } from './digest-repository.js';
export type { FeedbackRepository } from './feedback-repository.js';
export type { MemberLinkRepository } from './member-link-repository.js';
export type { ProfileRepository } from './profile-repository.js';
export {
  type FeedbackRecord,
  type KnowledgeSyncResult,
  nameKey,
  type PairBlock,
  pairKeyOf,
  type PartyState,
  type RecentSuggestion,
  type StoreCounts,
} from './store-types.js';

export interface OpenStoreOptions {
  logger: Logger;
  /** For tests of the migration runner; the shipped list by default. */
  migrations?: readonly Migration[];
}

/** The store's own state: its file, schema, transactions and lifetime. */
export interface StoreLifecycle {
  readonly file: string;
  /** Highest migration applied. */
  schemaVersion(): number;
  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T;
  /** Whether the database is open and answers a query (health checks). */
  isOpen(): boolean;
  close(): void;
}

export type MatchcutStore = ProfileRepository &
  MemberLinkRepository &
  DigestRepository &
  FeedbackRepository &
  PartnerSuggestionRepository &
  StoreLifecycle;

/** Opens (creating when needed) the store file and brings its schema up to date. */
export function openStore(file: string, options: OpenStoreOptions): MatchcutStore {
  const database = openDatabase(file, options.migrations ?? defaultMigrations, options.logger);
  let closed = false;
  const lifecycle: StoreLifecycle = {
    file,
    schemaVersion() {
      const row = database.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
        version: number | null;
      };
      return row.version ?? 0;
    },
    // Every write transaction is IMMEDIATE: it takes the write lock first and waits its turn (busy
    // timeout), where a deferred one fails at once when it must upgrade a read lock another writer passed.
    transaction<T>(work: () => T): T {
      return database.transaction(work).immediate();
    },
    isOpen() {
      if (closed || !database.open) return false;
      try {
        database.prepare('SELECT 1').get();
        return true;
      } catch {
        return false;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      database.close();
    },
  };
  return {
    ...createProfileRepository(database),
    ...createMemberLinkRepository(database),
    ...createDigestRepository(database),
    ...createFeedbackRepository(database),
    ...createPartnerSuggestionRepository(database),
    ...lifecycle,
  };
}
