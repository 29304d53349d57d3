/**
 * The matchmaking store: one SQLite file (better-sqlite3) in the data directory holding
 * member profiles, member links, digests with their suggestions, feedback and introductions.
 * WAL journal, foreign keys on, versioned migrations; every multi-row write is one
 * transaction, so a process killed mid-write leaves the previous consistent state.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { configError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { Profile } from '../matchmaking/profile-schema.js';
import type { Citation } from '../answer/types.js';
import type {
  Digest,
  FeedbackVerdict,
  MatchReason,
  PartyRef,
  Suggestion,
  UnmetNeed,
} from '../matchmaking/types.js';
import { type Migration, migrations as defaultMigrations } from './migrations.js';

export interface OpenStoreOptions {
  logger: Logger;
  /** For tests of the migration runner; the shipped list by default. */
  migrations?: readonly Migration[];
}

/** The canonical key of an unordered pair of profile ids. */
export function pairKeyOf(firstId: string, secondId: string): string {
  return firstId < secondId ? `${firstId}|${secondId}` : `${secondId}|${firstId}`;
}

export interface FeedbackRecord {
  suggestionId: string;
  party: 'a' | 'b';
  /** The profile that party stands for (stored so pair decisions survive new suggestions of the same pair). */
  profileId: string;
  pairKey: string;
  verdict: FeedbackVerdict;
  reason?: string | undefined;
  actor: string;
  at: string;
}

export interface PartyState {
  a: FeedbackVerdict | null;
  b: FeedbackVerdict | null;
}

export type PairBlock = 'declined' | 'known' | 'introduced';

export interface RecentSuggestion {
  id: string;
  pairKey: string;
  aId: string;
  bId: string;
  digestId: string | undefined;
  createdAt: string;
}

export interface StoreCounts {
  suggested: number;
  /** Suggestions at least one side marked interested (latest verdict). */
  interested: number;
  introduced: number;
  /** Suggestions at least one side marked not a fit (latest verdict). */
  declined: number;
  /** Suggestions at least one side said they already know (latest verdict). */
  alreadyKnown: number;
  digests: number;
}

export interface KnowledgeSyncResult {
  added: number;
  updated: number;
  removed: number;
  /** Knowledge entries skipped because a member or import took the profile over, or an organizer removed it. */
  skipped: number;
}

export interface MatchcutStore {
  readonly file: string;
  /** Highest migration applied. */
  schemaVersion(): number;
  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T;

  listProfiles(): Profile[];
  getProfile(id: string): Profile | undefined;
  /** The id of the profile with this exact name key (see `nameKey`). */
  profileIdByName(name: string): string | undefined;
  profileOwner(id: string): string | undefined;
  /** Inserts or replaces profiles (by id) in one transaction; clears their tombstones. */
  saveProfiles(profiles: readonly Profile[], options?: { owner?: string | undefined }): void;
  /** Removes a profile and its member links; knowledge profiles are remembered as removed. */
  removeProfile(id: string, at: string): boolean;
  /** Makes the knowledge-origin profiles equal to `profiles`, in one transaction. */
  syncKnowledgeProfiles(profiles: readonly Profile[]): KnowledgeSyncResult;
  /** Increases on every profile write; lets another process's changes be noticed. */
  profilesRevision(): number;

  linkMember(member: string, profileId: string, at: string): void;
  profileIdOfMember(member: string): string | undefined;
  membersOf(profileId: string): string[];

  /** Stores a digest and all its suggestions in one transaction. */
  saveDigest(digest: Digest): void;
  getDigest(id: string): Digest | undefined;
  latestDigest(): Digest | undefined;
  getSuggestion(id: string): Suggestion | undefined;
  /** Suggestions created at or after `since` (ISO time), newest first. */
  suggestionsSince(since: string): RecentSuggestion[];
  /** The digests created at or after `since`, newest first, with their party ids. */
  digestPartiesSince(since: string): { digestId: string; partyIds: string[] }[];

  /** Records one feedback row; returns the latest verdict of each side of the suggestion. */
  recordFeedback(record: FeedbackRecord): PartyState;
  feedbackState(suggestionId: string): PartyState;
  /** Records an introduction for the pair; false when the pair was already introduced. */
  addIntroduction(suggestion: Suggestion, at: string): boolean;
  /** Pairs excluded from matching: declined (not a fit), already known, or already introduced. */
  blockedPairs(): Map<string, PairBlock>;
  counts(): StoreCounts;

  /** Whether the database is open and answers a query (health checks). */
  isOpen(): boolean;
  close(): void;
}

/** The key names are compared on: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

interface ProfileRow {
  id: string;
  origin: Profile['origin'];
  owner: string | null;
  data: string;
  updated_at: string;
}

interface SuggestionRow {
  id: string;
  digest_id: string | null;
  pair_key: string;
  a_id: string;
  b_id: string;
  a_party: string;
  b_party: string;
  score: number;
  score_for_a: number;
  score_for_b: number;
  reasons: string;
  citations: string;
  created_at: string;
}

interface DigestRow {
  id: string;
  created_at: string;
  channel: string | null;
  unmet_needs: string;
}

function profileFromRow(row: ProfileRow): Profile {
  const data = JSON.parse(row.data) as Omit<Profile, 'origin' | 'updatedAt'>;
  return { ...data, id: row.id, origin: row.origin, updatedAt: row.updated_at };
}

function suggestionFromRow(row: SuggestionRow): Suggestion {
  return {
    id: row.id,
    digestId: row.digest_id ?? undefined,
    a: JSON.parse(row.a_party) as PartyRef,
    b: JSON.parse(row.b_party) as PartyRef,
    score: row.score,
    scoreForA: row.score_for_a,
    scoreForB: row.score_for_b,
    reasons: JSON.parse(row.reasons) as MatchReason[],
    citations: JSON.parse(row.citations) as Citation[],
  };
}

function runMigrations(database: Database.Database, migrations: readonly Migration[], logger: Logger, file: string): void {
  // One IMMEDIATE transaction takes the write lock before reading what is applied: processes that
  // open a new data folder together wait for each other (busy timeout) instead of racing.
  const applyPending = database.transaction(() => {
    database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const applied = new Set(
      (database.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version),
    );
    const known = new Set(migrations.map((migration) => migration.version));
    const unknown = [...applied].filter((version) => !known.has(version));
    if (unknown.length > 0) {
      throw configError(
        `${file} was written by a newer matchcut (schema version ${Math.max(...unknown)}); upgrade matchcut or point MATCHCUT_DATA_DIR at another folder.`,
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

/** Opens (creating when needed) the store file and brings its schema up to date. */
export function openStore(file: string, options: OpenStoreOptions): MatchcutStore {
  const logger = options.logger;
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let database: Database.Database;
  try {
    database = new Database(file);
  } catch (error) {
    throw configError(`Cannot open the store ${file}: ${error instanceof Error ? error.message : String(error)}. Check that the data directory is writable (MATCHCUT_DATA_DIR).`, {
      cause: error,
    });
  }
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  runMigrations(database, options.migrations ?? defaultMigrations, logger, file);

  const statements = {
    listProfiles: database.prepare('SELECT id, origin, owner, data, updated_at FROM profiles ORDER BY name_key'),
    getProfile: database.prepare('SELECT id, origin, owner, data, updated_at FROM profiles WHERE id = ?'),
    profileIdByName: database.prepare('SELECT id FROM profiles WHERE name_key = ?'),
    upsertProfile: database.prepare(`
      INSERT INTO profiles (id, name, name_key, kind, origin, owner, data, updated_at)
      VALUES (@id, @name, @nameKey, @kind, @origin, @owner, @data, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, kind = excluded.kind,
        origin = excluded.origin, owner = COALESCE(excluded.owner, profiles.owner), data = excluded.data,
        updated_at = excluded.updated_at`),
    deleteProfile: database.prepare('DELETE FROM profiles WHERE id = ?'),
    knowledgeProfiles: database.prepare("SELECT id, data FROM profiles WHERE origin = 'knowledge'"),
    allProfileOrigins: database.prepare('SELECT id, origin FROM profiles'),
    tombstones: database.prepare('SELECT id FROM profile_tombstones'),
    addTombstone: database.prepare('INSERT OR REPLACE INTO profile_tombstones (id, removed_at) VALUES (?, ?)'),
    clearTombstone: database.prepare('DELETE FROM profile_tombstones WHERE id = ?'),
    revision: database.prepare("SELECT value FROM store_meta WHERE key = 'profiles_revision'"),
    bumpRevision: database.prepare(
      "UPDATE store_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'profiles_revision'",
    ),
    linkMember: database.prepare(`
      INSERT INTO member_links (member, profile_id, linked_at) VALUES (?, ?, ?)
      ON CONFLICT (member) DO UPDATE SET profile_id = excluded.profile_id, linked_at = excluded.linked_at`),
    profileOfMember: database.prepare('SELECT profile_id FROM member_links WHERE member = ?'),
    membersOf: database.prepare('SELECT member FROM member_links WHERE profile_id = ? ORDER BY member'),
    insertDigest: database.prepare('INSERT INTO digests (id, created_at, channel, unmet_needs) VALUES (?, ?, ?, ?)'),
    getDigest: database.prepare('SELECT id, created_at, channel, unmet_needs FROM digests WHERE id = ?'),
    latestDigest: database.prepare('SELECT id, created_at, channel, unmet_needs FROM digests ORDER BY created_at DESC, rowid DESC LIMIT 1'),
    insertSuggestion: database.prepare(`
      INSERT INTO suggestions (id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score, score_for_a,
        score_for_b, reasons, citations, created_at)
      VALUES (@id, @digestId, @position, @pairKey, @aId, @bId, @aParty, @bParty, @score, @scoreForA, @scoreForB,
        @reasons, @citations, @createdAt)`),
    suggestionsOfDigest: database.prepare('SELECT * FROM suggestions WHERE digest_id = ? ORDER BY position'),
    getSuggestion: database.prepare('SELECT * FROM suggestions WHERE id = ?'),
    suggestionsSince: database.prepare(
      'SELECT id, pair_key, a_id, b_id, digest_id, created_at FROM suggestions WHERE created_at >= ? ORDER BY created_at DESC',
    ),
    digestPartiesSince: database.prepare(`
      SELECT d.id AS digest_id, s.a_id, s.b_id FROM digests d JOIN suggestions s ON s.digest_id = d.id
      WHERE d.created_at >= ? ORDER BY d.created_at DESC, s.position`),
    insertFeedback: database.prepare(`
      INSERT INTO feedback (suggestion_id, pair_key, party, profile_id, verdict, reason, actor, at)
      VALUES (@suggestionId, @pairKey, @party, @profileId, @verdict, @reason, @actor, @at)`),
    latestVerdict: database.prepare(
      'SELECT verdict FROM feedback WHERE suggestion_id = ? AND party = ? ORDER BY id DESC LIMIT 1',
    ),
    insertIntroduction: database.prepare(
      'INSERT OR IGNORE INTO introductions (suggestion_id, pair_key, a_id, b_id, at) VALUES (?, ?, ?, ?, ?)',
    ),
    latestPairVerdicts: database.prepare(`
      SELECT f.pair_key, f.verdict FROM feedback f
      JOIN (SELECT pair_key, profile_id, MAX(id) AS id FROM feedback GROUP BY pair_key, profile_id) latest ON latest.id = f.id`),
    introducedPairs: database.prepare('SELECT pair_key FROM introductions'),
    counts: database.prepare(`
      WITH latest AS (
        SELECT f.suggestion_id, f.verdict FROM feedback f
        JOIN (SELECT suggestion_id, party, MAX(id) AS id FROM feedback GROUP BY suggestion_id, party) last ON last.id = f.id
      )
      SELECT
        (SELECT COUNT(*) FROM suggestions) AS suggested,
        (SELECT COUNT(DISTINCT suggestion_id) FROM latest WHERE verdict = 'interested') AS interested,
        (SELECT COUNT(*) FROM introductions) AS introduced,
        (SELECT COUNT(DISTINCT suggestion_id) FROM latest WHERE verdict = 'not_a_fit') AS declined,
        (SELECT COUNT(DISTINCT suggestion_id) FROM latest WHERE verdict = 'know') AS alreadyKnown,
        (SELECT COUNT(*) FROM digests) AS digests`),
  };

  const writeProfile = (profile: Profile, owner: string | undefined) => {
    const { origin, updatedAt, ...data } = profile;
    statements.upsertProfile.run({
      id: profile.id,
      name: profile.name,
      nameKey: nameKey(profile.name),
      kind: profile.kind,
      origin,
      owner: owner ?? null,
      data: JSON.stringify(data),
      updatedAt,
    });
    statements.clearTombstone.run(profile.id);
  };

  const digestFromRow = (row: DigestRow): Digest => ({
    id: row.id,
    createdAt: row.created_at,
    channel: row.channel ?? undefined,
    suggestions: (statements.suggestionsOfDigest.all(row.id) as SuggestionRow[]).map(suggestionFromRow),
    unmetNeeds: JSON.parse(row.unmet_needs) as UnmetNeed[],
  });

  const verdictOf = (suggestionId: string, party: 'a' | 'b'): FeedbackVerdict | null =>
    (statements.latestVerdict.get(suggestionId, party) as { verdict: FeedbackVerdict } | undefined)?.verdict ?? null;

  let closed = false;

  return {
    file,
    schemaVersion() {
      const row = database.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
      return row.version ?? 0;
    },
    transaction<T>(work: () => T): T {
      return database.transaction(work)();
    },

    listProfiles() {
      return (statements.listProfiles.all() as ProfileRow[]).map(profileFromRow);
    },
    getProfile(id) {
      const row = statements.getProfile.get(id) as ProfileRow | undefined;
      return row ? profileFromRow(row) : undefined;
    },
    profileIdByName(name) {
      return (statements.profileIdByName.get(nameKey(name)) as { id: string } | undefined)?.id;
    },
    profileOwner(id) {
      return (statements.getProfile.get(id) as ProfileRow | undefined)?.owner ?? undefined;
    },
    saveProfiles(profiles, saveOptions = {}) {
      if (profiles.length === 0) return;
      database.transaction(() => {
        for (const profile of profiles) writeProfile(profile, saveOptions.owner);
        statements.bumpRevision.run();
      })();
    },
    removeProfile(id, at) {
      return database.transaction(() => {
        const row = statements.getProfile.get(id) as ProfileRow | undefined;
        if (!row) return false;
        statements.deleteProfile.run(id);
        if (row.origin === 'knowledge') statements.addTombstone.run(id, at);
        statements.bumpRevision.run();
        return true;
      })();
    },
    syncKnowledgeProfiles(profiles) {
      return database.transaction(() => {
        const origins = new Map(
          (statements.allProfileOrigins.all() as { id: string; origin: Profile['origin'] }[]).map((row) => [row.id, row.origin]),
        );
        const tombstones = new Set((statements.tombstones.all() as { id: string }[]).map((row) => row.id));
        const existing = new Map(
          (statements.knowledgeProfiles.all() as { id: string; data: string }[]).map((row) => [row.id, row.data]),
        );
        const result: KnowledgeSyncResult = { added: 0, updated: 0, removed: 0, skipped: 0 };
        const wanted = new Set<string>();
        for (const profile of profiles) {
          wanted.add(profile.id);
          const origin = origins.get(profile.id);
          if (tombstones.has(profile.id) || (origin !== undefined && origin !== 'knowledge')) {
            result.skipped += 1;
            continue;
          }
          const nameOwner = statements.profileIdByName.get(nameKey(profile.name)) as { id: string } | undefined;
          if (nameOwner !== undefined && nameOwner.id !== profile.id) {
            result.skipped += 1;
            continue;
          }
          const { origin: _origin, updatedAt: _updatedAt, ...data } = profile;
          const previous = existing.get(profile.id);
          if (previous === JSON.stringify(data)) continue;
          writeProfile(profile, undefined);
          if (previous === undefined) result.added += 1;
          else result.updated += 1;
        }
        for (const id of existing.keys()) {
          if (wanted.has(id)) continue;
          statements.deleteProfile.run(id);
          result.removed += 1;
        }
        if (result.added + result.updated + result.removed > 0) statements.bumpRevision.run();
        return result;
      })();
    },
    profilesRevision() {
      return Number((statements.revision.get() as { value: string }).value);
    },

    linkMember(member, profileId, at) {
      statements.linkMember.run(member, profileId, at);
    },
    profileIdOfMember(member) {
      return (statements.profileOfMember.get(member) as { profile_id: string } | undefined)?.profile_id;
    },
    membersOf(profileId) {
      return (statements.membersOf.all(profileId) as { member: string }[]).map((row) => row.member);
    },

    saveDigest(digest) {
      database.transaction(() => {
        statements.insertDigest.run(digest.id, digest.createdAt, digest.channel ?? null, JSON.stringify(digest.unmetNeeds));
        digest.suggestions.forEach((suggestion, position) => {
          statements.insertSuggestion.run({
            id: suggestion.id,
            digestId: digest.id,
            position,
            pairKey: pairKeyOf(suggestion.a.id, suggestion.b.id),
            aId: suggestion.a.id,
            bId: suggestion.b.id,
            aParty: JSON.stringify(suggestion.a),
            bParty: JSON.stringify(suggestion.b),
            score: suggestion.score,
            scoreForA: suggestion.scoreForA,
            scoreForB: suggestion.scoreForB,
            reasons: JSON.stringify(suggestion.reasons),
            citations: JSON.stringify(suggestion.citations),
            createdAt: digest.createdAt,
          });
        });
      })();
    },
    getDigest(id) {
      const row = statements.getDigest.get(id) as DigestRow | undefined;
      return row ? digestFromRow(row) : undefined;
    },
    latestDigest() {
      const row = statements.latestDigest.get() as DigestRow | undefined;
      return row ? digestFromRow(row) : undefined;
    },
    getSuggestion(id) {
      const row = statements.getSuggestion.get(id) as SuggestionRow | undefined;
      return row ? suggestionFromRow(row) : undefined;
    },
    suggestionsSince(since) {
      return (
        statements.suggestionsSince.all(since) as {
          id: string;
          pair_key: string;
          a_id: string;
          b_id: string;
          digest_id: string | null;
          created_at: string;
        }[]
      ).map((row) => ({
        id: row.id,
        pairKey: row.pair_key,
        aId: row.a_id,
        bId: row.b_id,
        digestId: row.digest_id ?? undefined,
        createdAt: row.created_at,
      }));
    },
    digestPartiesSince(since) {
      const byDigest = new Map<string, string[]>();
      for (const row of statements.digestPartiesSince.all(since) as { digest_id: string; a_id: string; b_id: string }[]) {
        const parties = byDigest.get(row.digest_id) ?? [];
        parties.push(row.a_id, row.b_id);
        byDigest.set(row.digest_id, parties);
      }
      return [...byDigest].map(([digestId, partyIds]) => ({ digestId, partyIds }));
    },

    recordFeedback(record) {
      return database.transaction(() => {
        statements.insertFeedback.run({ ...record, reason: record.reason ?? null });
        return { a: verdictOf(record.suggestionId, 'a'), b: verdictOf(record.suggestionId, 'b') };
      })();
    },
    feedbackState(suggestionId) {
      return { a: verdictOf(suggestionId, 'a'), b: verdictOf(suggestionId, 'b') };
    },
    addIntroduction(suggestion, at) {
      const result = statements.insertIntroduction.run(
        suggestion.id,
        pairKeyOf(suggestion.a.id, suggestion.b.id),
        suggestion.a.id,
        suggestion.b.id,
        at,
      );
      return result.changes > 0;
    },
    blockedPairs() {
      const blocked = new Map<string, PairBlock>();
      for (const row of statements.latestPairVerdicts.all() as { pair_key: string; verdict: FeedbackVerdict }[]) {
        if (row.verdict === 'not_a_fit') blocked.set(row.pair_key, 'declined');
        else if (row.verdict === 'know' && !blocked.has(row.pair_key)) blocked.set(row.pair_key, 'known');
      }
      for (const row of statements.introducedPairs.all() as { pair_key: string }[]) {
        if (!blocked.has(row.pair_key)) blocked.set(row.pair_key, 'introduced');
      }
      return blocked;
    },
    counts() {
      return statements.counts.get() as StoreCounts;
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
}

