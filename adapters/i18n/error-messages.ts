/**
 * A MatchcutError as words a member can act on, in their language, saying what actually failed:
 * the language model (timeout, overload, unreachable, refused, unusable answer), Discord or Slack
 * (refused, unreachable, missing permissions), the knowledge base, the set-up, a full queue.
 * The core's own `userMessage` (English) is kept for member mistakes, with any command-line
 * advice (`matchcut profiles list`) replaced by the platform's own command.
 */
import type { MatchcutError } from '../../src/index.js';
import type { Locale } from './locales.js';
import { type MessageKey, translate } from './translate.js';

export type ChatPlatform = 'slack' | 'discord';

/** Why an adapter's own failure happened (set in `details.failure` by discord-errors.ts and error-replies.ts). */
export const platformFailures = {
  discordRefused: 'errorDiscordRefused',
  discordProblem: 'errorDiscordProblem',
  discordUnreachable: 'errorDiscordUnreachable',
  discordMissingPermissions: 'errorDiscordMissingPermissions',
  discordMissingAccess: 'errorDiscordMissingAccess',
  discordGone: 'errorDiscordGone',
} as const satisfies Record<string, MessageKey>;
export type PlatformFailure = keyof typeof platformFailures;

/** The language model's failure reasons (src/model/model-faults.ts) → what the member reads. */
const modelFailures: Readonly<Record<string, MessageKey>> = {
  timeout: 'errorModelTimeout',
  cancelled: 'errorModelTimeout',
  rate_limited: 'errorModelBusy',
  server_error: 'errorModelUnavailable',
  connection_failed: 'errorModelUnavailable',
  unknown: 'errorModelUnavailable',
  rejected: 'errorModelRejected',
  malformed_response: 'errorModelUnusable',
  truncated: 'errorModelUnusable',
  empty: 'errorModelUnusable',
};

const textDetail = (error: MatchcutError, name: string): string | undefined => {
  const value = error.details?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The fixed, localized text for failures that are not the member's doing; undefined for member mistakes. */
export function fixedErrorText(error: MatchcutError, locale: Locale): string | undefined {
  const failure = textDetail(error, 'failure');
  if (failure !== undefined && Object.hasOwn(platformFailures, failure)) {
    return translate(locale, platformFailures[failure as PlatformFailure]);
  }
  const slackCode = textDetail(error, 'slackError');
  if (slackCode !== undefined) return translate(locale, 'errorSlackRefused', { code: slackCode });
  switch (error.code) {
    case 'UPSTREAM': {
      const reason = textDetail(error, 'reason');
      const key = reason === undefined ? undefined : modelFailures[reason];
      return translate(locale, key ?? 'errorUpstream');
    }
    case 'KNOWLEDGE':
      return translate(locale, 'errorKnowledge');
    case 'CONFIG':
      return translate(locale, 'errorConfig');
    case 'BUSY':
      return translate(locale, 'errorBusy');
    case 'INTERNAL':
      return translate(locale, 'errorInternal');
    default:
      return undefined;
  }
}

/** The localized lead-in for a member mistake, around the core's message. */
export function memberMistakeText(error: MatchcutError, locale: Locale, message: string): string {
  switch (error.code) {
    case 'NOT_FOUND':
      return translate(locale, 'errorNotFound', { message });
    case 'FORBIDDEN':
      return translate(locale, 'errorForbidden', { message });
    default:
      return translate(locale, 'errorDidNotWork', { message });
  }
}

/** The platform's own way to find registered organizations. */
const findOrganizationsCommand: Readonly<Record<ChatPlatform, string>> = {
  slack: '`/matchcut partners`',
  discord: '`/match`',
};

/**
 * The core's message without command-line advice: each clause that quotes a `matchcut …`
 * command is dropped, and one sentence the member can follow on their platform is added.
 */
export function withoutCommandLineAdvice(text: string, platform: ChatPlatform, locale: Locale): string {
  const clauses = text.split(/(?<=[.;!?])\s+/);
  const advice = clauses.filter((clause) => /`matchcut [^`]*`/.test(clause));
  if (advice.length === 0) return text;
  const kept = clauses
    .filter((clause) => !advice.includes(clause))
    .join(' ')
    .replace(/;$/, '.');
  const replacement = advice.some((clause) => clause.includes('`matchcut profiles'))
    ? translate(locale, 'adviceFindOrganizations', { command: findOrganizationsCommand[platform] })
    : translate(locale, 'adviceAskOrganizer');
  return kept === '' ? replacement : `${kept} ${replacement}`;
}
