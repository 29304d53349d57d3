/**
 * Plain messages: every DM is answered; in channels, follow-ups in a thread the bot takes part in
 * (a mention is the mention listener's), and — in channels an organizer set to `auto` — new
 * messages that look like questions, in their thread, when the sources cover them. Nothing is
 * answered in a channel set to `off`. A thread known to be someone else's costs no API call.
 */
import type { App } from '@slack/bolt';
import { type ConversationTurn, looksLikeQuestion } from '../../../src/index.js';
import {
  answerQuestion,
  channelModeOf,
  fromBot,
  type MessageEvent,
  messageEventSchema,
  threadMessages,
} from '../answer-question.js';
import { plainTextFromSlack } from '../mrkdwn.js';
import type { SlackContext } from '../slack-context.js';
import { botTakesPart, historyFromThread, type ThreadMessage } from '../thread-context.js';

/** Message subtypes that are a member writing something new. */
const answerableSubtypes = new Set([undefined, 'thread_broadcast', 'file_share']);

interface Identity {
  botUserId: string | undefined;
  botId: string | undefined;
}

const mentionsTheBot = (text: string, identity: Identity) =>
  identity.botUserId !== undefined && text.includes(`<@${identity.botUserId}`);

/** Whether a channel message could be a follow-up for the bot before reading its thread. */
function mayBeForTheBot(context: SlackContext, message: MessageEvent & { text: string }, identity: Identity): boolean {
  if (mentionsTheBot(message.text, identity)) return false;
  if (message.thread_ts === undefined || message.thread_ts === message.ts) return false;
  if (context.threads.get(message.channel, message.thread_ts) === false) {
    context.logger.debug({ channel: message.channel, ts: message.ts }, 'message in a thread without the bot ignored');
    return false;
  }
  return true;
}

/** A new channel message (not in a thread, no mention) that reads like a question: `auto` mode may answer it. */
function mayBeAutoQuestion(message: MessageEvent & { text: string }, identity: Identity): boolean {
  if (message.thread_ts !== undefined && message.thread_ts !== message.ts) return false;
  if (mentionsTheBot(message.text, identity)) return false;
  return looksLikeQuestion(plainTextFromSlack(message.text, identity.botUserId));
}

/** The thread's conversation, or undefined when the bot takes no part in a channel thread. */
async function threadHistory(
  context: SlackContext,
  message: MessageEvent,
  threadTs: string,
  identity: Identity & { isDirect: boolean },
): Promise<ConversationTurn[] | undefined> {
  let thread: ThreadMessage[];
  try {
    thread = await threadMessages(context, message.channel, threadTs);
  } catch (error) {
    context.logger.warn({ err: error, channel: message.channel }, 'could not read the thread');
    thread = [];
  }
  if (!identity.isDirect) {
    const takesPart = context.threads.get(message.channel, threadTs) === true || botTakesPart(thread, identity);
    context.threads.set(message.channel, threadTs, takesPart);
    if (!takesPart) {
      context.logger.debug({ channel: message.channel, ts: message.ts }, 'message in a thread without the bot ignored');
      return undefined;
    }
  }
  return historyFromThread(thread, { ...identity, currentTs: message.ts });
}

export function register(app: App, context: SlackContext): void {
  app.event('message', async ({ event, context: bolt }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    const text = message.text;
    if (!answerableSubtypes.has(message.subtype) || fromBot(message) || message.user === undefined) return;
    if (text === undefined) return;
    const identity = { botUserId: bolt.botUserId, botId: bolt.botId };
    const isDirect = message.channel_type === 'im' || message.channel.startsWith('D');
    const followUp = !isDirect && mayBeForTheBot(context, { ...message, text }, identity);
    const autoCandidate = !isDirect && !followUp && mayBeAutoQuestion({ ...message, text }, identity);
    if (!isDirect && !followUp && !autoCandidate) return;
    await context.tasks.run('message', async () => {
      if (!isDirect) {
        const mode = await channelModeOf(context, message.channel);
        if (mode === 'off' || (autoCandidate && mode !== 'auto')) return;
      }
      const threadTs = message.thread_ts ?? message.ts;
      const history =
        message.thread_ts === undefined || autoCandidate
          ? []
          : await threadHistory(context, message, threadTs, { ...identity, isDirect });
      if (history === undefined) return;
      await answerQuestion(context, {
        channel: message.channel,
        threadTs,
        currentTs: message.ts,
        rawText: text,
        botUserId: identity.botUserId,
        history,
        onlyWhenGrounded: autoCandidate,
        teamId: bolt.teamId,
        userId: message.user,
      });
    });
  });
}
