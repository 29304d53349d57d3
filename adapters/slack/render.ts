/**
 * The core's neutral results as Block Kit messages: answers with numbered sources,
 * matches, digests with feedback buttons, feedback status and introductions. Every
 * piece of user or source text is escaped, and every message stays within Slack's
 * limits (50 blocks, 3,000 characters per section, about 13k in all): long content is
 * split across messages, a citation or a suggestion is never cut in two.
 */
import { chooseLocale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../src/index.js';
import { answerActionsBlock, type AnswerActions } from './render-answer-actions.js';
import { escapeAndTruncate, escapeMrkdwn, linkMrkdwn, quoteMrkdwn, splitPlainText, truncateMrkdwn } from './mrkdwn.js';
import {
  type Block,
  citationDetails,
  context,
  divider,
  fallbackFromBlocks,
  packMessages,
  quoteLength,
  section,
  type SlackMessage,
  slackLimits,
  truncatePlainTitle,
} from './render-blocks.js';

export {
  type Block,
  blockTextLength,
  citationDetails,
  packMessages,
  type SlackMessage,
  slackLimits,
} from './render-blocks.js';
export {
  feedbackActionIds,
  feedbackBlockPrefix,
  joinLinesWithin,
  type MatchBlockOptions,
  renderDigest,
  renderFeedbackState,
  renderIntroduction,
  renderMatches,
  statusBlockPrefix,
  updateDigestBlocks,
  verdictLabels,
} from './render-matchmaking.js';

// ---------------------------------------------------------------------------
// Answers

function renderCitation(citation: Citation): types.SectionBlock {
  const title = `*[${citation.n}] ${linkMrkdwn(citation.url, truncatePlainTitle(citation.title))}*`;
  const details = citationDetails(citation);
  const lines = [title];
  if (details !== '') lines.push(escapeAndTruncate(details, 200));
  const quote = citation.quote.trim();
  if (quote !== '') lines.push(quoteMrkdwn(escapeAndTruncate(quote.replace(/\s*\n\s*/g, ' '), quoteLength)));
  return section(lines.join('\n'), `citation-${citation.n}`);
}

export {
  type AnswerActions,
  answerActionIds,
  answerActionsBlockId,
  renderEscalation,
  renderVoteRecorded,
} from './render-answer-actions.js';

export interface RenderAnswerOptions {
  /** Shown above the answer, e.g. the question of a slash command (plain text). */
  question?: string;
  /** Who asked (a display name, plain text): a shared private answer says so. */
  askedBy?: string;
  /** Buttons under the answer: Helpful / Not helpful (with an answer id), Share with channel. */
  actions?: AnswerActions;
}

/** Marks where the answer ends and the source list begins in a message's fallback text. */
export const sourcesFallbackMarker = '\n\nSources: ';

export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): SlackMessage[] {
  const groups: Block[][] = [];
  if (options.question !== undefined && options.question.trim() !== '') {
    const askedBy =
      options.askedBy === undefined ? '' : ` _(asked by ${escapeAndTruncate(options.askedBy.trim(), 80)})_`;
    groups.push([context(`*Q:* ${escapeAndTruncate(options.question.trim(), 1_000)}${askedBy}`)]);
  }
  const pieces = splitPlainText(answer.text, slackLimits.sectionText);
  pieces.forEach((piece, index) => groups.push([section(escapeMrkdwn(piece), `answer-${index + 1}`)]));
  if (answer.notice !== undefined && answer.notice.trim() !== '')
    groups.push([context(`:information_source: ${escapeAndTruncate(answer.notice, 1_000)}`)]);
  const locale = chooseLocale({ questionLanguage: answer.language });
  if (answer.citations.length > 0) {
    const heading = answer.grounded
      ? `*${translate(locale, 'sourcesTitle')}*`
      : translate(locale, 'notInSourcesClosest');
    groups.push([divider(), context(heading)]);
    for (const citation of answer.citations) groups.push([renderCitation(citation)]);
  }
  const actions = options.actions === undefined ? undefined : answerActionsBlock(options.actions, locale);
  if (actions !== undefined) groups.push([actions]);
  const sourceList = answer.citations
    .map((citation) => {
      const details = citationDetails(citation);
      const where = details === '' ? '' : ` (${escapeMrkdwn(details)})`;
      return `[${citation.n}] ${escapeAndTruncate(citation.title, 150)}${where}`;
    })
    .join('; ');
  return packMessages(groups, (blocks, index) => {
    if (index > 0) return `(continued) ${fallbackFromBlocks(blocks)}`;
    const answerText = escapeAndTruncate(answer.text, 2_000);
    return sourceList === '' ? answerText : `${answerText}${sourcesFallbackMarker}${truncateMrkdwn(sourceList, 900)}`;
  });
}

// ---------------------------------------------------------------------------
// Plain notes

export function renderNote(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

export const helpText = [
  '*matchcut* answers partnership questions with cited sources and suggests partners.',
  '• `@matchcut <question>` in a channel, or any message in a DM: an answer in the thread; ' +
    'follow-ups in the thread need no mention.',
  '• `/matchcut ask <question>`: the same, only for you, with a button to share it with the channel.',
  '• Message menu → *Ask matchcut*: answers that message in its thread.',
  '• `/matchcut match [organization]`: suggested partners for your organization (or the one named).',
  '• `/matchcut partners <what you look for>`: organizations whose offers meet it.',
  '• `/matchcut profile`: create or edit your organization profile.',
  '• `/matchcut digest [#channel]`: organizers post a matchmaking digest.',
  '• `/matchcut add <url>`: organizers add a web page to the knowledge base.',
  '• `/matchcut settings [mention|auto|off]`: where I answer in this channel (organizers change it).',
  '• `/matchcut help`: this message.',
].join('\n');

export function renderUsage(unknownSubcommand: string): string {
  return `I don't know \`${escapeAndTruncate(unknownSubcommand, 50)}\`. Try one of these:\n${helpText}`;
}
