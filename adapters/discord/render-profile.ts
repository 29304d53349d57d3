/** The confirmation after a member saves a profile from the `/profile` form, in the member's language. */
import type { Profile } from '../../src/index.js';
import { kindName } from '../i18n/match-reasons.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { clip, colors, type DiscordMessage, discordLimits, noMentions, safe } from './render-text.js';

export function renderProfileSaved(profile: Profile, locale: Locale = defaultLocale): DiscordMessage {
  const list = (values: string[]): string =>
    clip(values.length === 0 ? '—' : values.map((value) => `• ${safe(value)}`).join('\n'), discordLimits.fieldValue);
  const place = [profile.city, profile.country]
    .filter((value): value is string => value !== undefined && value !== '')
    .map(safe)
    .join(', ');
  return {
    content: translate(locale, 'discordProfileSaved', { name: `**${safe(profile.name)}**` }),
    embeds: [
      {
        title: clip(profile.name, discordLimits.embedTitle),
        description: clip(safe(profile.description || '—'), 1_000),
        color: colors.match,
        fields: [
          { name: translate(locale, 'profileFieldKind'), value: kindName(profile.kind, locale), inline: true },
          {
            name: translate(locale, 'discordProfileWhere'),
            value: place === '' ? '—' : clip(place, discordLimits.fieldValue),
            inline: true,
          },
          {
            name: translate(locale, 'discordFormLanguages'),
            value:
              profile.languages.length === 0
                ? '—'
                : clip(profile.languages.map(safe).join(', '), discordLimits.fieldValue),
            inline: true,
          },
          { name: translate(locale, 'homeOffers'), value: list(profile.offers) },
          { name: translate(locale, 'homeNeeds'), value: list(profile.needs) },
        ],
      },
    ],
    allowedMentions: { ...noMentions },
  };
}
