/** The confirmation after a member saves a profile from the `/profile` form. */
import type { Profile } from '../../src/index.js';
import { clip, colors, type DiscordMessage, discordLimits, noMentions, safe } from './render-text.js';

export function renderProfileSaved(profile: Profile): DiscordMessage {
  const list = (values: string[]): string =>
    clip(values.length === 0 ? '—' : values.map((value) => `• ${safe(value)}`).join('\n'), discordLimits.fieldValue);
  const place = [profile.city, profile.country]
    .filter((value): value is string => value !== undefined && value !== '')
    .map(safe)
    .join(', ');
  return {
    content: `Saved **${safe(profile.name)}**; you are linked to it, so your feedback on digests counts for it.`,
    embeds: [
      {
        title: clip(profile.name, discordLimits.embedTitle),
        description: clip(safe(profile.description || '—'), 1_000),
        color: colors.match,
        fields: [
          { name: 'Kind', value: profile.kind, inline: true },
          { name: 'Where', value: place === '' ? '—' : clip(place, discordLimits.fieldValue), inline: true },
          {
            name: 'Languages',
            value:
              profile.languages.length === 0
                ? '—'
                : clip(profile.languages.map(safe).join(', '), discordLimits.fieldValue),
            inline: true,
          },
          { name: 'Offers', value: list(profile.offers) },
          { name: 'Needs', value: list(profile.needs) },
        ],
      },
    ],
    allowedMentions: { ...noMentions },
  };
}
