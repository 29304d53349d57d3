/** `/ask <question>`: deferred at once, answered in the channel with the thread so far as the conversation. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { askQuestionOption } from '../commands.js';
import { threadHistory } from '../conversation.js';
import type { DiscordContext } from '../discord-context.js';
import { renderAnswer } from '../render.js';

export async function askCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  await interaction.deferReply();
  try {
    const question = interaction.options.getString(askQuestionOption, true);
    const channel = await context.channelOf(interaction);
    const source = { botUserId: context.client.user?.id ?? '', logger: context.logger };
    const history = channel === null ? [] : await threadHistory(channel, undefined, source);
    const answer = await context.core.ask(question, { history });
    await context.sendAll(
      (message) => interaction.editReply(message),
      (message) => interaction.followUp(message),
      renderAnswer(answer, { question }),
    );
  } catch (error) {
    await context.respondWithError(interaction, error, 'answering /ask', 'replace');
  }
}
