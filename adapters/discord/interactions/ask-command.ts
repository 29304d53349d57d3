/**
 * `/ask <question>`: deferred at once and answered privately (only the member sees it), with the
 * thread so far as the conversation, the vote buttons and **Share with channel**, which posts the
 * same answer in the channel attributed to the member.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { discordAskOrigin } from '../ask-origin.js';
import { askQuestionOption } from '../commands.js';
import { threadHistory } from '../conversation.js';
import type { DiscordContext } from '../discord-context.js';
import { privateAnswersOf } from '../private-answers.js';
import { renderAnswer } from '../render.js';

export async function askCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const question = interaction.options.getString(askQuestionOption, true);
    const channel = await context.channelOf(interaction);
    const source = { botUserId: context.client.user?.id ?? '', logger: context.logger };
    const history = channel === null ? [] : await threadHistory(channel, undefined, source);
    const origin = discordAskOrigin({
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
    });
    const answer = await context.core.ask(question, { history, ...origin });
    const shareKey = privateAnswersOf(context).keep({ question, answer });
    await context.sendAll(
      (message) => interaction.editReply(message),
      (message) => interaction.followUp({ ...message, flags: MessageFlags.Ephemeral }),
      renderAnswer(answer, { question, actions: { answerId: answer.answerId, shareKey } }),
    );
  } catch (error) {
    await context.respondWithError(interaction, error, 'answering /ask', 'edit');
  }
}
