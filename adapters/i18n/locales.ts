/**
 * Which language the bot speaks to a member. Candidates, strongest first: the member's own
 * setting (Discord `interaction.locale`, Slack's user locale) when it is one of ours and not
 * English (English is both platforms' default, so it says little); then the question's language
 * (Uzbek is not a Discord locale, and many members never change the default); then the member's
 * English; English otherwise.
 */
import { z } from 'zod';
import { optionalText } from '../../src/index.js';

export const supportedLocales = ['en', 'ko', 'vi', 'ja', 'ru', 'uz'] as const;
export type Locale = (typeof supportedLocales)[number];

export const defaultLocale: Locale = 'en';

/** "ko", "ja-JP", "en-US", "uz_UZ", "uz-Latn" → a supported locale; anything else → undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (supportedLocales as readonly string[]).includes(base) ? (base as Locale) : undefined;
}

export interface LocaleHints {
  /** The member's platform setting: Discord `interaction.locale`, Slack's user locale. */
  memberLocale?: string | null | undefined;
  /** The question's detected language (the core's `Answer.language`), when there is a question. */
  questionLanguage?: string | null | undefined;
}

export function chooseLocale(hints: LocaleHints): Locale {
  const member = supportedLocale(hints.memberLocale);
  if (member !== undefined && member !== 'en') return member;
  return supportedLocale(hints.questionLanguage) ?? member ?? defaultLocale;
}

/**
 * SLACK_DIGEST_LANGUAGE / DISCORD_DIGEST_LANGUAGE: the language of scheduled digests (nobody's locale
 * decides a post to a whole channel), one of the six codes; unset means English.
 */
export const digestLanguageSetting = optionalText.pipe(
  z
    .string()
    .transform((code) => code.toLowerCase())
    .pipe(z.enum(supportedLocales, { message: `must be one of ${supportedLocales.join(', ')}` }))
    .optional(),
);
