/**
 * The App Home tab as a Block Kit `home` view: what the bot does and how to ask; the member's
 * linked organization profile with an Edit button (or how to create one); their latest suggestions
 * with the digest's feedback buttons and status line; and, for organizers, the report summary
 * (matchmaking and questions), the coverage gaps and the last digest with a Send digest button.
 * Everything members wrote (profile fields, questions) is escaped; the view stays within Slack's
 * limits (100 blocks, 3,000 characters per section, 150 per header, 75 per button label).
 */
import type { types } from '@slack/bolt';
import type { CoreReport, DigestPlan, Profile, Suggestion, SuggestionWithState } from '../../src/index.js';
import { escapeAndTruncate, escapeMrkdwn } from './mrkdwn.js';
import { type Block, context, divider, header, section, slackLimits } from './render-blocks.js';
import { feedbackButtons, joinLinesWithin, renderFeedbackState } from './render-matchmaking.js';

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
}

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

const howToAsk = [
  '*How to ask*',
  '• Mention `@matchcut` with your question in a channel: I answer in the thread, and follow-ups there need no ' +
    'mention.',
  '• Send me a direct message (the *Messages* tab above).',
  '• `/matchcut ask <question>`: only you see the answer, with a button to share it with the channel.',
  '• Message menu (⋮) → *Ask matchcut*: I answer that message in its thread.',
  '• `/matchcut partners <what you look for>`: organizations whose offers meet it; ' +
    '`/matchcut match`: suggested partners for yours.',
].join('\n');

const kindNames: Record<string, string> = {
  studio: 'studio',
  talent_center: 'talent / training center',
  agency: 'agency / public body',
  platform: 'platform / streamer',
  broadcaster: 'broadcaster',
  association: 'association',
  other: 'organization',
};

/** A Slack date token (shown in the reader's time zone), with the ISO time as its fallback. */
export function slackDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeMrkdwn(iso);
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} at {time}|${new Date(ms).toISOString()}>`;
}

/** "slack:C123" or "C123" → a channel link; anything else escaped. */
export function channelMention(channel: string | undefined): string {
  if (channel === undefined) return 'no channel';
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

function renderProfile(member: AppHomeMember): Block[] {
  const blocks: Block[] = [header('Your organization')];
  const { profile } = member;
  if (profile === undefined) {
    blocks.push({
      ...section(
        'You are not linked to an organization profile yet. Run `/matchcut profile` (or use the button) to ' +
          'create yours; saving a profile under an existing name links you to it. With a profile, you get ' +
          "partner suggestions and organizers' digests include you.",
        'home-profile',
      ),
      accessory: button('Create profile', appHomeActionIds.editProfile, 'primary'),
    });
    return blocks;
  }
  const place = [profile.city, profile.country].filter((part) => part !== undefined && part.trim() !== '');
  const title =
    `*${escapeAndTruncate(profile.name, 200)}* · ${kindNames[profile.kind] ?? escapeAndTruncate(profile.kind, 50)}` +
    (place.length === 0 ? '' : ` · ${escapeAndTruncate(place.join(', '), 200)}`);
  const lines = [
    title,
    listLine('Languages', profile.languages, 300),
    listLine('Offers', profile.offers, 900),
    listLine('Needs', profile.needs, 900),
    profile.contact === undefined || profile.contact.trim() === ''
      ? undefined
      : `*Contact:* ${escapeAndTruncate(profile.contact, 300)}`,
  ].filter((line): line is string => line !== undefined);
  blocks.push({
    ...section(lines.join('\n'), 'home-profile'),
    accessory: button('Edit', appHomeActionIds.editProfile),
  });
  return blocks;
}

function suggestionLine(suggestion: Suggestion, position: number, profileId: string | undefined): string {
  const names = `*${escapeAndTruncate(suggestion.a.name, 150)}*  ↔  *${escapeAndTruncate(suggestion.b.name, 150)}*`;
  const heading = `*${position}.* ${names}   ·   match ${Math.round(suggestion.score * 100)}%`;
  const side = suggestion.b.id === profileId ? 'b' : 'a';
  const reasons = suggestion.reasons
    .filter((reason) => reason.side === side || reason.side === 'both')
    .slice(0, 3)
    .map((reason) => `• ${escapeAndTruncate(reason.text, 400)}`);
  return joinLinesWithin([heading, ...reasons], slackLimits.sectionText - 100);
}

function renderSuggestions(member: AppHomeMember): Block[] {
  if (member.profile === undefined) return [];
  const blocks: Block[] = [header('Your latest suggestions')];
  if (member.suggestions.length === 0) {
    blocks.push(
      context(
        `No suggestions for *${escapeAndTruncate(member.profile.name, 150)}* yet: organizers' digests will ` +
          'bring them here. `/matchcut match` shows suggested partners now.',
      ),
    );
    return blocks;
  }
  member.suggestions.forEach(({ suggestion, state }, index) => {
    const position = index + 1;
    blocks.push(
      section(suggestionLine(suggestion, position, member.profile?.id), `home-suggestion-${position}`),
      feedbackButtons(suggestion, position),
      context(renderFeedbackState(suggestion, state), `status-${position}`),
    );
  });
  return blocks;
}

const figures = (entries: Record<string, number>): string =>
  Object.entries(entries)
    .sort(([, left], [, right]) => right - left)
    .slice(0, 12)
    .map(([key, count]) => `${escapeAndTruncate(key, 20)} ${count}`)
    .join(' · ');

function renderReport(report: CoreReport): Block[] {
  const lines = [
    `*Matchmaking:* ${report.suggested} suggested · ${report.interested} interested · ` +
      `${report.introduced} introduced · ${report.declined} not a fit · ${report.alreadyKnown} already known · ` +
      `${report.digests} digest${report.digests === 1 ? '' : 's'}`,
  ];
  if (report.unmetNeeds.length > 0 || report.unplacedPhrases.length > 0)
    lines.push(
      `${report.unmetNeeds.length} needs no one meets yet · ${report.unplacedPhrases.length} offer or need ` +
        'phrases the lexicon cannot place (`matchcut report` lists them)',
    );
  const { questions } = report;
  if (questions !== undefined) {
    const since = report.questionsSince === undefined ? '' : ` since ${slackDate(report.questionsSince)}`;
    lines.push(
      `*Questions${since}:* ${questions.asked} asked · ${questions.answered} answered · ` +
        `${questions.notCovered} not covered · ${questions.helpful} helpful · ${questions.notHelpful} not helpful`,
    );
    const languages = figures(questions.byLanguage);
    const platforms = figures(questions.byPlatform);
    if (languages !== '') lines.push(`By language: ${languages}`);
    if (platforms !== '') lines.push(`By platform: ${platforms}`);
  }
  const blocks: Block[] = [section(lines.join('\n'), 'home-report')];
  const gaps = report.gaps;
  if (gaps === undefined) return blocks;
  if (gaps.length === 0) {
    blocks.push(context('*Coverage gaps:* none: every question was answered from the articles, or none was asked.'));
    return blocks;
  }
  const gapLines = gaps.slice(0, gapsShown).map((gap) => {
    const languages = gap.languages.length === 0 ? '' : ` (${escapeAndTruncate(gap.languages.join(', '), 60)})`;
    return `• ${gap.count}× “${escapeAndTruncate(gap.example.replace(/\s+/g, ' '), 250)}”${languages}`;
  });
  if (gaps.length > gapsShown) gapLines.push(`…and ${gaps.length - gapsShown} more (\`matchcut report\`)`);
  blocks.push(
    section(
      `*Coverage gaps* (unanswered or unhelpful questions, most asked first: what the articles miss)\n` +
        joinLinesWithin(gapLines, slackLimits.sectionText - 150),
      'home-gaps',
    ),
  );
  return blocks;
}

function renderLastDigest(organizer: AppHomeOrganizer): Block[] {
  const plan = organizer.lastDigest;
  const blocks: Block[] = [];
  if (plan === undefined) {
    blocks.push(section('*Last digest:* none sent yet.', 'home-last-digest'));
  } else {
    const { digest } = plan;
    const count = digest.suggestions.length;
    const pairs = digest.suggestions
      .slice(0, digestPairsShown)
      .map((entry) => `• ${escapeAndTruncate(entry.a.name, 100)} ↔ ${escapeAndTruncate(entry.b.name, 100)}`);
    if (count > digestPairsShown) pairs.push(`…and ${count - digestPairsShown} more`);
    const heading =
      `*Last digest:* ${slackDate(digest.createdAt)} · ${count} suggestion${count === 1 ? '' : 's'} · ` +
      `${channelMention(digest.channel)} · ${plan.state}`;
    blocks.push(section(joinLinesWithin([heading, ...pairs], slackLimits.sectionText - 50), 'home-last-digest'));
  }
  const defaultChannel = organizer.defaultChannel;
  const picker: types.ConversationsSelect = {
    type: 'conversations_select',
    action_id: appHomeActionIds.digestChannel,
    placeholder: plain('Channel for the digest'),
    filter: { include: ['public', 'private'], exclude_bot_users: true },
    ...(defaultChannel === undefined ? {} : { initial_conversation: defaultChannel }),
  };
  blocks.push({
    type: 'actions',
    block_id: digestActionsBlockId,
    elements: [picker, button('Send digest', appHomeActionIds.sendDigest, 'primary')],
  });
  blocks.push(context('Send digest posts new suggestions to the channel picked, as `/matchcut digest` does.'));
  return blocks;
}

function renderOrganizer(organizer: AppHomeOrganizer): Block[] {
  const blocks: Block[] = [divider(), header('For organizers')];
  if (organizer.problem !== undefined) blocks.push(context(`:warning: ${escapeAndTruncate(organizer.problem, 500)}`));
  if (organizer.report !== undefined) blocks.push(...renderReport(organizer.report));
  blocks.push(...renderLastDigest(organizer));
  return blocks;
}

/** The Home view of one member (organizer parts when `content.organizer` is given). */
export function renderAppHome(content: AppHomeContent): types.HomeView {
  const blocks: Block[] = [header('matchcut')];
  if (content.notice !== undefined) blocks.push(section(content.notice, 'home-notice'));
  blocks.push(
    section(
      'I answer questions about partnerships, programs and players in the content industry (film, TV, OTT, ' +
        'animation, VFX, webtoon) with numbered sources, and suggest partners between organizations.',
      'home-about',
    ),
    section(howToAsk, 'home-how-to-ask'),
    divider(),
    ...renderProfile(content.member),
  );
  if (content.member.problem !== undefined)
    blocks.push(context(`:warning: ${escapeAndTruncate(content.member.problem, 500)}`));
  blocks.push(...renderSuggestions(content.member));
  if (content.organizer !== undefined) blocks.push(...renderOrganizer(content.organizer));
  // Never more than Slack takes; the organizer's actions come last, so keep them when cutting.
  const kept = blocks.length <= homeBlockLimit ? blocks : [...blocks.slice(0, homeBlockLimit - 3), ...blocks.slice(-3)];
  return { type: 'home', blocks: kept };
}
