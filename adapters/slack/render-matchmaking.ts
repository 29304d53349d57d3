/**
 * Matchmaking results as Block Kit: suggested partners with reasons for both sides and their
 * sources, digests with feedback buttons and their status, and introductions.
 */
import { kindName, reasonText } from '../i18n/match-reasons.js';
import { defaultLocale, type Locale, supportedLocales } from '../i18n/locales.js';
import { type MessageKey, translate } from '../i18n/translate.js';
import type { types } from '@slack/bolt';
import type { Citation, Digest, FeedbackVerdict, Match, MatchReason, Suggestion } from '../../src/index.js';
import { escapeAndTruncate, escapeMrkdwn, linkMrkdwn } from './mrkdwn.js';
import {
  type Block,
  citationDetails,
  context,
  digestQuoteLength,
  divider,
  fallbackFromBlocks,
  header,
  packMessages,
  section,
  type SlackMessage,
  slackLimits,
  truncatePlainTitle,
} from './render-blocks.js';

export const feedbackActionIds: Record<FeedbackVerdict, string> = {
  interested: 'matchcut_feedback_interested',
  not_a_fit: 'matchcut_feedback_not_a_fit',
  know: 'matchcut_feedback_know',
};

const verdictKeys: Record<FeedbackVerdict, MessageKey> = {
  interested: 'buttonInterested',
  not_a_fit: 'buttonNotAFit',
  know: 'buttonAlreadyKnow',
};

/** "Interested", "Not a fit", "Already know them" in the reader's language. */
export const verdictLabel = (verdict: FeedbackVerdict, locale: Locale = defaultLocale): string =>
  translate(locale, verdictKeys[verdict]);

/** The English labels (the CLI and older tests name them). */
export const verdictLabels: Record<FeedbackVerdict, string> = {
  interested: verdictLabel('interested'),
  not_a_fit: verdictLabel('not_a_fit'),
  know: verdictLabel('know'),
};

function partyLine(match: Match, locale: Locale): string {
  const name = (party: Match['a']) =>
    `*${escapeAndTruncate(party.name, 150)}* (${escapeMrkdwn(kindName(party.kind, locale))})`;
  const score = translate(locale, 'slackMatchScore', { percent: `${Math.round(match.score * 100)}%` });
  return `${name(match.a)}  ↔  ${name(match.b)}   ·   ${score}`;
}

function reasonsFor(match: Match, side: 'a' | 'b'): MatchReason[] {
  return match.reasons.filter((reason) => reason.side === side || reason.side === 'both');
}

/** Joins whole lines up to `maximum` characters; what does not fit is counted, never cut. */
export function joinLinesWithin(lines: string[], maximum: number, locale: Locale = defaultLocale): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const remaining = lines.length - index;
    const reserve = remaining > 1 ? 40 : 0;
    if (length + line.length + 1 + reserve > maximum && kept.length > 0) {
      kept.push(translate(locale, 'matchAndMore', { count: remaining }));
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

function citationMarks(reason: MatchReason): string {
  const numbers = reason.citationNumbers ?? [];
  return numbers.length === 0 ? '' : ` [${numbers.slice(0, 5).join(', ')}]`;
}

function renderReasons(match: Match, locale: Locale): string {
  const half = Math.floor((slackLimits.sectionText - 100) / 2);
  const sides = (['a', 'b'] as const).map((side) => {
    const reasons = reasonsFor(match, side);
    const lines =
      reasons.length === 0
        ? [`• ${translate(locale, 'matchNoReason')}`]
        : reasons.map((reason) => `• ${escapeAndTruncate(reasonText(reason, locale), 400)}${citationMarks(reason)}`);
    const heading = translate(locale, 'matchFor', { name: escapeAndTruncate(match[side].name, 150) });
    return `*${heading}:*\n${joinLinesWithin(lines, half, locale)}`;
  });
  return sides.join('\n');
}

function renderMatchSources(citations: Citation[], locale: Locale = defaultLocale): string | undefined {
  if (citations.length === 0) return undefined;
  const lines = citations.map((citation) => {
    const details = citationDetails(citation);
    const quote =
      citation.quote.trim() === ''
        ? ''
        : ` — “${escapeAndTruncate(citation.quote.replace(/\s+/g, ' ').trim(), digestQuoteLength)}”`;
    const title = linkMrkdwn(citation.url, truncatePlainTitle(citation.title));
    return `[${citation.n}] ${title}${details === '' ? '' : ` (${escapeMrkdwn(details)})`}${quote}`;
  });
  return `*${translate(locale, 'sourcesTitle')}:*\n${joinLinesWithin(lines, slackLimits.sectionText - 20, locale)}`;
}

export interface MatchBlockOptions {
  /** 1-based position, used for block ids. */
  position: number;
  /** The reader's language (a channel-wide digest stays in English). */
  locale?: Locale;
}

function renderMatchGroup(match: Match, options: MatchBlockOptions): Block[] {
  const locale = options.locale ?? defaultLocale;
  const blocks: Block[] = [
    section(`*${options.position}.* ${partyLine(match, locale)}`, `match-${options.position}`),
    section(renderReasons(match, locale), `reasons-${options.position}`),
  ];
  const sources = renderMatchSources(match.citations, locale);
  if (sources !== undefined) blocks.push(section(sources, `sources-${options.position}`));
  return blocks;
}

export function renderMatches(forName: string, matches: Match[], locale: Locale = defaultLocale): SlackMessage[] {
  const heading = translate(locale, 'slackMatchHeading', { name: escapeAndTruncate(forName, 200) });
  const groups: Block[][] = [[section(`*${heading}*`)]];
  if (matches.length === 0) groups.push([section(translate(locale, 'slackMatchNone'))]);
  matches.forEach((match, index) =>
    groups.push([...renderMatchGroup(match, { position: index + 1, locale }), divider()]),
  );
  return packMessages(groups, (blocks) => fallbackFromBlocks(blocks));
}

export const statusBlockPrefix = 'status-';
export const feedbackBlockPrefix = 'feedback-';

/** The Interested / Not a fit / Already know them buttons of a suggestion (digests, App Home). */
export function feedbackButtons(
  suggestion: Suggestion,
  position: number,
  locale: Locale = defaultLocale,
): types.ActionsBlock {
  const button = (verdict: FeedbackVerdict, style?: 'primary' | 'danger'): types.Button => ({
    type: 'button',
    action_id: feedbackActionIds[verdict],
    text: { type: 'plain_text', text: verdictLabel(verdict, locale), emoji: true },
    value: suggestion.id.slice(0, slackLimits.buttonValue),
    ...(style === undefined ? {} : { style }),
  });
  return {
    type: 'actions',
    block_id: `${feedbackBlockPrefix}${position}`,
    elements: [button('interested', 'primary'), button('not_a_fit'), button('know')],
  };
}

export function renderFeedbackState(
  suggestion: Pick<Suggestion, 'a' | 'b'>,
  state: { a: FeedbackVerdict | null; b: FeedbackVerdict | null },
  lastChoice?: { userId: string; verdict: FeedbackVerdict },
  locale: Locale = defaultLocale,
): string {
  const sideText = (side: 'a' | 'b') => {
    const verdict = state[side];
    const answered =
      verdict === null ? `_${translate(locale, 'feedbackNoAnswerYet')}_` : `*${verdictLabel(verdict, locale)}*`;
    return `${escapeAndTruncate(suggestion[side].name, 100)}: ${answered}`;
  };
  const parts = [sideText('a'), sideText('b')];
  // Only a well-formed user id becomes a mention; anything else could smuggle markup.
  const last =
    lastChoice === undefined || !/^[UW][A-Z0-9]+$/.test(lastChoice.userId)
      ? ''
      : `   ·   ${translate(locale, 'feedbackChose', {
          member: `<@${lastChoice.userId}>`,
          verdict: verdictLabel(lastChoice.verdict, locale),
        })}`;
  return `${parts.join('   ·   ')}${last}`;
}

/** "1 suggestion", "3 suggestions" in the reader's language. */
export const suggestionCount = (count: number, locale: Locale): string =>
  count === 1 ? translate(locale, 'digestCountOne') : translate(locale, 'digestCountMany', { count });

/**
 * A digest for a channel, in `locale`: the organizer's language when an organizer posts it, the
 * digest language setting (SLACK_DIGEST_LANGUAGE) when the schedule does.
 */
export function renderDigest(digest: Digest, locale: Locale = defaultLocale): SlackMessage[] {
  const count = digest.suggestions.length;
  const title = translate(locale, 'digestTitle');
  const explain = translate(locale, 'slackDigestExplain', { interested: verdictLabel('interested', locale) });
  const groups: Block[][] = [
    [
      header(title),
      context(count === 0 ? translate(locale, 'digestNoneThisTime') : `${suggestionCount(count, locale)} · ${explain}`),
      divider(),
    ],
  ];
  digest.suggestions.forEach((suggestion, index) => {
    const position = index + 1;
    groups.push([
      ...renderMatchGroup(suggestion, { position, locale }),
      feedbackButtons(suggestion, position, locale),
      context(
        renderFeedbackState(suggestion, { a: null, b: null }, undefined, locale),
        `${statusBlockPrefix}${position}`,
      ),
      divider(),
    ]);
  });
  if (digest.unmetNeeds.length > 0) {
    const lines = digest.unmetNeeds
      .slice(0, 15)
      .map((need) => `• ${escapeAndTruncate(need.profile.name, 100)}: ${escapeAndTruncate(need.need, 200)}`);
    const more =
      digest.unmetNeeds.length > 15
        ? `\n${translate(locale, 'matchAndMore', { count: digest.unmetNeeds.length - 15 })}`
        : '';
    const heading = translate(locale, 'digestUnmetHeading');
    groups.push([section(`*${heading}*\n${lines.join('\n')}${more}`, 'unmet-needs')]);
  }
  return packMessages(groups, (blocks, index) => {
    const names = digest.suggestions.map((suggestion) => `${suggestion.a.name} ↔ ${suggestion.b.name}`).join(', ');
    return index === 0
      ? `${title}: ${suggestionCount(count, locale)}` + (count > 0 ? ` (${escapeAndTruncate(names, 1_500)})` : '')
      : `${translate(locale, 'digestContinued', { title })}: ${fallbackFromBlocks(blocks)}`;
  });
}

/** The language a posted digest was written in (its header), so a click's status line matches it. */
export function digestLocaleOf(blocks: readonly Block[]): Locale | undefined {
  const header = blocks.find((block) => block.type === 'header');
  const text = header !== undefined && 'text' in header ? header.text?.text : undefined;
  if (typeof text !== 'string') return undefined;
  return supportedLocales.find((locale) => translate(locale, 'digestTitle') === text);
}

/**
 * The digest message after a click: same blocks, with the status line of the clicked
 * suggestion replaced. Blocks come back from Slack in the interaction payload.
 */
export function updateDigestBlocks(blocks: Block[], actionBlockId: string, statusText: string): Block[] | undefined {
  if (!actionBlockId.startsWith(feedbackBlockPrefix)) return undefined;
  const statusId = `${statusBlockPrefix}${actionBlockId.slice(feedbackBlockPrefix.length)}`;
  let found = false;
  const updated = blocks.map((block) => {
    if (block.block_id !== statusId) return block;
    found = true;
    return context(statusText, statusId);
  });
  if (!found) {
    const actionIndex = updated.findIndex((block) => block.block_id === actionBlockId);
    if (actionIndex < 0) return undefined;
    updated.splice(actionIndex + 1, 0, context(statusText, statusId));
  }
  return updated;
}

/**
 * The introduction of both sides, in `locale` (introduce() sends one per language of the members;
 * see the adapter README). Only well-formed user ids become mentions.
 */
export function renderIntroduction(
  suggestion: Suggestion,
  userIds: string[],
  locale: Locale = defaultLocale,
): SlackMessage {
  const people = userIds
    .filter((id) => /^[UW][A-Z0-9]+$/.test(id))
    .map((id) => `<@${id}>`)
    .join(', ');
  const reasons = renderReasons(suggestion, locale);
  const sources = renderMatchSources(suggestion.citations, locale);
  const hello = people === '' ? translate(locale, 'introHello') : translate(locale, 'introHelloPeople', { people });
  const lead = translate(locale, suggestion.digestId === undefined ? 'introAfterSearch' : 'introAfterDigest', {
    hello,
    a: `*${escapeAndTruncate(suggestion.a.name, 150)}*`,
    b: `*${escapeAndTruncate(suggestion.b.name, 150)}*`,
    interested: `*${verdictLabel('interested', locale)}*`,
  });
  const blocks: Block[] = [section(`:wave: ${lead}`), section(reasons)];
  if (sources !== undefined) blocks.push(section(sources));
  blocks.push(context(translate(locale, 'introTakeItFromHere')));
  return {
    blocks,
    text: translate(locale, 'introFallback', {
      a: escapeAndTruncate(suggestion.a.name, 150),
      b: escapeAndTruncate(suggestion.b.name, 150),
    }),
  };
}
