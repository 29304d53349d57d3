/**
 * Who may run organizer actions (sending a digest): the immutable user ids in
 * SLACK_ORGANIZERS, and members of the user groups listed there (S…), resolved with
 * usergroups.users.list and cached for a short while. When Slack cannot be asked, the
 * answer is "no" (fail closed) and the problem is logged.
 */
import type { Logger } from '../../src/index.js';

export interface UserGroupDirectory {
  /** Members of a user group; throws when Slack cannot answer. */
  membersOf(groupId: string): Promise<string[]>;
}

export interface OrganizerCheckDependencies {
  organizers: string[];
  directory: UserGroupDirectory;
  logger: Logger;
  cacheMs?: number;
  now?: () => number;
}

export interface OrganizerCheck {
  isOrganizer(userId: string): Promise<boolean>;
}

export function createOrganizerCheck(dependencies: OrganizerCheckDependencies): OrganizerCheck {
  const users = new Set(dependencies.organizers.filter((id) => id.startsWith('U') || id.startsWith('W')));
  const groups = dependencies.organizers.filter((id) => id.startsWith('S'));
  const cacheMs = dependencies.cacheMs ?? 5 * 60_000;
  const now = dependencies.now ?? Date.now;
  const cache = new Map<string, { members: Set<string>; expiresAtMs: number }>();

  const membersOf = async (groupId: string): Promise<Set<string> | undefined> => {
    const cached = cache.get(groupId);
    if (cached !== undefined && cached.expiresAtMs > now()) return cached.members;
    try {
      const members = new Set(await dependencies.directory.membersOf(groupId));
      cache.set(groupId, { members, expiresAtMs: now() + cacheMs });
      return members;
    } catch (error) {
      dependencies.logger.warn(
        { groupId, err: error },
        'could not list the members of an organizer user group; treating them as non-organizers',
      );
      return undefined;
    }
  };

  return {
    async isOrganizer(userId) {
      if (users.has(userId)) return true;
      for (const group of groups) {
        const members = await membersOf(group);
        if (members?.has(userId) === true) return true;
      }
      return false;
    },
  };
}
