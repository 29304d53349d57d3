/**
 * Answering a member's question in a channel thread or a DM: the thread's earlier messages
 * become the conversation, the answer is posted in the thread, and the thread is remembered
 * as one the bot takes part in.
 */
import { z } from 'zod';
import {
  type ChannelMode,
  type ConversationTurn,
  type CoreAnswer,
  type CoreAskOptions,
  defaultChannelMode,
} from '../../src/index.js';
import { chooseLocale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { replyForError } from './error-replies.js';
import { escapeMrkdwn, plainTextFromSlack } from './mrkdwn.js';
import { renderAnswer, renderNote } from './render.js';
import type { SlackContext } from './slack-context.js';
import { findPartnerAnswer, withPartners } from './subcommands/partners.js';
import { historyFromThread, type ThreadMessage } from './thread-context.js';

export const messageEventSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

const repliesSchema = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string().optional(),
        text: z.string().optional(),
        user: z.string().optional(),
        bot_id: z.string().optional(),
        subtype: z.string().optional(),
      }),
    )
    .default([]),
});

export const fromBot = (event: { bot_id?: string | undefined; subtype?: string | undefined }) =>
  event.bot_id !== undefined || event.subtype === 'bot_message';

export async function threadMessages(
  context: SlackContext,
  channel: string,
  threadTs: string,
): Promise<ThreadMessage[]> {
  const result = await context.client.conversations.replies({ channel, ts: threadTs, limit: 50 });
  return repliesSchema.parse(result).messages;
}

/** The conversation before `message` in its thread; empty (with a warning) when the thread cannot be read. */
export async function historyOf(
  context: SlackContext,
  message: MessageEvent,
  threadTs: string,
  identity: { botUserId: string | undefined; botId: string | undefined },
): Promise<ConversationTurn[]> {
  try {
    const messages = await threadMessages(context, message.channel, threadTs);
    return historyFromThread(messages, { ...identity, currentTs: message.ts });
  } catch (error) {
    context.logger.warn(
      { err: error, channel: message.channel },
      'could not read the thread; answering without its context',
    );
    return [];
  }
}

export interface QuestionRequest {
  channel: string;
  threadTs: string;
  currentTs: string;
  rawText: string;
  botUserId: string | undefined;
  history: ConversationTurn[];
  /** `auto` mode: post nothing unless the sources cover the question (and say nothing on failure). */
  onlyWhenGrounded?: boolean;
  /** Where the question came from, for the question log. */
  teamId?: string | undefined;
  userId?: string | undefined;
}

/** Ask options saying where a Slack question came from (the question log records them). */
export function slackAskOrigin(origin: {
  teamId?: string | undefined;
  channel: string;
  userId?: string | undefined;
}): CoreAskOptions {
  return {
    platform: 'slack',
    communityId: origin.teamId,
    channelId: origin.channel,
    memberId: origin.userId === undefined ? undefined : `slack:${origin.userId}`,
  };
}

/** The channel's answering mode; the default when the core has none or the store cannot be read. */
export async function channelModeOf(context: SlackContext, channel: string): Promise<ChannelMode> {
  if (context.core.channelSettings === undefined || channel.startsWith('D')) return defaultChannelMode;
  try {
    return (await context.core.channelSettings.get({ platform: 'slack', channelId: channel })).mode;
  } catch (error) {
    context.logger.warn({ err: error, channel }, 'could not read the channel setting; using the default mode');
    return defaultChannelMode;
  }
}

export async function answerQuestion(context: SlackContext, request: QuestionRequest): Promise<void> {
  const { core, logger } = context;
  const question = plainTextFromSlack(request.rawText, request.botUserId);
  const memberLocale = (questionLanguage?: string) =>
    request.userId === undefined
      ? chooseLocale({ questionLanguage })
      : context.locales.localeNow(request.userId, questionLanguage);
  if (question === '') {
    const locale = memberLocale();
    const hint = `${translate(locale, 'slackEmptyMention')}\n${translate(locale, 'slackHelp')}`;
    await context.postMessages(request.channel, [renderNote(hint)], request.threadTs);
    return;
  }
  // A question looking for partners also gets the organizations that meet it, with Interested buttons.
  const partners = await findPartnerAnswer(context, { question, userId: request.userId });
  let answer: CoreAnswer;
  try {
    const origin = slackAskOrigin({ teamId: request.teamId, channel: request.channel, userId: request.userId });
    answer = await core.ask(question, { history: request.history, ...origin });
  } catch (error) {
    context.logFailure('answering a question', error, { channel: request.channel });
    if (request.onlyWhenGrounded === true) return;
    const reply = escapeMrkdwn(replyForError(error, memberLocale()));
    await context.postMessages(request.channel, [renderNote(reply)], request.threadTs);
    return;
  }
  // Rendering and posting wait for their turn: acknowledgements of requests that arrived while the
  // answer was worked out go first.
  await context.tasks.turn();
  if (request.onlyWhenGrounded === true && !answer.grounded) {
    logger.info({ channel: request.channel, ts: request.currentTs }, 'auto mode: not in the sources, so not answered');
    return;
  }
  const actions = { answerId: answer.answerId };
  // Only partners asked for, organizations meet it and the articles do not cover it: the organizations are the answer.
  const partnersAnswer = partners?.partnerOnly === true && partners.result.partners.length > 0;
  const answered = partnersAnswer && !answer.grounded ? [] : renderAnswer(answer, { actions });
  // The partner list in the member's language (their Slack locale when already known, else the question's).
  const locale = memberLocale(answer.language);
  await context.postMessages(request.channel, withPartners(answered, partners, locale), request.threadTs);
  context.threads.set(request.channel, request.threadTs, true);
  logger.info(
    {
      channel: request.channel,
      grounded: answer.grounded,
      citations: answer.citations.length,
      path: answer.path,
      historyTurns: request.history.length,
    },
    'answered in Slack',
  );
}
