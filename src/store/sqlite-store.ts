/**
 * The SQLite store (the default backend of ./store-interface.ts): one file in the data directory,
 * one better-sqlite3 connection (WAL, full sync, foreign keys, versioned migrations:
 * ./sqlite-database.ts) and one repository per aggregate, all scoped to the store's community.
 * The repositories are synchronous underneath; every call goes through the store's lane
 * (./store-lane.ts), so a transaction's awaits never interleave with other work on the connection.
 * `transaction` runs BEGIN IMMEDIATE … COMMIT (ROLLBACK on an error) on the lane: it takes the
 * file's write lock first, so transactions of other processes on the same file wait their turn
 * (busy timeout) and two digests chosen at once never share a pair. The question log's batches
 * (`addQuestions`) are the exception: a worker thread with its own connection writes them
 * (./question-log-write-thread.ts), off the lane and off the main thread.
 */
import path from 'node:path';
import { configError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { type ClaimRepository, createClaimRepository } from './claims/claim-repository.js';
import { createChannelSettingRepository, type ChannelSettingRepository } from './channel-setting-repository.js';
import { createDigestRepository, type DigestRepository } from './digest-repository.js';
import { createFeedRepository, type FeedRepository } from './feed-repository.js';
import { createFeedbackRepository, type FeedbackRepository } from './feedback-repository.js';
import { createMemberLinkRepository, type MemberLinkRepository } from './member-link-repository.js';
import { type Migration, migrations as defaultMigrations } from './migrations.js';
import {
  createPartnerSuggestionRepository,
  type PartnerSuggestionRepository,
} from './partner-suggestion-repository.js';
import { createProfileRepository, type ProfileRepository } from './profile-repository.js';
import { createQuestionInserter } from './question-inserter.js';
import { createQuestionLogRepository, type QuestionLogRepository } from './question-log-repository.js';
import { createQuestionLogWriteThread } from './question-log-write-thread.js';
import { openDatabase, type SqliteDatabase } from './sqlite-database.js';
import type { MatchcutStore, StoreOpenOptions, StoreRepositories, StoreSession } from './store-interface.js';
import { acquireStoreLane } from './store-lane.js';
import { communityPattern, defaultCommunity } from './store-types.js';

export interface SqliteStoreOptions extends StoreOpenOptions {
  logger: Logger;
  /** For tests of the migration runner; the shipped list by default. */
  migrations?: readonly Migration[];
  /**
   * Write the question log's batches on a thread of their own (default): worth it for long-running bots; a
   * one-shot command writes its one row on the main thread instead of starting a thread for it.
   */
  questionLogThread?: boolean;
}

/** The SQLite store also names its file. */
export interface SqliteStore extends MatchcutStore {
  readonly backend: 'sqlite';
  readonly file: string;
  /** Where the question log's rows are written. */
  readonly questionLogWrites: 'main thread' | 'write thread';
}

/** Every synchronous repository of one community over one connection. */
type SyncRepositories = ProfileRepository &
  MemberLinkRepository &
  DigestRepository &
  FeedbackRepository &
  PartnerSuggestionRepository &
  QuestionLogRepository &
  ChannelSettingRepository &
  FeedRepository &
  ClaimRepository;

/** The same methods, returning promises. */
type Promised<T> = {
  [Name in keyof T]: T[Name] extends (...parameters: infer P) => infer R ? (...parameters: P) => Promise<R> : never;
};

function createSyncRepositories(database: SqliteDatabase, community: string): SyncRepositories {
  return {
    ...createProfileRepository(database, community),
    ...createMemberLinkRepository(database, community),
    ...createDigestRepository(database, community),
    ...createFeedbackRepository(database, community),
    ...createPartnerSuggestionRepository(database, community),
    ...createQuestionLogRepository(database, community),
    ...createChannelSettingRepository(database, community),
    ...createFeedRepository(database, community),
    ...createClaimRepository(database, community),
  };
}

/** Each method of `repositories`, run through `call` (the lane, or a transaction's guard). */
function promised(repositories: SyncRepositories, call: <T>(work: () => T) => Promise<T>): Promised<SyncRepositories> {
  const entries = Object.entries(repositories).map(([name, method]) => [
    name,
    (...parameters: unknown[]) => call(() => (method as (...values: unknown[]) => unknown)(...parameters)),
  ]);
  return Object.fromEntries(entries) as Promised<SyncRepositories>;
}

export function checkedCommunity(community: string | undefined, where: string): string {
  const value = community ?? defaultCommunity;
  if (!communityPattern.test(value)) {
    throw configError(
      `${where}: community "${value}" is not a valid name: use letters, digits, '.', '_' or '-' ` +
        '(at most 64, starting with a letter or digit), e.g. MATCHCUT_COMMUNITY=film-korea.',
    );
  }
  return value;
}

/** Opens (creating when needed) the store file, brings its schema up to date and serves one community. */
export function openSqliteStore(file: string, options: SqliteStoreOptions): SqliteStore {
  const community = checkedCommunity(options.community, file);
  const database = openDatabase(file, options.migrations ?? defaultMigrations, options.logger);
  const repositories = createSyncRepositories(database, community);
  // A database in memory is private to its connection; a file shares its lane with other stores on it.
  const { lane, release } = acquireStoreLane(file === ':memory:' ? undefined : path.resolve(file), file);
  const onLane = <T>(work: () => T) => lane.run(work);
  // The question log's batches are written on a thread of their own with its own connection (a
  // file's; one in memory is private to this connection): the main thread never waits for their sync.
  const inserter = createQuestionInserter(database, community);
  const questionLogThread =
    file === ':memory:' || options.questionLogThread === false
      ? undefined
      : createQuestionLogWriteThread({
          file: path.resolve(file),
          community,
          logger: options.logger,
          writeOnMainThread: (questions, skipWritten) => onLane(() => inserter.addQuestions(questions, skipWritten)),
        });
  let closed = false;
  const isOpen = () => {
    if (closed || !database.open) return false;
    try {
      database.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  };
  const store: SqliteStore = {
    ...(promised(repositories, onLane) satisfies StoreRepositories),
    ...(questionLogThread === undefined
      ? {}
      : { addQuestions: (questions) => questionLogThread.addQuestions(questions) }),
    backend: 'sqlite',
    community,
    file,
    questionLogWrites: questionLogThread === undefined ? 'main thread' : 'write thread',
    location: file,
    transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T> {
      return lane.run(async () => {
        let active = true;
        const guarded = <Value>(call: () => Value) => {
          if (!active) return Promise.reject(new Error(`store ${file}: the transaction's session is over`));
          try {
            return Promise.resolve(call());
          } catch (error) {
            return Promise.reject(error);
          }
        };
        const session: StoreSession = { ...promised(repositories, guarded), community };
        // IMMEDIATE: the write lock first (waiting for other processes up to the busy timeout), so no
        // deferred read lock has to be upgraded later, which fails at once when another writer passed.
        database.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(session);
          database.exec('COMMIT');
          return result;
        } catch (error) {
          if (database.inTransaction) database.exec('ROLLBACK');
          throw error;
        } finally {
          active = false;
        }
      });
    },
    schemaVersion: () =>
      lane.run(() => {
        const row = database.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
          version: number | null;
        };
        return row.version ?? 0;
      }),
    isOpen,
    ping: () => lane.run(isOpen),
    close: async () => {
      await questionLogThread?.close();
      return lane.run(() => {
        if (closed) return;
        closed = true;
        release();
        database.close();
      });
    },
  };
  return store;
}
