/**
 * A MatchcutError as words a member can act on, in their language, saying what actually failed:
 * the language model (timeout, overload, unreachable, refused, unusable answer), Discord or Slack
 * (refused, unreachable, missing permissions), the knowledge base, the set-up, a full queue.
 * Member mistakes the core marks with `details.reason` are said in the member's language too; others
 * keep the core's own `userMessage` (English), with any command-line advice (`matchcut profiles list`)
 * replaced by the platform's own command.
 */
import { isPageProblem, type MatchcutError, type PageProblem } from '../../src/index.js';
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
      return textDetail(error, 'reason') === 'MEMBER_RATE_LIMIT'
        ? translate(locale, 'errorMemberRateLimit', {
            limit: numberDetail(error, 'limit') ?? 0,
            window: numberDetail(error, 'windowSeconds') ?? 0,
            retry: numberDetail(error, 'retryAfterSeconds') ?? 1,
          })
        : translate(locale, 'errorBusy');
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

/** The platform's own profile command, for mistakes that send the member there. */
const profileCommand: Readonly<Record<ChatPlatform, string>> = {
  slack: '`/matchcut profile`',
  discord: '`/profile`',
};

const textList = (error: MatchcutError, name: string): string[] => {
  const value = error.details?.[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

const numberDetail = (error: MatchcutError, name: string): number | undefined => {
  const value = error.details?.[name];
  return typeof value === 'number' ? value : undefined;
};

/**
 * A member mistake the core marked with `details.reason`, in the member's language (plain text;
 * names are the members' own words); undefined for a mistake without a known reason.
 */
export function mistakeText(error: MatchcutError, platform: ChatPlatform, locale: Locale): string | undefined {
  const name = textDetail(error, 'name') ?? textDetail(error, 'organization') ?? '';
  const command = profileCommand[platform];
  switch (textDetail(error, 'reason')) {
    case 'NO_ORGANIZATION': {
      const names = textList(error, 'didYouMean');
      const hint =
        names.length > 0
          ? translate(locale, 'mistakeDidYouMean', { names: names.map((entry) => `"${entry}"`).join(', ') })
          : translate(locale, 'adviceFindOrganizations', { command: findOrganizationsCommand[platform] });
      return `${translate(locale, 'mistakeNoOrganization', { name })} ${hint}`;
    }
    case 'NO_NAME_GIVEN':
      return translate(locale, 'mistakeNoNameGiven');
    case 'OTHER_SIDE':
      return translate(locale, 'mistakeOtherSide', { name });
    case 'NOT_LINKED': {
      const [a, b] = textList(error, 'organizations');
      return a !== undefined && b !== undefined
        ? translate(locale, 'mistakeNotLinkedEither', { a, b, command })
        : translate(locale, 'mistakeNotLinked', { command });
    }
    case 'UNKNOWN_SUGGESTION':
      return translate(locale, 'mistakeUnknownSuggestion');
    case 'PARTNER_GONE':
      return translate(locale, 'mistakePartnerGone');
    case 'OWN_ORGANIZATION':
      return translate(locale, 'mistakeOwnOrganization', { name });
    case 'NAME_TAKEN':
      return translate(locale, 'mistakeNameTaken', { name });
    case 'MANAGED_BY_MEMBERS':
      return translate(locale, 'mistakeManagedByMembers', { name });
    case 'ANSWER_EXPIRED':
      return translate(locale, 'mistakeAnswerExpired');
    case 'EMPTY_QUESTION':
      return translate(locale, 'mistakeEmptyQuestion');
    case 'EMPTY_PARTNER_QUESTION':
      return translate(locale, 'mistakeEmptyPartnerQuestion');
    case 'QUESTION_TOO_LONG':
      return translate(locale, 'mistakeQuestionTooLong', {
        length: numberDetail(error, 'length') ?? 0,
        maximum: new Intl.NumberFormat(locale).format(numberDetail(error, 'maximum') ?? 0),
      });
    case 'NO_DIGEST_YET':
      return translate(locale, 'mistakeNoDigestYet');
    case 'UNKNOWN_DIGEST':
      return translate(locale, 'mistakeUnknownDigest', { name });
    case 'BAD_LIMIT':
      return translate(locale, 'mistakeBadLimit', { maximum: numberDetail(error, 'maximum') ?? 200 });
    default:
      return undefined;
  }
}

/** Each kind of page failure (`details.problem`, src/knowledge/web/page-problems.ts) → what the organizer reads. */
const pageProblemKeys = {
  notUrl: 'pageNotUrl',
  scheme: 'pageScheme',
  credentials: 'pageCredentials',
  noHost: 'pageNoHost',
  notAllowed: 'pageNotAllowed',
  tooSlow: 'pageTooSlow',
  unreachable: 'pageUnreachable',
  redirect: 'pageRedirect',
  status: 'pageStatus',
  notPage: 'pageNotPage',
  tooLarge: 'pageTooLarge',
  brokenBody: 'pageBrokenBody',
  noText: 'pageNoText',
  noArticle: 'pageNoArticle',
} as const satisfies Record<PageProblem, MessageKey>;

/**
 * Why a web page could not be added, for `addRefused`: in English the core's own sentence (it names
 * the URL and the exact cause); in other languages the kind of failure in the member's words, with
 * the status or content type it names. Undefined when the error is not a refusal (BAD_INPUT).
 */
export function pageRefusalText(error: MatchcutError, locale: Locale): string | undefined {
  if (error.code !== 'BAD_INPUT') return undefined;
  const problem = error.details?.problem;
  if (locale === 'en' || !isPageProblem(problem)) return error.userMessage;
  const key = pageProblemKeys[problem];
  if (key === 'pageStatus') return translate(locale, key, { status: numberDetail(error, 'status') ?? '?' });
  if (key === 'pageNotPage') return translate(locale, key, { type: textDetail(error, 'contentType') ?? '?' });
  return translate(locale, key);
}
