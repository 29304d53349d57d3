/**
 * Threads as conversations: which threads the bot takes part in (so a follow-up needs no
 * mention), and a thread's messages as the core's ConversationTurn history.
 */
import type { ConversationTurn } from '../../src/index.js';
import { plainTextFromSlack, unescapeMrkdwn } from './mrkdwn.js';
import { sourcesFallbackMarker } from './render.js';

export interface ThreadMessage {
  ts?: string | undefined;
  text?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  subtype?: string | undefined;
}

export interface BotIdentity {
  botUserId: string | undefined;
  botId: string | undefined;
}

export function isFromThisBot(message: ThreadMessage, identity: BotIdentity): boolean {
  return (
    (identity.botUserId !== undefined && message.user === identity.botUserId) ||
    (identity.botId !== undefined && message.bot_id === identity.botId)
  );
}

/** True when the bot posted in the thread (so members may follow up without a mention). */
export function botTakesPart(messages: ThreadMessage[], identity: BotIdentity): boolean {
  return messages.some((message) => isFromThisBot(message, identity));
}

export interface HistoryOptions extends BotIdentity {
  /** The message being answered: not part of its own history. */
  currentTs: string;
  /** Keep the last N turns. */
  maximumTurns?: number;
}

/**
 * A thread (oldest first) as conversation turns: the bot's answers without their source lists,
 * members' messages as plain text.
 */
export function historyFromThread(messages: ThreadMessage[], options: HistoryOptions): ConversationTurn[] {
  const turns: ConversationTurn[] = [];
  for (const message of messages) {
    if (message.ts === options.currentTs || message.text === undefined) continue;
    if (isFromThisBot(message, options)) {
      if (message.text.startsWith('(continued)')) continue;
      const answer = message.text.split(sourcesFallbackMarker)[0] ?? '';
      const text = unescapeMrkdwn(answer).trim();
      if (text !== '') turns.push({ role: 'assistant', text });
      continue;
    }
    // Other bots' messages are not part of the member's conversation.
    if (message.bot_id !== undefined || message.subtype === 'bot_message') continue;
    const text = plainTextFromSlack(message.text, options.botUserId);
    if (text !== '') turns.push({ role: 'user', text });
  }
  return turns.slice(-(options.maximumTurns ?? 10));
}

export interface ThreadMemoryOptions {
  maximumEntries?: number;
  ttlMs?: number;
  /**
   * Whether "the bot takes no part in this thread" is remembered too (default true). Replicas sharing
   * the work remember only where it takes part: another replica may have joined the thread since, and
   * the thread itself (conversations.replies) is the shared truth.
   */
  rememberAbsence?: boolean;
  now?: () => number;
}

/** Remembers, for a while, whether the bot takes part in a thread (saves a conversations.replies call per message). */
export interface ThreadMemory {
  get(channel: string, threadTs: string): boolean | undefined;
  set(channel: string, threadTs: string, takesPart: boolean): void;
}

export function createThreadMemory(options: ThreadMemoryOptions = {}): ThreadMemory {
  const maximum = options.maximumEntries ?? 5_000;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { takesPart: boolean; expiresAtMs: number }>();
  const key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;
  return {
    get(channel, threadTs) {
      const entry = entries.get(key(channel, threadTs));
      if (entry === undefined) return undefined;
      if (entry.expiresAtMs <= now()) {
        entries.delete(key(channel, threadTs));
        return undefined;
      }
      return entry.takesPart;
    },
    set(channel, threadTs, takesPart) {
      if (!takesPart && options.rememberAbsence === false) return;
      const id = key(channel, threadTs);
      entries.delete(id);
      entries.set(id, { takesPart, expiresAtMs: now() + ttlMs });
      while (entries.size > maximum) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
  };
}
