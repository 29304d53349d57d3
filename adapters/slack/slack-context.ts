/**
 * What every Slack listener is given: the core, the settings, the logger, the Web API client
 * and the shared helpers for posting, answering, digests and failures. `createSlackContext`
 * builds it once per app; listeners register with `register(app, context)`.
 */
import type { App } from '@slack/bolt';
import type { Matchcut } from '../../src/index.js';
import { type Logger, isMatchcutError, toMatchcutError } from '../../src/index.js';
import type { SlackConfig } from './config.js';
import type { EventDeduplicator } from './event-deduplicator.js';
import { createMemberLocales, type MemberLocales } from './member-locales.js';
import { createOrganizerCheck, type OrganizerCheck } from './organizer-check.js';
import { createPosting, type Posting } from './posting.js';
import type { TaskTracker } from './task-tracker.js';
import { createThreadMemory, type ThreadMemory } from './thread-context.js';

export interface SlackContext extends Posting {
  core: Matchcut;
  config: SlackConfig;
  logger: Logger;
  deduplicator: EventDeduplicator;
  client: App['client'];
  /** Work that continues after the acknowledgement. */
  tasks: TaskTracker;
  /** Which threads the bot takes part in. */
  threads: ThreadMemory;
  organizers: OrganizerCheck;
  /** Each member's language (Slack's user locale, cached; never delays an acknowledgement). */
  locales: MemberLocales;
  /** Logs a failed step: member mistakes at info, everything else at error. */
  logFailure(what: string, error: unknown, details?: Record<string, unknown>): void;
}

export type SlackContextBase = Pick<SlackContext, 'core' | 'config' | 'logger' | 'deduplicator' | 'tasks'> & {
  /** Replicas share the work (event claims across processes): thread memory keeps only what all can rely on. */
  replicas?: boolean;
};

export function createSlackContext(bolt: App, base: SlackContextBase): SlackContext {
  const { logger } = base;
  const client = bolt.client;
  const organizers = createOrganizerCheck({
    organizers: base.config.organizers,
    logger,
    directory: {
      async membersOf(groupId) {
        const result = await client.usergroups.users.list({ usergroup: groupId });
        return result.users ?? [];
      },
    },
  });
  return {
    ...base,
    client,
    threads: createThreadMemory({ rememberAbsence: base.replicas !== true }),
    organizers,
    locales: createMemberLocales(client, logger),
    ...createPosting(client, logger),
    logFailure(what, error, details = {}) {
      const matchcutError = toMatchcutError(error);
      const memberMistake = isMatchcutError(error) && ['BAD_INPUT', 'NOT_FOUND', 'FORBIDDEN'].includes(error.code);
      logger[memberMistake ? 'info' : 'error']({ ...details, code: matchcutError.code, err: error }, `${what} failed`);
    },
  };
}

/** The Slack error code of a Web API failure ("not_in_channel"), if it has one. */
export function slackErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
