/**
 * Profiles and member links in PostgreSQL, of one community: members' and imported profiles, the
 * knowledge base's (kept equal to knowledge/profiles.yaml by `syncKnowledgeProfiles`), tombstones
 * for knowledge profiles an organizer removed, a revision that increases on every write, and which
 * member acts for which profile. Same behaviour as the SQLite repositories.
 */
import type { Profile } from '../../matchmaking/profile-schema.js';
import { type ProfileRow, profileFromRow, storedData } from '../rows/profile-rows.js';
import type { MemberLinkStore, ProfileStore } from '../store-interface.js';
import { type KnowledgeSyncResult, nameKey } from '../store-types.js';
import type { PostgresContext } from './postgres-context.js';
import type { Queryable } from './postgres-pool.js';

const profileColumns = 'id, origin, owner, data, updated_at';

const upsertProfile = `
  INSERT INTO profiles (community, id, name, name_key, kind, origin, owner, data, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  ON CONFLICT (community, id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
    kind = excluded.kind, origin = excluded.origin, owner = COALESCE(excluded.owner, profiles.owner),
    data = excluded.data, updated_at = excluded.updated_at`;

const bumpRevision = `
  INSERT INTO store_meta (community, key, value) VALUES ($1, 'profiles_revision', '1')
  ON CONFLICT (community, key) DO UPDATE SET value = (store_meta.value::bigint + 1)::text`;

async function writeProfile(client: Queryable, community: string, profile: Profile, owner: string | undefined) {
  await client.query(upsertProfile, [
    community,
    profile.id,
    profile.name,
    nameKey(profile.name),
    profile.kind,
    profile.origin,
    owner ?? null,
    storedData(profile),
    profile.updatedAt,
  ]);
  await client.query('DELETE FROM profile_tombstones WHERE community = $1 AND id = $2', [community, profile.id]);
}

async function syncKnowledge(
  client: Queryable,
  community: string,
  profiles: readonly Profile[],
): Promise<KnowledgeSyncResult> {
  const originRows = await client.query<{ id: string; origin: Profile['origin'] }>(
    'SELECT id, origin FROM profiles WHERE community = $1',
    [community],
  );
  const origins = new Map(originRows.rows.map((row) => [row.id, row.origin]));
  const tombstoneRows = await client.query<{ id: string }>('SELECT id FROM profile_tombstones WHERE community = $1', [
    community,
  ]);
  const tombstones = new Set(tombstoneRows.rows.map((row) => row.id));
  const knowledgeRows = await client.query<{ id: string; data: string }>(
    "SELECT id, data FROM profiles WHERE community = $1 AND origin = 'knowledge'",
    [community],
  );
  const existing = new Map(knowledgeRows.rows.map((row) => [row.id, row.data]));
  const result: KnowledgeSyncResult = { added: 0, updated: 0, removed: 0, skipped: 0 };
  const wanted = new Set<string>();
  for (const profile of profiles) {
    wanted.add(profile.id);
    const origin = origins.get(profile.id);
    const nameOwner = await client.query<{ id: string }>(
      'SELECT id FROM profiles WHERE community = $1 AND name_key = $2',
      [community, nameKey(profile.name)],
    );
    const nameOwnerId = nameOwner.rows[0]?.id;
    const takenOver = tombstones.has(profile.id) || (origin !== undefined && origin !== 'knowledge');
    if (takenOver || (nameOwnerId !== undefined && nameOwnerId !== profile.id)) {
      result.skipped += 1;
      continue;
    }
    const previous = existing.get(profile.id);
    if (previous === storedData(profile)) continue;
    await writeProfile(client, community, profile, undefined);
    if (previous === undefined) result.added += 1;
    else result.updated += 1;
  }
  for (const id of existing.keys()) {
    if (wanted.has(id)) continue;
    await client.query('DELETE FROM profiles WHERE community = $1 AND id = $2', [community, id]);
    result.removed += 1;
  }
  if (result.added + result.updated + result.removed > 0) await client.query(bumpRevision, [community]);
  return result;
}

export function createPostgresProfileStore(context: PostgresContext): ProfileStore {
  const { community } = context;
  const profileRow = async (id: string) =>
    (
      await context.query<ProfileRow>(`SELECT ${profileColumns} FROM profiles WHERE community = $1 AND id = $2`, [
        community,
        id,
      ])
    ).rows[0];
  return {
    async listProfiles() {
      const result = await context.query<ProfileRow>(
        `SELECT ${profileColumns} FROM profiles WHERE community = $1 ORDER BY name_key`,
        [community],
      );
      return result.rows.map(profileFromRow);
    },
    async getProfile(id) {
      const row = await profileRow(id);
      return row === undefined ? undefined : profileFromRow(row);
    },
    async profileIdByName(name) {
      const result = await context.query<{ id: string }>(
        'SELECT id FROM profiles WHERE community = $1 AND name_key = $2',
        [community, nameKey(name)],
      );
      return result.rows[0]?.id;
    },
    async profileOwner(id) {
      return (await profileRow(id))?.owner ?? undefined;
    },
    async saveProfiles(profiles, options = {}) {
      if (profiles.length === 0) return;
      await context.atomic(async (client) => {
        for (const profile of profiles) await writeProfile(client, community, profile, options.owner);
        await client.query(bumpRevision, [community]);
      });
    },
    removeProfile(id, at) {
      return context.atomic(async (client) => {
        const removed = await client.query<{ origin: Profile['origin'] }>(
          'DELETE FROM profiles WHERE community = $1 AND id = $2 RETURNING origin',
          [community, id],
        );
        const origin = removed.rows[0]?.origin;
        if (origin === undefined) return false;
        if (origin === 'knowledge') {
          await client.query(
            `INSERT INTO profile_tombstones (community, id, removed_at) VALUES ($1, $2, $3)
             ON CONFLICT (community, id) DO UPDATE SET removed_at = excluded.removed_at`,
            [community, id, at],
          );
        }
        await client.query(bumpRevision, [community]);
        return true;
      });
    },
    syncKnowledgeProfiles(profiles) {
      return context.atomic((client) => syncKnowledge(client, community, profiles));
    },
    async profilesRevision() {
      const result = await context.query<{ value: string }>(
        "SELECT value FROM store_meta WHERE community = $1 AND key = 'profiles_revision'",
        [community],
      );
      return Number(result.rows[0]?.value ?? 0);
    },
  };
}

export function createPostgresMemberLinkStore(context: PostgresContext): MemberLinkStore {
  const { community } = context;
  return {
    async linkMember(member, profileId, at) {
      await context.query(
        `INSERT INTO member_links (community, member, profile_id, linked_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (community, member) DO UPDATE
           SET profile_id = excluded.profile_id, linked_at = excluded.linked_at`,
        [community, member, profileId, at],
      );
    },
    async profileIdOfMember(member) {
      const result = await context.query<{ profile_id: string }>(
        'SELECT profile_id FROM member_links WHERE community = $1 AND member = $2',
        [community, member],
      );
      return result.rows[0]?.profile_id;
    },
    async membersOf(profileId) {
      const result = await context.query<{ member: string }>(
        'SELECT member FROM member_links WHERE community = $1 AND profile_id = $2 ORDER BY member',
        [community, profileId],
      );
      return result.rows.map((row) => row.member);
    },
  };
}
