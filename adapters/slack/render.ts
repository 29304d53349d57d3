/**
 * The core's neutral results as Block Kit messages: answers with numbered sources,
 * matches, digests with feedback buttons, feedback status and introductions. Every
 * piece of user or source text is escaped, and every message stays within Slack's
 * limits (50 blocks, 3,000 characters per section, about 13k in all): long content is
 * split across messages, a citation or a suggestion is never cut in two.
 */
import type { types } from '@slack/bolt';
import type { Answer, Citation, Digest, FeedbackVerdict, Match, MatchReason, Suggestion } from '../../src/index.js';
import { escapeAndTruncate, escapeMrkdwn, linkMrkdwn, quoteMrkdwn, splitPlainText, truncateMrkdwn } from './mrkdwn.js';

export type Block = types.KnownBlock;

export interface SlackMessage {
  /** Notification / accessibility fallback (mrkdwn, escaped). */
  text: string;
  blocks: Block[];
}

export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3_000,
  contextElementText: 2_000,
  headerText: 150,
  buttonValue: 2_000,
  /** Slack rejects messages near 13k characters of text; stay well below. */
  charactersPerMessage: 11_000,
  fallbackText: 3_000,
} as const;

export const feedbackActionIds: Record<FeedbackVerdict, string> = {
  interested: 'matchcut_feedback_interested',
  not_a_fit: 'matchcut_feedback_not_a_fit',
  know: 'matchcut_feedback_know',
};

export const verdictLabels: Record<FeedbackVerdict, string> = {
  interested: 'Interested',
  not_a_fit: 'Not a fit',
  know: 'Already know them',
};

const quoteLength = 600;
const digestQuoteLength = 180;

// ---------------------------------------------------------------------------
// Building blocks

const section = (text: string, blockId?: string): types.SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncateMrkdwn(text, slackLimits.sectionText), verbatim: true },
  ...(blockId === undefined ? {} : { block_id: blockId }),
});

const context = (text: string, blockId?: string): types.ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncateMrkdwn(text, slackLimits.contextElementText), verbatim: true }],
  ...(blockId === undefined ? {} : { block_id: blockId }),
});

const divider = (): types.DividerBlock => ({ type: 'divider' });

const header = (text: string): types.HeaderBlock => ({
  type: 'header',
  text: {
    type: 'plain_text',
    text: text.length > slackLimits.headerText ? `${text.slice(0, slackLimits.headerText - 1)}…` : text,
    emoji: true,
  },
});

/** Characters of text a block carries (what Slack counts against the message). */
export function blockTextLength(block: Block): number {
  let total = 0;
  const add = (value: unknown) => {
    if (value !== null && typeof value === 'object' && 'text' in value && typeof value.text === 'string')
      total += value.text.length;
  };
  if ('text' in block) add(block.text);
  if ('fields' in block && Array.isArray(block.fields)) for (const field of block.fields) add(field);
  if (block.type === 'context') for (const element of block.elements) add(element);
  if (block.type === 'actions') for (const element of block.elements) if ('text' in element) add(element.text);
  return total;
}

/**
 * Packs groups of blocks into messages within the limits; a group (a citation, a
 * suggestion) is never split across messages.
 */
export function packMessages(
  groups: Block[][],
  fallbackFor: (blocks: Block[], index: number) => string,
): SlackMessage[] {
  const messages: Block[][] = [];
  let current: Block[] = [];
  let currentLength = 0;
  for (const group of groups) {
    const groupLength = group.reduce((sum, block) => sum + blockTextLength(block), 0);
    const fitsBlocks = current.length + group.length <= slackLimits.blocksPerMessage;
    const fitsCharacters = currentLength + groupLength <= slackLimits.charactersPerMessage;
    if (current.length > 0 && (!fitsBlocks || !fitsCharacters)) {
      messages.push(current);
      current = [];
      currentLength = 0;
    }
    current.push(...group);
    currentLength += groupLength;
  }
  if (current.length > 0) messages.push(current);
  return messages.map((blocks, index) => {
    // A divider at a message edge is noise.
    while (blocks.at(-1)?.type === 'divider') blocks.pop();
    while (blocks[0]?.type === 'divider') blocks.shift();
    return { blocks, text: truncateMrkdwn(fallbackFor(blocks, index), slackLimits.fallbackText) };
  });
}

function fallbackFromBlocks(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.text !== undefined) lines.push(block.text.text);
    if (block.type === 'header') lines.push(escapeMrkdwn(block.text.text));
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Answers

export function citationDetails(citation: Citation): string {
  return [citation.outlet, citation.published].filter((part) => part !== undefined && part.trim() !== '').join(' · ');
}

function renderCitation(citation: Citation): types.SectionBlock {
  const title = `*[${citation.n}] ${linkMrkdwn(citation.url, truncatePlainTitle(citation.title))}*`;
  const details = citationDetails(citation);
  const lines = [title];
  if (details !== '') lines.push(escapeAndTruncate(details, 200));
  const quote = citation.quote.trim();
  if (quote !== '') lines.push(quoteMrkdwn(escapeAndTruncate(quote.replace(/\s*\n\s*/g, ' '), quoteLength)));
  return section(lines.join('\n'), `citation-${citation.n}`);
}

function truncatePlainTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}

export interface RenderAnswerOptions {
  /** Shown above the answer, e.g. the question of a slash command (plain text). */
  question?: string;
}

/** Marks where the answer ends and the source list begins in a message's fallback text. */
export const sourcesFallbackMarker = '\n\nSources: ';

export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): SlackMessage[] {
  const groups: Block[][] = [];
  if (options.question !== undefined && options.question.trim() !== '') {
    groups.push([context(`*Q:* ${escapeAndTruncate(options.question.trim(), 1_000)}`)]);
  }
  const pieces = splitPlainText(answer.text, slackLimits.sectionText);
  pieces.forEach((piece, index) => groups.push([section(escapeMrkdwn(piece), `answer-${index + 1}`)]));
  if (answer.notice !== undefined && answer.notice.trim() !== '')
    groups.push([context(`:information_source: ${escapeAndTruncate(answer.notice, 1_000)}`)]);
  if (answer.citations.length > 0) {
    groups.push([divider(), context(answer.grounded ? '*Sources*' : '*Not in my sources.* The closest I found:')]);
    for (const citation of answer.citations) groups.push([renderCitation(citation)]);
  }
  const sourceList = answer.citations
    .map((citation) => {
      const details = citationDetails(citation);
      return `[${citation.n}] ${escapeAndTruncate(citation.title, 150)}${details === '' ? '' : ` (${escapeMrkdwn(details)})`}`;
    })
    .join('; ');
  return packMessages(groups, (blocks, index) => {
    if (index > 0) return `(continued) ${fallbackFromBlocks(blocks)}`;
    const answerText = escapeAndTruncate(answer.text, 2_000);
    return sourceList === '' ? answerText : `${answerText}${sourcesFallbackMarker}${truncateMrkdwn(sourceList, 900)}`;
  });
}

// ---------------------------------------------------------------------------
// Matches and digests

const kindLabels: Record<string, string> = {
  studio: 'studio',
  talent_center: 'talent / training center',
  agency: 'agency',
  platform: 'platform',
  broadcaster: 'broadcaster',
  association: 'association',
  other: 'organization',
};

function partyLine(match: Match): string {
  const name = (party: Match['a']) =>
    `*${escapeAndTruncate(party.name, 150)}* (${kindLabels[party.kind] ?? escapeMrkdwn(party.kind)})`;
  return `${name(match.a)}  ↔  ${name(match.b)}   ·   match ${Math.round(match.score * 100)}%`;
}

function reasonsFor(match: Match, side: 'a' | 'b'): MatchReason[] {
  return match.reasons.filter((reason) => reason.side === side || reason.side === 'both');
}

/** Joins whole lines up to `maximum` characters; what does not fit is counted, never cut. */
export function joinLinesWithin(lines: string[], maximum: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const remaining = lines.length - index;
    const reserve = remaining > 1 ? 40 : 0;
    if (length + line.length + 1 + reserve > maximum && kept.length > 0) {
      kept.push(`…and ${remaining} more`);
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

function renderReasons(match: Match): string {
  const half = Math.floor((slackLimits.sectionText - 100) / 2);
  const sides = (['a', 'b'] as const).map((side) => {
    const reasons = reasonsFor(match, side);
    const lines =
      reasons.length === 0
        ? ['• (no specific reason recorded)']
        : reasons.map((reason) => `• ${escapeAndTruncate(reason.text, 400)}${citationMarks(reason)}`);
    return `*For ${escapeAndTruncate(match[side].name, 150)}:*\n${joinLinesWithin(lines, half)}`;
  });
  return sides.join('\n');
}

function renderMatchSources(citations: Citation[]): string | undefined {
  if (citations.length === 0) return undefined;
  const lines = citations.map((citation) => {
    const details = citationDetails(citation);
    const quote =
      citation.quote.trim() === ''
        ? ''
        : ` — “${escapeAndTruncate(citation.quote.replace(/\s+/g, ' ').trim(), digestQuoteLength)}”`;
    return `[${citation.n}] ${linkMrkdwn(citation.url, truncatePlainTitle(citation.title))}${details === '' ? '' : ` (${escapeMrkdwn(details)})`}${quote}`;
  });
  return `*Sources:*\n${joinLinesWithin(lines, slackLimits.sectionText - 20)}`;
}

export interface MatchBlockOptions {
  /** 1-based position, used for block ids. */
  position: number;
}

function renderMatchGroup(match: Match, options: MatchBlockOptions): Block[] {
  const blocks: Block[] = [
    section(`*${options.position}.* ${partyLine(match)}`, `match-${options.position}`),
    section(renderReasons(match), `reasons-${options.position}`),
  ];
  const sources = renderMatchSources(match.citations);
  if (sources !== undefined) blocks.push(section(sources, `sources-${options.position}`));
  return blocks;
}

export function renderMatches(forName: string, matches: Match[]): SlackMessage[] {
  const groups: Block[][] = [[section(`*Suggested partners for ${escapeAndTruncate(forName, 200)}*`)]];
  if (matches.length === 0) {
    groups.push([
      section(
        'No suggestions yet: no other organization covers these needs or offers. Update the profile with `/matchcut profile`, or ask an organizer to add profiles.',
      ),
    ]);
  }
  matches.forEach((match, index) => groups.push([...renderMatchGroup(match, { position: index + 1 }), divider()]));
  return packMessages(groups, (blocks) => fallbackFromBlocks(blocks));
}

export const statusBlockPrefix = 'status-';
export const feedbackBlockPrefix = 'feedback-';

function feedbackButtons(suggestion: Suggestion, position: number): types.ActionsBlock {
  const button = (verdict: FeedbackVerdict, style?: 'primary' | 'danger'): types.Button => ({
    type: 'button',
    action_id: feedbackActionIds[verdict],
    text: { type: 'plain_text', text: verdictLabels[verdict], emoji: true },
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
): string {
  const sideText = (side: 'a' | 'b') => {
    const verdict = state[side];
    return `${escapeAndTruncate(suggestion[side].name, 100)}: ${verdict === null ? '_no answer yet_' : `*${verdictLabels[verdict]}*`}`;
  };
  const parts = [sideText('a'), sideText('b')];
  // Only a well-formed user id becomes a mention; anything else could smuggle markup.
  const last =
    lastChoice === undefined || !/^[UW][A-Z0-9]+$/.test(lastChoice.userId)
      ? ''
      : `   ·   <@${lastChoice.userId}> chose ${verdictLabels[lastChoice.verdict]}`;
  return `${parts.join('   ·   ')}${last}`;
}

export function renderDigest(digest: Digest): SlackMessage[] {
  const count = digest.suggestions.length;
  const groups: Block[][] = [
    [
      header('Matchmaking digest'),
      context(
        count === 0
          ? 'No new suggestions this time.'
          : `${count} suggestion${count === 1 ? '' : 's'} · both sides' reasons and sources below. Members of each organization: tell us what you think with the buttons; when both sides say *Interested* I introduce you.`,
      ),
      divider(),
    ],
  ];
  digest.suggestions.forEach((suggestion, index) => {
    const position = index + 1;
    groups.push([
      ...renderMatchGroup(suggestion, { position }),
      feedbackButtons(suggestion, position),
      context(renderFeedbackState(suggestion, { a: null, b: null }), `${statusBlockPrefix}${position}`),
      divider(),
    ]);
  });
  if (digest.unmetNeeds.length > 0) {
    const lines = digest.unmetNeeds
      .slice(0, 15)
      .map((need) => `• ${escapeAndTruncate(need.profile.name, 100)}: ${escapeAndTruncate(need.need, 200)}`);
    const more = digest.unmetNeeds.length > 15 ? `\n…and ${digest.unmetNeeds.length - 15} more` : '';
    groups.push([section(`*Needs no one here meets yet:*\n${lines.join('\n')}${more}`, 'unmet-needs')]);
  }
  return packMessages(groups, (blocks, index) => {
    const names = digest.suggestions.map((suggestion) => `${suggestion.a.name} ↔ ${suggestion.b.name}`).join(', ');
    return index === 0
      ? `Matchmaking digest: ${count} suggestion${count === 1 ? '' : 's'}${count > 0 ? ` (${escapeAndTruncate(names, 1_500)})` : ''}`
      : `Matchmaking digest (continued): ${fallbackFromBlocks(blocks)}`;
  });
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

export function renderIntroduction(suggestion: Suggestion, userIds: string[]): SlackMessage {
  const people = userIds
    .filter((id) => /^[UW][A-Z0-9]+$/.test(id))
    .map((id) => `<@${id}>`)
    .join(', ');
  const reasons = renderReasons(suggestion);
  const sources = renderMatchSources(suggestion.citations);
  const blocks: Block[] = [
    section(
      `:wave: ${people === '' ? 'Hello' : `Hello ${people}`} — both *${escapeAndTruncate(suggestion.a.name, 150)}* and *${escapeAndTruncate(suggestion.b.name, 150)}* said *Interested* in the matchmaking digest, so here is an introduction.`,
    ),
    section(reasons),
  ];
  if (sources !== undefined) blocks.push(section(sources));
  blocks.push(context('Take it from here: say hello, share what you are working on, and set up a call.'));
  return {
    blocks,
    text: `Introduction: ${escapeAndTruncate(suggestion.a.name, 150)} ↔ ${escapeAndTruncate(suggestion.b.name, 150)}`,
  };
}

// ---------------------------------------------------------------------------
// Plain notes

export function renderNote(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

export const helpText = [
  '*matchcut* answers partnership questions with cited sources and suggests partners.',
  '• `@matchcut <question>` in a channel, or any message in a DM: an answer in the thread; follow-ups in the thread need no mention.',
  '• `/matchcut ask <question>`: the same, here.',
  '• `/matchcut match [organization]`: suggested partners for your organization (or the one named).',
  '• `/matchcut profile`: create or edit your organization profile.',
  '• `/matchcut digest [#channel]`: organizers post a matchmaking digest.',
  '• `/matchcut add <url>`: organizers add a web page to the knowledge base.',
  '• `/matchcut help`: this message.',
].join('\n');

export function renderUsage(unknownSubcommand: string): string {
  return `I don't know \`${escapeAndTruncate(unknownSubcommand, 50)}\`. Try one of these:\n${helpText}`;
}
