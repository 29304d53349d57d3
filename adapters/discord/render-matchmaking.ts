/**
 * Matchmaking results as Discord messages: match embeds with reasons for both sides and their
 * sources, digest suggestions with feedback buttons, the feedback confirmation, the
 * introduction of both sides and the organizer's digest summary.
 */
import { kindName, reasonText } from '../i18n/match-reasons.js';
import { defaultLocale, type Locale, supportedLocales } from '../i18n/locales.js';
import { type MessageKey, translate } from '../i18n/translate.js';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type {
  Citation,
  Digest,
  FeedbackResult,
  FeedbackVerdict,
  Match,
  MatchReason,
  PartyRef,
  Suggestion,
} from '../../src/index.js';
import { feedbackCustomId } from './custom-ids.js';
import { embedLength, groupEmbeds, longestQuoteInMatch, renderCitationBlock } from './render-sources.js';
import { clip, colors, type DiscordMessage, discordLimits, noMentions, percent, safe } from './render-text.js';

const verdictKeys: Record<FeedbackVerdict, MessageKey> = {
  interested: 'buttonInterested',
  not_a_fit: 'buttonNotAFit',
  know: 'buttonAlreadyKnow',
};
export const verdictLabel = (verdict: FeedbackVerdict, locale: Locale = defaultLocale) =>
  translate(locale, verdictKeys[verdict]);

/** One embed for a match: why it is good for each side, and the sources behind it. */
export function renderMatchEmbed(match: Match, locale: Locale = defaultLocale): APIEmbed {
  const fields: APIEmbedField[] = [
    {
      name: clip(translate(locale, 'matchFor', { name: match.a.name }), discordLimits.fieldName),
      value: reasonList(match.reasons, 'a', match, locale),
      inline: false,
    },
    {
      name: clip(translate(locale, 'matchFor', { name: match.b.name }), discordLimits.fieldName),
      value: reasonList(match.reasons, 'b', match, locale),
      inline: false,
    },
    ...sourceFields(match.citations, locale),
  ];
  const embed: APIEmbed = {
    title: clip(`${match.a.name} ↔ ${match.b.name}`, discordLimits.embedTitle),
    description: `${kindName(match.a.kind, locale)} ↔ ${kindName(match.b.kind, locale)}`,
    color: colors.match,
    fields: fields.slice(0, discordLimits.embedFields),
    footer: {
      text: translate(locale, 'matchFooter', {
        score: percent(match.score),
        a: clip(match.a.name, 60),
        scoreA: percent(match.scoreForA),
        b: clip(match.b.name, 60),
        scoreB: percent(match.scoreForB),
      }),
    },
  };
  // Whole source fields are dropped from the end if the embed would pass 6,000 characters.
  while (embedLength(embed) > discordLimits.embedTotal && (embed.fields?.length ?? 0) > 2) embed.fields?.pop();
  return embed;
}

function reasonList(reasons: MatchReason[], side: 'a' | 'b', match: Match, locale: Locale): string {
  const lines = reasons
    .filter((reason) => reason.side === side || reason.side === 'both')
    .map((reason) => `• ${safe(reasonText(reason, locale))}`);
  if (lines.length === 0) {
    return `• ${translate(locale, 'matchPossiblePartner', { name: safe(side === 'a' ? match.b.name : match.a.name) })}`;
  }
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const more = lines.length - index;
    const candidate = [...kept, line].join('\n');
    if (candidate.length > discordLimits.fieldValue - 40) {
      kept.push(translate(locale, 'matchAndMore', { count: more }));
      break;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Numbered sources as fields, whole citations only (never cut one across fields). */
function sourceFields(citations: Citation[], locale: Locale): APIEmbedField[] {
  const fieldName = (count: number) => translate(locale, count === 0 ? 'sourcesTitle' : 'sourcesContinued');
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const citation of citations) {
    const block = renderCitationBlock(citation, longestQuoteInMatch);
    const fitted = block.length > discordLimits.fieldValue ? renderCitationBlock({ ...citation, quote: '' }, 0) : block;
    const joined = value === '' ? fitted : `${value}\n${fitted}`;
    if (joined.length > discordLimits.fieldValue) {
      fields.push({ name: fieldName(fields.length), value });
      value = fitted;
    } else {
      value = joined;
    }
  }
  if (value !== '') fields.push({ name: fieldName(fields.length), value });
  return fields;
}

/** `/match` results: one embed per match (at most 10, one message). */
export function renderMatches(subject: string, matches: Match[], locale: Locale = defaultLocale): DiscordMessage {
  if (matches.length === 0) {
    return {
      content: translate(locale, 'discordMatchNone', { subject: `**${safe(subject)}**` }),
      embeds: [],
      allowedMentions: { ...noMentions },
    };
  }
  const shown = matches.slice(0, discordLimits.embedsPerMessage).map((match) => renderMatchEmbed(match, locale));
  const [embeds = []] = groupEmbeds(shown);
  return {
    content: translate(locale, 'matchBest', {
      subject: `**${safe(subject)}**`,
      shown: embeds.length,
      total: matches.length,
    }),
    embeds,
    allowedMentions: { ...noMentions },
  };
}

/**
 * A digest suggestion: its match embed, how each side answered, and the three feedback buttons, in
 * `locale`: the organizer's language after `/digest`, DISCORD_DIGEST_LANGUAGE for the schedule (a
 * click keeps the language the suggestion was posted in: see `suggestionLocaleOf`).
 */
export function renderSuggestion(
  suggestion: Suggestion,
  state?: FeedbackResult['state'],
  locale: Locale = defaultLocale,
): DiscordMessage {
  const embed = renderMatchEmbed(suggestion, locale);
  const answered = state ?? { a: null, b: null };
  const line = (party: PartyRef, verdict: FeedbackVerdict | null): string =>
    `**${safe(party.name)}**: ${
      verdict === null ? translate(locale, 'feedbackNoAnswerYet') : verdictLabel(verdict, locale)
    }`;
  embed.fields = [
    ...(embed.fields ?? []).slice(0, discordLimits.embedFields - 1),
    {
      name: translate(locale, 'feedbackFieldTitle'),
      value: `${line(suggestion.a, answered.a)}\n${line(suggestion.b, answered.b)}`,
    },
  ];
  return {
    content: '',
    embeds: [embed],
    components: [feedbackButtons(suggestion.id, locale)],
    allowedMentions: { ...noMentions },
  };
}

/** The language a posted suggestion was written in (its Feedback field's name), if it is one of ours. */
export function suggestionLocaleOf(embeds: readonly { fields?: readonly { name: string }[] }[]): Locale | undefined {
  const names = new Set(embeds.flatMap((embed) => (embed.fields ?? []).map((field) => field.name)));
  return supportedLocales.find((locale) => names.has(translate(locale, 'feedbackFieldTitle')));
}

export function feedbackButtons(
  suggestionId: string,
  locale: Locale = defaultLocale,
): APIActionRowComponent<APIButtonComponent> {
  const button = (
    verdict: FeedbackVerdict,
    style: ButtonStyle.Success | ButtonStyle.Secondary | ButtonStyle.Danger,
  ): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    label: verdictLabel(verdict, locale),
    custom_id: feedbackCustomId(verdict, suggestionId),
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('interested', ButtonStyle.Success),
      button('not_a_fit', ButtonStyle.Danger),
      button('know', ButtonStyle.Secondary),
    ],
  };
}

/** The ephemeral confirmation to whoever clicked. */
export function renderFeedbackRecorded(result: FeedbackResult, locale: Locale = defaultLocale): DiscordMessage {
  const party = result.party === 'a' ? result.suggestion.a : result.suggestion.b;
  const other = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const next = result.introduce
    ? translate(locale, 'feedbackBothInterestedThread')
    : result.verdict === 'interested'
      ? translate(locale, 'feedbackIntroduceIfToo', { name: safe(other.name) })
      : translate(locale, 'feedbackThanks');
  return {
    content: translate(locale, 'feedbackRecorded', {
      verdict: `**${verdictLabel(result.verdict, locale)}**`,
      party: `**${safe(party.name)}**`,
      next,
    }),
    embeds: [],
    allowedMentions: { ...noMentions },
  };
}

/**
 * The introduction posted in a new thread when both sides are interested, in `locale` (one message per
 * language of the members: see the adapter README). Only the first message (`ping`) pings exactly the
 * Discord members linked to the two organizations (who both asked for it) and nobody else: `parse`
 * stays empty, only their ids are listed.
 */
export function renderIntroduction(
  result: FeedbackResult,
  locale: Locale = defaultLocale,
  options: { ping?: boolean } = {},
): DiscordMessage {
  const { a, b } = result.suggestion;
  const discordIds = (members: string[]): string[] =>
    members
      .filter((member) => member.startsWith('discord:'))
      .map((member) => member.slice('discord:'.length))
      .filter((id) => /^\d{17,20}$/.test(id));
  const membersA = discordIds(result.members.a);
  const membersB = discordIds(result.members.b);
  const who = (party: PartyRef, ids: string[]): string =>
    `**${safe(party.name)}**: ${
      ids.length === 0 ? translate(locale, 'discordIntroNotLinked') : ids.map((id) => `<@${id}>`).join(', ')
    }`;
  const reasons = result.suggestion.reasons
    .slice(0, 6)
    .map((reason) => `• ${safe(reasonText(reason, locale))}`)
    .join('\n');
  const content = clip(
    [
      translate(locale, 'discordIntroMeet', { a: `**${safe(a.name)}**`, b: `**${safe(b.name)}**` }),
      who(a, membersA),
      who(b, membersB),
      reasons === '' ? '' : `${translate(locale, 'introWhy')}\n${reasons}`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
    discordLimits.content,
  );
  const users = options.ping === false ? [] : [...new Set([...membersA, ...membersB])].slice(0, 100);
  return { content, embeds: [], allowedMentions: { ...noMentions, users } };
}

export function introductionThreadName(suggestion: Suggestion, locale: Locale = defaultLocale): string {
  return clip(translate(locale, 'introThreadName', { a: suggestion.a.name, b: suggestion.b.name }), 100);
}

/** The introduction in each language, each once, in order; only the first one pings. */
export function renderIntroductions(result: FeedbackResult, locales: readonly Locale[]): DiscordMessage[] {
  const languages = [...new Set(locales)];
  return (languages.length === 0 ? [defaultLocale] : languages).map((locale, index) =>
    renderIntroduction(result, locale, { ping: index === 0 }),
  );
}

/** The organizer's ephemeral summary after `/digest`. */
export function renderDigestSummary(
  digest: Digest,
  channelId: string,
  posted: number,
  locale: Locale = defaultLocale,
): DiscordMessage {
  const unmet = digest.unmetNeeds.slice(0, 10).map((need) => `• ${safe(need.profile.name)}: ${safe(need.need)}`);
  const channel = `<#${channelId}>`;
  const lines = [
    posted === 0
      ? translate(locale, 'digestNothingNew')
      : posted === 1
        ? translate(locale, 'digestPostedOne', { channel })
        : translate(locale, 'digestPostedMany', { channel, count: posted }),
    unmet.length === 0 ? '' : `${translate(locale, 'digestUnmetNeeds')}\n${unmet.join('\n')}`,
  ];
  return {
    content: clip(lines.filter((line) => line !== '').join('\n\n'), discordLimits.content),
    embeds: [],
    allowedMentions: { ...noMentions },
  };
}
