/** Which platform member ("slack:U1", "discord:123…") acts for which profile. */
import type { SqliteDatabase } from './sqlite-database.js';

export interface MemberLinkRepository {
  linkMember(member: string, profileId: string, at: string): void;
  profileIdOfMember(member: string): string | undefined;
  membersOf(profileId: string): string[];
}

export function createMemberLinkRepository(database: SqliteDatabase): MemberLinkRepository {
  const statements = {
    linkMember: database.prepare(`
      INSERT INTO member_links (member, profile_id, linked_at) VALUES (?, ?, ?)
      ON CONFLICT (member) DO UPDATE SET profile_id = excluded.profile_id, linked_at = excluded.linked_at`),
    profileOfMember: database.prepare('SELECT profile_id FROM member_links WHERE member = ?'),
    membersOf: database.prepare('SELECT member FROM member_links WHERE profile_id = ? ORDER BY member'),
  };
  return {
    linkMember(member, profileId, at) {
      statements.linkMember.run(member, profileId, at);
    },
    profileIdOfMember(member) {
      return (statements.profileOfMember.get(member) as { profile_id: string } | undefined)?.profile_id;
    },
    membersOf(profileId) {
      return (statements.membersOf.all(profileId) as { member: string }[]).map((row) => row.member);
    },
  };
}
