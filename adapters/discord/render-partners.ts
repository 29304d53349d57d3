/**
 * A partner search as one Discord message: what was looked for, then one embed per organization,
 * and a row of Interested buttons (one per organization, custom id `interest:<profile id>`), in the
 * member's language (reasons and taxonomy labels too; organization names, needs, offers and places as written).
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { FeedbackResult, PartnerSearchResult } from '../../src/index.js';
import { conceptLabel, kindName, reasonText, searchedLabels } from '../i18n/match-reasons.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
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

function interestButtons(result: PartnerSearchResult, locale: Locale): APIActionRowComponent<APIButtonComponent>[] {
  const buttons = result.partners.slice(0, buttonLimits.perRow).flatMap((partner, index): APIButtonComponent[] => {
    const customId = partnerInterestCustomId(partner.profile.id);
    if (customId === undefined) return [];
    const label = clip(
      `${translate(locale, 'buttonInterested')}: ${index + 1}. ${partner.profile.name}`,
      buttonLimits.label,
    );
    return [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label }];
  });
  return buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
}

/**
 * The search result: what was looked for, then one embed per organization with Interested buttons.
 * `underAnswer`: the list follows an article answer, so "nobody offers it" does not point to `/ask`.
 */
export function renderPartners(
  result: PartnerSearchResult,
  locale: Locale = defaultLocale,
  options: { underAnswer?: boolean } = {},
): DiscordMessage {
  const labels = searchedLabels(result.needs, locale);
  const what = safe(clip(labels || translate(locale, 'partnersWhatYouAsked'), 300));
  const placeName = conceptLabel(result.placeLabels, locale) ?? result.place;
  const place = placeName === undefined ? undefined : safe(clip(placeName, 100));
  if (result.partners.length === 0) {
    const none =
      place === undefined
        ? translate(locale, 'partnersNone', { what })
        : translate(locale, 'partnersNoneIn', { what, place });
    const hint = translate(locale, options.underAnswer === true ? 'partnersNoneHintWithAnswer' : 'partnersNoneHint');
    const content = `${none} ${hint}`;
    return { content, embeds: [], allowedMentions: { ...noMentions } };
  }
  const embeds: APIEmbed[] = result.partners.slice(0, discordLimits.embedsPerMessage).map((partner, index) => ({
    title: clip(
      `${index + 1}. ${partner.profile.name} (${kindName(partner.profile.kind, locale)})`,
      discordLimits.embedTitle,
    ),
    description: clip(
      partner.reasons
        .slice(0, reasonsShown)
        .map((reason) => `• ${safe(reasonText(reason, locale))}`)
        .join('\n') || '—',
      900,
    ),
    color: colors.match,
  }));
  const heading =
    place === undefined
      ? translate(locale, 'partnersHeading', { what })
      : translate(locale, 'partnersHeadingIn', { what, place });
  return {
    content: clip(`${heading}\n-# ${translate(locale, 'partnersInterestedHint')}`, discordLimits.content),
    embeds,
    components: interestButtons(result, locale),
    allowedMentions: { ...noMentions },
  };
}

/** The member's private receipt after an Interested click. */
export function renderInterestRecorded(result: FeedbackResult, locale: Locale = defaultLocale): DiscordMessage {
  const partner = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const theirs = result.party === 'a' ? result.state.b : result.state.a;
  const name = `**${safe(partner.name)}**`;
  const content = result.introduce
    ? translate(locale, 'interestIntroduced', { name })
    : theirs === 'interested'
      ? translate(locale, 'interestAlreadyIntroduced', { name })
      : translate(locale, 'interestNoted', { name });
  return { content, embeds: [], allowedMentions: { ...noMentions } };
}
