/**
 * The App Home tab as a Block Kit `home` view: what the bot does and how to ask; the member's
 * linked organization profile with an Edit button (or how to create one); their latest suggestions
 * with the digest's feedback buttons and status line; and, for organizers, the report summary
 * (matchmaking and questions), the coverage gaps and the last digest with a Send digest button.
 * Everything members wrote (profile fields, questions) is escaped; the view stays within Slack's
 * limits (100 blocks, 3,000 characters per section, 150 per header, 75 per button label). Everything
 * the bot says is in the member's language (`content.locale`).
 */
import type { types } from '@slack/bolt';
import type { CoreReport, DigestPlan, Profile, Suggestion, SuggestionWithState } from '../../src/index.js';
import { kindName, languageList, reasonText } from '../i18n/match-reasons.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { type MessageKey, translate } from '../i18n/translate.js';
import { escapeAndTruncate, escapeMrkdwn } from './mrkdwn.js';
import { type Block, context, divider, header, section, slackLimits } from './render-blocks.js';
import { feedbackButtons, joinLinesWithin, renderFeedbackState, suggestionCount } from './render-matchmaking.js';

/** Slack: a home view holds at most 100 blocks. */
export const homeBlockLimit = 100;
/** Gaps and digest pairs listed in the Home; the rest are counted. */
const gapsShown = 10;
const digestPairsShown = 5;

export const appHomeActionIds = {
  /** Opens the profile modal (adapters/slack/profile-modal.ts), filled in when the member is linked. */
  editProfile: 'matchcut_home_edit_profile',
  /** Organizers: posts a digest to the picked channel, as `/matchcut digest` does. */
  sendDigest: 'matchcut_home_send_digest',
  /** The channel picker next to Send digest (its value is read from the view state). */
  digestChannel: 'matchcut_home_digest_channel',
} as const;

/** The block of the digest channel picker and the Send digest button. */
export const digestActionsBlockId = 'home-digest-actions';

export interface AppHomeMember {
  profile: Profile | undefined;
  suggestions: SuggestionWithState[];
  /** Set when the profile or suggestions could not be read (plain text). */
  problem?: string | undefined;
}

export interface AppHomeOrganizer {
  report: CoreReport | undefined;
  /** The latest digest; undefined when none was ever chosen. */
  lastDigest: DigestPlan | undefined;
  /** Where Send digest posts unless another channel is picked (the schedule's, or the last digest's). */
  defaultChannel: string | undefined;
  /** Set when the report or the last digest could not be read (plain text). */
  problem?: string | undefined;
}

export interface AppHomeContent {
  member: AppHomeMember;
  /** Present for organizers only. */
  organizer?: AppHomeOrganizer | undefined;
  /** A note shown at the top, e.g. the outcome of Send digest (mrkdwn, already escaped). */
  notice?: string | undefined;
  /** The member's language (English by default). */
  locale?: Locale | undefined;
}

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

/** A Slack date token (shown in the reader's time zone), with the ISO time as its fallback. */
export function slackDate(iso: string, locale: Locale = defaultLocale): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeMrkdwn(iso);
  const format = translate(locale, 'homeDateAt', { date: '{date_short_pretty}', time: '{time}' });
  return `<!date^${Math.floor(ms / 1000)}^${format}|${new Date(ms).toISOString()}>`;
}

/** "slack:C123" or "C123" → a channel link; anything else escaped. */
export function channelMention(channel: string | undefined, locale: Locale = defaultLocale): string {
  if (channel === undefined) return translate(locale, 'homeNoChannel');
  const id = channel.startsWith('slack:') ? channel.slice('slack:'.length) : channel;
  return /^[CGD][A-Z0-9]{2,}$/.test(id) ? `<#${id}>` : escapeAndTruncate(channel, 100);
}

function button(text: string, actionId: string, style?: 'primary'): types.Button {
  return { type: 'button', action_id: actionId, text: plain(text), ...(style === undefined ? {} : { style }) };
}

function listLine(label: string, items: readonly string[], maximum: number): string | undefined {
  if (items.length === 0) return undefined;
  return `*${label}:* ${escapeAndTruncate(items.join('; '), maximum)}`;
}

function renderProfile(member: AppHomeMember, locale: Locale): Block[] {
  const t = (key: MessageKey) => translate(locale, key);
  const blocks: Block[] = [header(t('homeYourOrganization'))];
  const { profile } = member;
  if (profile === undefined) {
    blocks.push({
      ...section(t('homeNotLinked'), 'home-profile'),
      accessory: button(t('buttonCreateProfile'), appHomeActionIds.editProfile, 'primary'),
    });
    return blocks;
  }
  const place = [profile.city, profile.country].filter((part) => part !== undefined && part.trim() !== '');
  const title =
    `*${escapeAndTruncate(profile.name, 200)}* · ${escapeAndTruncate(kindName(profile.kind, locale), 50)}` +
    (place.length === 0 ? '' : ` · ${escapeAndTruncate(place.join(', '), 200)}`);
  const lines = [
    title,
    listLine(t('homeLanguages'), profile.languages, 300),
    listLine(t('homeOffers'), profile.offers, 900),
    listLine(t('homeNeeds'), profile.needs, 900),
    profile.contact === undefined || profile.contact.trim() === ''
      ? undefined
      : `*${t('profileFieldContact')}:* ${escapeAndTruncate(profile.contact, 300)}`,
  ].filter((line): line is string => line !== undefined);
  blocks.push({
    ...section(lines.join('\n'), 'home-profile'),
    accessory: button(t('buttonEditProfile'), appHomeActionIds.editProfile),
  });
  return blocks;
}

function suggestionLine(suggestion: Suggestion, position: number, profileId: string | undefined, locale: Locale) {
  const names = `*${escapeAndTruncate(suggestion.a.name, 150)}*  ↔  *${escapeAndTruncate(suggestion.b.name, 150)}*`;
  const score = translate(locale, 'slackMatchScore', { percent: `${Math.round(suggestion.score * 100)}%` });
  const heading = `*${position}.* ${names}   ·   ${score}`;
  const side = suggestion.b.id === profileId ? 'b' : 'a';
  const reasons = suggestion.reasons
    .filter((reason) => reason.side === side || reason.side === 'both')
    .slice(0, 3)
    .map((reason) => `• ${escapeAndTruncate(reasonText(reason, locale), 400)}`);
  return joinLinesWithin([heading, ...reasons], slackLimits.sectionText - 100, locale);
}

function renderSuggestions(member: AppHomeMember, locale: Locale): Block[] {
  if (member.profile === undefined) return [];
  const blocks: Block[] = [header(translate(locale, 'homeLatestSuggestions'))];
  if (member.suggestions.length === 0) {
    const name = `*${escapeAndTruncate(member.profile.name, 150)}*`;
    blocks.push(context(translate(locale, 'homeNoSuggestions', { name })));
    return blocks;
  }
  member.suggestions.forEach(({ suggestion, state }, index) => {
    const position = index + 1;
    blocks.push(
      section(suggestionLine(suggestion, position, member.profile?.id, locale), `home-suggestion-${position}`),
      feedbackButtons(suggestion, position, locale),
      context(renderFeedbackState(suggestion, state, undefined, locale), `status-${position}`),
    );
  });
  return blocks;
}

const figures = (entries: Record<string, number>, name: (key: string) => string = (key) => key): string =>
  Object.entries(entries)
    .sort(([, left], [, right]) => right - left)
    .slice(0, 12)
    .map(([key, count]) => `${escapeAndTruncate(name(key), 30)} ${count}`)
    .join(' · ');

function renderReport(report: CoreReport, locale: Locale): Block[] {
  const lines = [
    translate(locale, 'homeMatchmakingFigures', {
      suggested: report.suggested,
      interested: report.interested,
      introduced: report.introduced,
      declined: report.declined,
      known: report.alreadyKnown,
      digests: report.digests,
    }),
  ];
  if (report.unmetNeeds.length > 0 || report.unplacedPhrases.length > 0)
    lines.push(
      translate(locale, 'homeUnmetFigures', {
        unmet: report.unmetNeeds.length,
        unplaced: report.unplacedPhrases.length,
      }),
    );
  const { questions } = report;
  if (questions !== undefined) {
    const heading =
      report.questionsSince === undefined
        ? translate(locale, 'homeQuestionsHeading')
        : translate(locale, 'homeQuestionsSince', { date: slackDate(report.questionsSince, locale) });
    const counts = translate(locale, 'homeQuestionFigures', {
      asked: questions.asked,
      answered: questions.answered,
      notCovered: questions.notCovered,
      helpful: questions.helpful,
      notHelpful: questions.notHelpful,
    });
    lines.push(`*${heading}:* ${counts}`);
    const languages = figures(questions.byLanguage, (code) => languageList([code], locale));
    const platforms = figures(questions.byPlatform);
    if (languages !== '') lines.push(translate(locale, 'homeByLanguage', { figures: languages }));
    if (platforms !== '') lines.push(translate(locale, 'homeByPlatform', { figures: platforms }));
  }
  const blocks: Block[] = [section(lines.join('\n'), 'home-report')];
  const gaps = report.gaps;
  if (gaps === undefined) return blocks;
  if (gaps.length === 0) {
    blocks.push(context(translate(locale, 'homeNoGaps')));
    return blocks;
  }
  const gapLines = gaps.slice(0, gapsShown).map((gap) => {
    const names = languageList(gap.languages, locale);
    const languages = gap.languages.length === 0 ? '' : ` (${escapeAndTruncate(names, 80)})`;
    return `• ${gap.count}× “${escapeAndTruncate(gap.example.replace(/\s+/g, ' '), 250)}”${languages}`;
  });
  if (gaps.length > gapsShown) gapLines.push(translate(locale, 'matchAndMore', { count: gaps.length - gapsShown }));
  blocks.push(
    section(
      `${translate(locale, 'homeGapsHeading')}\n${joinLinesWithin(gapLines, slackLimits.sectionText - 150, locale)}`,
      'home-gaps',
    ),
  );
  return blocks;
}

const digestStateKeys: Readonly<Record<string, MessageKey>> = {
  posting: 'homeDigestPosting',
  released: 'homeDigestReleased',
  posted: 'homeDigestPosted',
};

function renderLastDigest(organizer: AppHomeOrganizer, locale: Locale): Block[] {
  const plan = organizer.lastDigest;
  const blocks: Block[] = [];
  if (plan === undefined) {
    blocks.push(section(translate(locale, 'homeLastDigestNone'), 'home-last-digest'));
  } else {
    const { digest } = plan;
    const count = digest.suggestions.length;
    const pairs = digest.suggestions
      .slice(0, digestPairsShown)
      .map((entry) => `• ${escapeAndTruncate(entry.a.name, 100)} ↔ ${escapeAndTruncate(entry.b.name, 100)}`);
    if (count > digestPairsShown) pairs.push(translate(locale, 'matchAndMore', { count: count - digestPairsShown }));
    const stateKey = digestStateKeys[plan.state];
    const heading = translate(locale, 'homeLastDigest', {
      date: slackDate(digest.createdAt, locale),
      count: suggestionCount(count, locale),
      channel: channelMention(digest.channel, locale),
      state: stateKey === undefined ? escapeMrkdwn(plan.state) : translate(locale, stateKey),
    });
    const text = joinLinesWithin([heading, ...pairs], slackLimits.sectionText - 50, locale);
    blocks.push(section(text, 'home-last-digest'));
  }
  const defaultChannel = organizer.defaultChannel;
  const picker: types.ConversationsSelect = {
    type: 'conversations_select',
    action_id: appHomeActionIds.digestChannel,
    placeholder: plain(translate(locale, 'homeDigestChannel')),
    filter: { include: ['public', 'private'], exclude_bot_users: true },
    ...(defaultChannel === undefined ? {} : { initial_conversation: defaultChannel }),
  };
  blocks.push({
    type: 'actions',
    block_id: digestActionsBlockId,
    elements: [picker, button(translate(locale, 'buttonSendDigest'), appHomeActionIds.sendDigest, 'primary')],
  });
  blocks.push(context(translate(locale, 'homeSendDigestNote')));
  return blocks;
}

function renderOrganizer(organizer: AppHomeOrganizer, locale: Locale): Block[] {
  const blocks: Block[] = [divider(), header(translate(locale, 'homeForOrganizers'))];
  if (organizer.problem !== undefined) blocks.push(context(`:warning: ${escapeAndTruncate(organizer.problem, 500)}`));
  if (organizer.report !== undefined) blocks.push(...renderReport(organizer.report, locale));
  blocks.push(...renderLastDigest(organizer, locale));
  return blocks;
}

/** The Home view of one member (organizer parts when `content.organizer` is given). */
export function renderAppHome(content: AppHomeContent): types.HomeView {
  const locale = content.locale ?? defaultLocale;
  const blocks: Block[] = [header('matchcut')];
  if (content.notice !== undefined) blocks.push(section(content.notice, 'home-notice'));
  blocks.push(
    section(translate(locale, 'homeAbout'), 'home-about'),
    section(translate(locale, 'homeHowToAsk'), 'home-how-to-ask'),
    divider(),
    ...renderProfile(content.member, locale),
  );
  if (content.member.problem !== undefined)
    blocks.push(context(`:warning: ${escapeAndTruncate(content.member.problem, 500)}`));
  blocks.push(...renderSuggestions(content.member, locale));
  if (content.organizer !== undefined) blocks.push(...renderOrganizer(content.organizer, locale));
  // Never more than Slack takes; the organizer's actions come last, so keep them when cutting.
  const kept = blocks.length <= homeBlockLimit ? blocks : [...blocks.slice(0, homeBlockLimit - 3), ...blocks.slice(-3)];
  return { type: 'home', blocks: kept };
}
