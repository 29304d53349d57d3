/**
 * Profiles in the SQLite store, of one community: members' and imported ones, the knowledge base's
 * (kept equal to knowledge/profiles.yaml by `syncKnowledgeProfiles`), tombstones for knowledge
 * profiles an organizer removed, and a revision that increases on every write. Synchronous
 * (better-sqlite3); ./sqlite-store.ts offers it as the async ProfileStore.
 */
import type { Profile } from '../matchmaking/profile-schema.js';
import { type ProfileRow, profileFromRow, storedData } from './rows/profile-rows.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import { type KnowledgeSyncResult, nameKey } from './store-types.js';

export interface ProfileRepository {
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
}

/** Every statement binds the community first (positional) or as @community (named). */
function prepareStatements(database: SqliteDatabase, community: string) {
  const scoped = (sql: string) => scopedStatement(database, community, sql);
  const upsert = namedScopedStatement(
    database,
    community,
    `
      INSERT INTO profiles (community, id, name, name_key, kind, origin, owner, data, updated_at)
      VALUES (@community, @id, @name, @nameKey, @kind, @origin, @owner, @data, @updatedAt)
      ON CONFLICT (community, id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
        kind = excluded.kind, origin = excluded.origin, owner = COALESCE(excluded.owner, profiles.owner),
        data = excluded.data, updated_at = excluded.updated_at`,
  );
  return {
    listProfiles: scoped(
      'SELECT id, origin, owner, data, updated_at FROM profiles WHERE community = ? ORDER BY name_key',
    ),
    getProfile: scoped('SELECT id, origin, owner, data, updated_at FROM profiles WHERE community = ? AND id = ?'),
    profileIdByName: scoped('SELECT id FROM profiles WHERE community = ? AND name_key = ?'),
    upsertProfile: upsert,
    deleteProfile: scoped('DELETE FROM profiles WHERE community = ? AND id = ?'),
    knowledgeProfiles: scoped("SELECT id, data FROM profiles WHERE community = ? AND origin = 'knowledge'"),
    allProfileOrigins: scoped('SELECT id, origin FROM profiles WHERE community = ?'),
    tombstones: scoped('SELECT id FROM profile_tombstones WHERE community = ?'),
    addTombstone: scoped('INSERT OR REPLACE INTO profile_tombstones (community, id, removed_at) VALUES (?, ?, ?)'),
    clearTombstone: scoped('DELETE FROM profile_tombstones WHERE community = ? AND id = ?'),
    revision: scoped("SELECT value FROM store_meta WHERE community = ? AND key = 'profiles_revision'"),
    bumpRevision: scoped(`
      INSERT INTO store_meta (community, key, value) VALUES (?, 'profiles_revision', '1')
      ON CONFLICT (community, key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`),
  };
}

type ProfileStatements = ReturnType<typeof prepareStatements>;

function writeProfile(statements: ProfileStatements, profile: Profile, owner: string | undefined): void {
  statements.upsertProfile.run({
    id: profile.id,
    name: profile.name,
    nameKey: nameKey(profile.name),
    kind: profile.kind,
    origin: profile.origin,
    owner: owner ?? null,
    data: storedData(profile),
    updatedAt: profile.updatedAt,
  });
  statements.clearTombstone.run(profile.id);
}

function syncKnowledge(statements: ProfileStatements, profiles: readonly Profile[]): KnowledgeSyncResult {
  const originRows = statements.allProfileOrigins.all() as { id: string; origin: Profile['origin'] }[];
  const origins = new Map(originRows.map((row) => [row.id, row.origin]));
  const tombstones = new Set((statements.tombstones.all() as { id: string }[]).map((row) => row.id));
  const knowledgeRows = statements.knowledgeProfiles.all() as { id: string; data: string }[];
  const existing = new Map(knowledgeRows.map((row) => [row.id, row.data]));
  const result: KnowledgeSyncResult = { added: 0, updated: 0, removed: 0, skipped: 0 };
  const wanted = new Set<string>();
  for (const profile of profiles) {
    wanted.add(profile.id);
    const origin = origins.get(profile.id);
    const nameOwner = statements.profileIdByName.get(nameKey(profile.name)) as { id: string } | undefined;
    const takenOver = tombstones.has(profile.id) || (origin !== undefined && origin !== 'knowledge');
    if (takenOver || (nameOwner !== undefined && nameOwner.id !== profile.id)) {
      result.skipped += 1;
      continue;
    }
    const previous = existing.get(profile.id);
    if (previous === storedData(profile)) continue;
    writeProfile(statements, profile, undefined);
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
}

export function createProfileRepository(database: SqliteDatabase, community: string): ProfileRepository {
  const statements = prepareStatements(database, community);
  return {
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
      database
        .transaction(() => {
          for (const profile of profiles) writeProfile(statements, profile, saveOptions.owner);
          statements.bumpRevision.run();
        })
        .immediate();
    },
    removeProfile(id, at) {
      return database
        .transaction(() => {
          const row = statements.getProfile.get(id) as ProfileRow | undefined;
          if (!row) return false;
          statements.deleteProfile.run(id);
          if (row.origin === 'knowledge') statements.addTombstone.run(id, at);
          statements.bumpRevision.run();
          return true;
        })
        .immediate();
    },
    syncKnowledgeProfiles(profiles) {
      return database.transaction(() => syncKnowledge(statements, profiles)).immediate();
    },
    profilesRevision() {
      return Number((statements.revision.get() as { value: string } | undefined)?.value ?? 0);
    },
  };
}
