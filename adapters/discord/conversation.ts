/**
 * The conversation around a question, as `history` for the core: the recent messages of a
 * thread, or the chain of replies a message answers. Works without the privileged
 * MessageContent intent: the bot reads its own answers and the messages that mention it, which
 * are exactly the turns of a conversation with the bot.
 */
import type { Collection, Message, TextBasedChannel } from 'discord.js';
import type { ConversationTurn, Logger } from '../../src/index.js';

/** How far back a conversation is read. */
const threadMessagesRead = 20;
const replyChainLength = 8;
const turnsKept = 12;

export interface ConversationSource {
  botUserId: string;
  logger: Logger;
}

/** Removes mentions of the bot (user `<@id>`, nickname `<@!id>`, its managed role `<@&id>`) from a question. */
export function stripBotMentions(content: string, botUserId: string, botRoleId: string | undefined): string {
  let text = content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ');
  if (botRoleId !== undefined) text = text.replace(new RegExp(`<@&${botRoleId}>`, 'g'), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** Turns from a thread's recent messages (before `beforeMessageId` when given), oldest first. */
export async function threadHistory(
  channel: TextBasedChannel,
  beforeMessageId: string | undefined,
  source: ConversationSource,
): Promise<ConversationTurn[]> {
  if (!channel.isThread()) return [];
  try {
    const fetched: Collection<string, Message> = await channel.messages.fetch(
      beforeMessageId === undefined
        ? { limit: threadMessagesRead }
        : { limit: threadMessagesRead, before: beforeMessageId },
    );
    const oldestFirst = [...fetched.values()].sort(
      (left, right) => left.createdTimestamp - right.createdTimestamp || compareIds(left.id, right.id),
    );
    return keepRecent(oldestFirst.flatMap((message) => turnOf(message, source.botUserId)));
  } catch (error) {
    source.logger.warn(
      { err: error, channelId: channel.id },
      'could not read the thread history; answering without it',
    );
    return [];
  }
}

/** Turns from the chain of replies a message answers (a reply to the bot's answer, and so on), oldest first. */
export async function replyChainHistory(message: Message, source: ConversationSource): Promise<ConversationTurn[]> {
  const chain: Message[] = [];
  let current: Message = message;
  try {
    while (current.reference?.messageId !== undefined && chain.length < replyChainLength) {
      current = await current.fetchReference();
      chain.push(current);
    }
  } catch (error) {
    source.logger.debug({ err: error, messageId: current.id }, 'stopped reading the reply chain');
  }
  return keepRecent(chain.reverse().flatMap((entry) => turnOf(entry, source.botUserId)));
}

function turnOf(message: Message, botUserId: string): ConversationTurn[] {
  return conversationTurnsOf(
    { authorId: message.author.id, authorIsBot: message.author.bot, content: message.content },
    botUserId,
  );
}

export interface PostedText {
  authorId: string;
  authorIsBot: boolean;
  content: string;
}

/**
 * The turns one message adds to a conversation: the bot's answers are assistant turns (an
 * /ask answer starts with the question quoted, "> …", which is the member's turn); members'
 * messages are user turns without the mentions; other bots and empty (unreadable) messages add none.
 */
export function conversationTurnsOf(message: PostedText, botUserId: string): ConversationTurn[] {
  if (message.authorId === botUserId) {
    const [first = '', ...rest] = message.content.split('\n');
    const question = first.startsWith('> ') ? unescapeMarkdown(first.slice(2)).trim() : '';
    const text = unescapeMarkdown(
      (question === '' ? message.content : rest.join('\n')).replace(/^-# .*$/gm, ''),
    ).trim();
    const turns: ConversationTurn[] = [];
    if (question !== '') turns.push({ role: 'user', text: question });
    if (text !== '') turns.push({ role: 'assistant', text });
    return turns;
  }
  if (message.authorIsBot) return [];
  const text = stripBotMentions(message.content, botUserId, undefined)
    .replace(/<@&\d+>/g, ' ')
    .trim();
  return text === '' ? [] : [{ role: 'user', text }];
}

function keepRecent(turns: ConversationTurn[]): ConversationTurn[] {
  return turns.slice(-turnsKept);
}

/** The bot escapes markdown in what it posts; the core wants the plain text back. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_`~|>#\-[\]()+.!])/g, '$1').replace(/@\u200b(everyone|here)/g, '@$1');
}

function compareIds(left: string, right: string): number {
  const difference = BigInt(left) - BigInt(right);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
