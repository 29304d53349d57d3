/**
 * `/partners question:<what you look for>`: the organizations whose offers meet it, with the
 * place and kind the question names; for a member linked to an organization, each comes with the
 * pair's reasons. Only the member sees the list.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { askQuestionOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { renderPartners } from '../render-partners.js';

const partnersShown = 5;

export async function partnersCommand(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const question = interaction.options.getString(askQuestionOption, true);
    const asker = context.actorOf(interaction.user.id);
    const result = await context.core.findPartners(question, { asker, limit: partnersShown });
    await interaction.editReply(renderPartners(result));
  } catch (error) {
    await context.respondWithError(interaction, error, 'answering /partners', 'edit');
  }
}
