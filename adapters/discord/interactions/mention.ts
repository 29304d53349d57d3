/**
 * Messages that mention the bot (or its role) in a server, and every DM: answered as a reply,
 * with the thread or the reply chain as the conversation. Bots, webhooks and system messages
 * are ignored.
 */
import type { Message } from 'discord.js';
import { replyChainHistory, stripBotMentions, threadHistory } from '../conversation.js';
import type { DiscordContext } from '../discord-context.js';
import { type DiscordMessage, noMentions, renderAnswer, renderError } from '../render.js';

const emptyMention =
  'Ask me something after the mention, e.g. "@matchcut Who trains VFX artists in Samarkand?", or use `/ask`.';

export async function onMessage(message: Message, context: DiscordContext): Promise<void> {
  const { client, logger } = context;
  if (message.author.bot || message.webhookId !== null || message.system) return;
  const botUser = client.user;
  if (botUser === null || message.author.id === botUser.id) return;
  const botRoleId = message.inGuild() ? message.guild.roles.botRoleFor(botUser)?.id : undefined;
  const mentioned =
    message.mentions.users.has(botUser.id) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
  if (message.inGuild() && !mentioned) return;
  const channel = message.channel;
  if (!channel.isSendable()) return;
  const reply = (payload: DiscordMessage) => message.reply({ ...payload, failIfNotExists: false });
  const question = stripBotMentions(message.content, botUser.id, botRoleId);
  if (question === '') {
    await reply({ content: emptyMention, embeds: [], allowedMentions: { ...noMentions } });
    return;
  }
  channel.sendTyping().catch(() => undefined);
  try {
    const source = { botUserId: botUser.id, logger };
    const history = channel.isThread()
      ? await threadHistory(channel, message.id, source)
      : await replyChainHistory(message, source);
    const answer = await context.core.ask(question, { history });
    await context.sendAll(reply, (payload) => channel.send(payload), renderAnswer(answer));
  } catch (error) {
    const failure = context.failureOf(error, 'answering a mention');
    await reply(renderError(failure)).catch((deliveryError: unknown) =>
      logger.warn({ err: deliveryError }, 'could not reply with an error'),
    );
  }
}
