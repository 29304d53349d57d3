/**
 * The message command "Ask matchcut" (right-click a message → Apps): the message's text is
 * answered in its thread (a thread started on it, or the thread it is in; a DM itself), with the
 * vote buttons. The member gets a private pointer to the answer. Discord sends the target
 * message's text with the interaction, so no privileged intent is needed.
 */
import { type MessageContextMenuCommandInteraction, MessageFlags } from 'discord.js';
import { discordAskOrigin } from '../ask-origin.js';
import { threadForMessage } from '../answer-thread.js';
import { channelModeOf, settingChannelOf } from '../channel-mode.js';
import type { DiscordContext } from '../discord-context.js';
import { noMentions, renderAnswer } from '../render.js';
import { chooseLocale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';

const plain = (content: string) => ({ content, allowedMentions: { ...noMentions } });

export async function askAboutMessage(
  interaction: MessageContextMenuCommandInteraction,
  context: DiscordContext,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = chooseLocale({ memberLocale: interaction.locale });
  try {
    const target = interaction.targetMessage;
    const question = target.content.replace(/\s+/g, ' ').trim();
    if (question === '') {
      await interaction.editReply(plain(translate(locale, 'noTextToAnswer')));
      return;
    }
    if (interaction.inGuild()) {
      const setting = settingChannelOf(interaction.channel, interaction.channelId, interaction.guildId);
      if ((await channelModeOf(context, setting)) === 'off') {
        await interaction.editReply(plain(translate(locale, 'answersOff', { command: '`/ask`' })));
        return;
      }
    }
    const origin = discordAskOrigin({
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
    });
    const answer = await context.core.ask(question, origin);
    const thread = await threadForMessage(context, { channelId: target.channelId, messageId: target.id }, question);
    await context.sendAll(
      (message) => thread.send(message),
      (message) => thread.send(message),
      renderAnswer(answer, { actions: { answerId: answer.answerId } }),
    );
    context.logger.info({ userId: interaction.user.id, threadId: thread.id }, 'answered a message from the menu');
    await interaction.editReply(plain(translate(locale, 'answeredIn', { channel: `<#${thread.id}>` })));
  } catch (error) {
    await context.respondWithError(interaction, error, 'answering a message from the menu', 'edit');
  }
}
