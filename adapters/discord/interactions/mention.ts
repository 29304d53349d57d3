/**
 * Messages that mention the bot (or its role) in a server, and every DM: answered as a reply,
 * with the thread or the reply chain as the conversation — unless an organizer turned answers
 * off in the channel. In channels set to `auto`, messages that look like questions are answered
 * too (in a thread on the message, only when the sources cover them; reading them needs the
 * Message Content intent). Bots, webhooks and system messages are ignored.
 */
import type { Message } from 'discord.js';
import { type CoreAnswer, looksLikeQuestion } from '../../../src/index.js';
import { threadForMessage } from '../answer-thread.js';
import { discordAskOrigin } from '../ask-origin.js';
import { channelModeOf, settingChannelOf } from '../channel-mode.js';
import { replyChainHistory, stripBotMentions, threadHistory } from '../conversation.js';
import type { DiscordContext } from '../discord-context.js';
import { chooseLocale, supportedLocale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { renderPartners } from '../render-partners.js';
import { findPartnerAnswer } from './partners-command.js';
import { type DiscordMessage, noMentions, renderAnswer, renderError } from '../render.js';

/** `auto` mode: a question nobody addressed to the bot, answered in a thread on it when grounded. */
async function answerUnaddressed(message: Message<true>, context: DiscordContext): Promise<void> {
  const question = message.content.replace(/\s+/g, ' ').trim();
  const origin = discordAskOrigin({
    guildId: message.guildId,
    channelId: message.channelId,
    userId: message.author.id,
  });
  let answer: CoreAnswer;
  try {
    answer = await context.core.ask(question, origin);
  } catch (error) {
    context.failureOf(error, 'answering a question in an auto channel');
    return;
  }
  if (!answer.grounded) {
    context.logger.info({ channelId: message.channelId }, 'auto mode: not in the sources, so not answered');
    return;
  }
  const thread = await threadForMessage(context, { channelId: message.channelId, messageId: message.id }, question);
  await context.sendAll(
    (payload) => thread.send(payload),
    (payload) => thread.send(payload),
    renderAnswer(answer, { actions: { answerId: answer.answerId } }),
  );
  context.logger.info({ channelId: message.channelId, threadId: thread.id }, 'auto mode: answered in a thread');
}

export async function onMessage(message: Message, context: DiscordContext): Promise<void> {
  const { client, logger } = context;
  if (message.author.bot || message.webhookId !== null || message.system) return;
  const botUser = client.user;
  if (botUser === null || message.author.id === botUser.id) return;
  const botRoleId = message.inGuild() ? message.guild.roles.botRoleFor(botUser)?.id : undefined;
  const mentioned =
    message.mentions.users.has(botUser.id) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
  if (message.inGuild()) {
    // Without a mention only an `auto` channel answers, and only what reads like a question (cheap test first).
    if (!mentioned && (message.content === '' || !looksLikeQuestion(message.content))) return;
    const mode = await channelModeOf(context, settingChannelOf(message.channel, message.channelId, message.guildId));
    if (mode === 'off') {
      if (mentioned) logger.info({ channelId: message.channelId }, 'mention ignored: answers are off here');
      return;
    }
    if (!mentioned) {
      if (mode === 'auto') await answerUnaddressed(message, context);
      return;
    }
  }
  const channel = message.channel;
  if (!channel.isSendable()) return;
  const reply = (payload: DiscordMessage) => message.reply({ ...payload, failIfNotExists: false });
  const question = stripBotMentions(message.content, botUser.id, botRoleId);
  // A message carries no member locale: the question's language, else the server's.
  const serverLocale = message.inGuild() ? message.guild.preferredLocale : undefined;
  const replyLocale = (questionLanguage?: string) =>
    supportedLocale(questionLanguage) ?? chooseLocale({ memberLocale: serverLocale });
  if (question === '') {
    const content = translate(replyLocale(), 'discordEmptyMention');
    await reply({ content, embeds: [], allowedMentions: { ...noMentions } });
    return;
  }
  channel.sendTyping().catch(() => undefined);
  try {
    // A question looking for partners also gets the organizations that meet it, with Interested buttons.
    const partners = await findPartnerAnswer(context, { question, userId: message.author.id });
    const source = { botUserId: botUser.id, logger };
    const history = channel.isThread()
      ? await threadHistory(channel, message.id, source)
      : await replyChainHistory(message, source);
    const origin = discordAskOrigin({
      guildId: message.guildId,
      channelId: message.channelId,
      userId: message.author.id,
    });
    const answer = await context.core.ask(question, { history, ...origin });
    const actions = { answerId: answer.answerId };
    // Only partners asked for, organizations meet it and the articles do not cover it: the organizations answer.
    const partnersAnswer = partners?.partnerOnly === true && partners.result.partners.length > 0;
    if (!partnersAnswer || answer.grounded) {
      await context.sendAll(reply, (payload) => channel.send(payload), renderAnswer(answer, { actions }));
    }
    if (partners !== undefined) {
      await reply(renderPartners(partners.result, replyLocale(answer.language), { underAnswer: true }));
    }
  } catch (error) {
    const failure = context.failureOf(error, 'answering a mention');
    await reply(renderError(failure, undefined, replyLocale())).catch((deliveryError: unknown) =>
      logger.warn({ err: deliveryError, doing: 'answering a mention' }, 'could not reply with an error'),
    );
  }
}
