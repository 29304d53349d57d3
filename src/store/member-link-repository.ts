/** Which platform member ("slack:U1", "discord:123…") acts for which profile, in one community (SQLite). */
import { type SqliteDatabase, scopedStatement } from './sqlite-database.js';

export interface MemberLinkRepository {
  linkMember(member: string, profileId: string, at: string): void;
  profileIdOfMember(member: string): string | undefined;
  membersOf(profileId: string): string[];
}

export function createMemberLinkRepository(database: SqliteDatabase, community: string): MemberLinkRepository {
  const scoped = (sql: string) => scopedStatement(database, community, sql);
  const statements = {
    linkMember: scoped(`
      INSERT INTO member_links (community, member, profile_id, linked_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (community, member) DO UPDATE SET profile_id = excluded.profile_id, linked_at = excluded.linked_at`),
    profileOfMember: scoped('SELECT profile_id FROM member_links WHERE community = ? AND member = ?'),
    membersOf: scoped('SELECT member FROM member_links WHERE community = ? AND profile_id = ? ORDER BY member'),
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
