/**
 * Profile rows as both backends read and write them (SQLite and PostgreSQL share the columns).
 */
import type { Profile } from '../../matchmaking/profile-schema.js';

export interface ProfileRow {
  id: string;
  origin: Profile['origin'];
  owner: string | null;
  data: string;
  updated_at: string;
}

export function profileFromRow(row: ProfileRow): Profile {
  const data = JSON.parse(row.data) as Omit<Profile, 'origin' | 'updatedAt'>;
  return { ...data, id: row.id, origin: row.origin, updatedAt: row.updated_at };
}

/** What a profile stores besides its columns, as compared by the knowledge sync. */
export function storedData(profile: Profile): string {
  const { origin: _origin, updatedAt: _updatedAt, ...data } = profile;
  return JSON.stringify(data);
}
