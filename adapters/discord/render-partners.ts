/**
 * A partner search as one Discord message: what was looked for, then one embed per organization,
 * and a row of Interested buttons (one per organization, custom id `interest:<profile id>`).
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { FeedbackResult, PartnerSearchResult } from '../../src/index.js';
import { clip, colors, type DiscordMessage, discordLimits, noMentions, safe } from './render-text.js';

const reasonsShown = 4;
/** Discord: 5 buttons in a row, labels of at most 80 characters, custom ids of at most 100. */
const buttonLimits = { perRow: 5, label: 80, customId: 100 } as const;
const interestPrefix = 'interest:';

export function partnerInterestCustomId(profileId: string): string | undefined {
  const customId = `${interestPrefix}${profileId}`;
  return customId.length <= buttonLimits.customId ? customId : undefined;
}

/** `interest:<profile id>` → the profile id; undefined for any other custom id. */
export function parsePartnerInterestCustomId(customId: string): string | undefined {
  if (!customId.startsWith(interestPrefix) || customId.length > buttonLimits.customId) return undefined;
  const profileId = customId.slice(interestPrefix.length);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(profileId) ? profileId : undefined;
}

function interestButtons(result: PartnerSearchResult): APIActionRowComponent<APIButtonComponent>[] {
  const buttons = result.partners.slice(0, buttonLimits.perRow).flatMap((partner, index): APIButtonComponent[] => {
    const customId = partnerInterestCustomId(partner.profile.id);
    if (customId === undefined) return [];
    const label = clip(`Interested: ${index + 1}. ${partner.profile.name}`, buttonLimits.label);
    return [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label }];
  });
  return buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
}

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
    content: clip(
      `Organizations that offer ${what}${where}:\n-# Interested tells them you want to meet; when they say so too, ` +
        'you are introduced.',
      discordLimits.content,
    ),
    embeds,
    components: interestButtons(result),
    allowedMentions: { ...noMentions },
  };
}

/** The member's private receipt after an Interested click. */
export function renderInterestRecorded(result: FeedbackResult): DiscordMessage {
  const partner = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const theirs = result.party === 'a' ? result.state.b : result.state.a;
  const name = `**${safe(partner.name)}**`;
  const content = result.introduce
    ? `${name} is interested too: I have introduced you here.`
    : theirs === 'interested'
      ? `You and ${name} were already introduced.`
      : `Noted: you are interested in ${name}. When they say so too, I will introduce you.`;
  return { content, embeds: [], allowedMentions: { ...noMentions } };
}
