/**
 * Each Slack member's locale ("ja-JP"), from `users.info` with `include_locale`, cached per
 * member. `cached` never waits (for replies given with the acknowledgement): a member not seen
 * yet gets undefined and a look-up starts in the background; `lookUp` waits for it (after the
 * ack). A failed look-up (no `users:read` scope, a deleted member) is remembered as unknown
 * for a while, so it is not retried on every message.
 */
import type { Logger } from '../../src/index.js';
import { chooseLocale, type Locale } from '../i18n/locales.js';

export interface UserInfoClient {
  users: {
    info(arguments_: { user: string; include_locale: boolean }): Promise<{ user?: { locale?: string } }>;
  };
}

export interface MemberLocales {
  /** The member's locale if already known; starts a look-up otherwise. Never waits. */
  cached(userId: string): string | undefined;
  /** The member's locale, looked up once and then cached. */
  lookUp(userId: string): Promise<string | undefined>;
  /** The language to speak: the member's locale, else the question's language, else English (never waits). */
  localeNow(userId: string, questionLanguage?: string): Locale;
  /** The same, waiting for the look-up (use after the acknowledgement). */
  localeFor(userId: string, questionLanguage?: string): Promise<Locale>;
}

interface Entry {
  locale: string | undefined;
  expiresAtMs: number;
}

export function createMemberLocales(
  client: UserInfoClient,
  logger: Logger,
  options: { knownForMs?: number; unknownForMs?: number; now?: () => number } = {},
): MemberLocales {
  const knownForMs = options.knownForMs ?? 24 * 60 * 60 * 1000;
  const unknownForMs = options.unknownForMs ?? 10 * 60 * 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<string | undefined>>();

  const fresh = (userId: string): Entry | undefined => {
    const entry = entries.get(userId);
    return entry !== undefined && entry.expiresAtMs > now() ? entry : undefined;
  };

  const lookUp = (userId: string): Promise<string | undefined> => {
    const entry = fresh(userId);
    if (entry !== undefined) return Promise.resolve(entry.locale);
    const running = pending.get(userId);
    if (running !== undefined) return running;
    const request = client.users.info({ user: userId, include_locale: true });
    const lookup = request
      .then((result) => {
        const locale = typeof result.user?.locale === 'string' ? result.user.locale : undefined;
        entries.set(userId, { locale, expiresAtMs: now() + (locale === undefined ? unknownForMs : knownForMs) });
        return locale;
      })
      .catch((error: unknown) => {
        logger.debug({ err: error, userId }, 'could not read the member locale (users.info); speaking English');
        entries.set(userId, { locale: undefined, expiresAtMs: now() + unknownForMs });
        return undefined;
      })
      .finally(() => pending.delete(userId));
    pending.set(userId, lookup);
    return lookup;
  };

  const cached = (userId: string): string | undefined => {
    const entry = fresh(userId);
    if (entry === undefined) void lookUp(userId);
    return entry?.locale;
  };

  return {
    cached,
    lookUp,
    localeNow: (userId, questionLanguage) => chooseLocale({ memberLocale: cached(userId), questionLanguage }),
    localeFor: async (userId, questionLanguage) =>
      chooseLocale({ memberLocale: await lookUp(userId), questionLanguage }),
  };
}
