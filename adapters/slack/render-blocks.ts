/**
 * Block Kit building blocks within Slack's limits (50 blocks, 3,000 characters per section,
 * about 13k in all): sections, context, headers, dividers, and packing groups of blocks into
 * messages without cutting a group (a citation, a suggestion) in two.
 */
import type { types } from '@slack/bolt';
import type { Citation } from '../../src/index.js';
import { escapeMrkdwn, truncateMrkdwn } from './mrkdwn.js';

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

export const quoteLength = 600;
export const digestQuoteLength = 180;

// ---------------------------------------------------------------------------
// Building blocks

export const section = (text: string, blockId?: string): types.SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncateMrkdwn(text, slackLimits.sectionText), verbatim: true },
  ...(blockId === undefined ? {} : { block_id: blockId }),
});

export const context = (text: string, blockId?: string): types.ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncateMrkdwn(text, slackLimits.contextElementText), verbatim: true }],
  ...(blockId === undefined ? {} : { block_id: blockId }),
});

export const divider = (): types.DividerBlock => ({ type: 'divider' });

export const header = (text: string): types.HeaderBlock => ({
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

export function fallbackFromBlocks(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.text !== undefined) lines.push(block.text.text);
    if (block.type === 'header') lines.push(escapeMrkdwn(block.text.text));
  }
  return lines.join('\n');
}

export function citationDetails(citation: Citation): string {
  return [citation.outlet, citation.published].filter((part) => part !== undefined && part.trim() !== '').join(' · ');
}

export function truncatePlainTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}
