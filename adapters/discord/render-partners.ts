/** A partner search as one Discord message: what was looked for, then one embed per organization. */
import type { APIEmbed } from 'discord.js';
import type { PartnerSearchResult } from '../../src/index.js';
import { clip, colors, type DiscordMessage, discordLimits, noMentions, safe } from './render-text.js';

const reasonsShown = 4;

export function renderPartners(result: PartnerSearchResult): DiscordMessage {
  const what = safe(clip(result.needs.map((need) => need.label).join(', ') || 'what you asked', 300));
  const where = result.place === undefined ? '' : ` in ${safe(clip(result.place, 100))}`;
  if (result.partners.length === 0) {
    const content =
      `No organization here offers ${what}${where} yet. ` +
      'Organizers can add profiles; `/ask` may find it in the articles.';
    return { content, embeds: [], allowedMentions: { ...noMentions } };
  }
  const embeds: APIEmbed[] = result.partners.slice(0, discordLimits.embedsPerMessage).map((partner, index) => ({
    title: clip(
      `${index + 1}. ${partner.profile.name} (${partner.profile.kind.replace(/_/g, ' ')})`,
      discordLimits.embedTitle,
    ),
    description: clip(
      partner.reasons
        .slice(0, reasonsShown)
        .map((reason) => `• ${safe(reason.text)}`)
        .join('\n') || '—',
      900,
    ),
    color: colors.match,
  }));
  return {
    content: clip(`Organizations that offer ${what}${where}:`, discordLimits.content),
    embeds,
    allowedMentions: { ...noMentions },
  };
}
