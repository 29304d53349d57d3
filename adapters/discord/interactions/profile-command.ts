/** `/profile`: the profile form (filled in for a linked member), and its submission: saved and linked to the member. */
import { type ChatInputCommandInteraction, MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import type { DiscordContext } from '../discord-context.js';
import { profileFieldLabel, profileInputFromModal, renderProfileModal } from '../profile-modal.js';
import { renderProfileSaved } from '../render.js';

export async function profileCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  try {
    const existing = await context.core.profiles.forMember(context.actorOf(interaction.user.id));
    await interaction.showModal(renderProfileModal(existing));
  } catch (error) {
    await context.respondWithError(interaction, error, 'opening the profile form', 'reply');
  }
}

export async function profileSubmit(interaction: ModalSubmitInteraction, context: DiscordContext): Promise<void> {
  const { core } = context;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const actor = context.actorOf(interaction.user.id);
    // The profile edited is the one the member is linked to now, whatever the form says.
    const existing = await core.profiles.forMember(actor);
    const input = profileInputFromModal((field) => interaction.fields.getTextInputValue(field), existing);
    const profile = await core.profiles.upsert(input, { owner: actor });
    await core.profiles.linkMember(actor, profile.id);
    await interaction.editReply(renderProfileSaved(profile));
  } catch (error) {
    await context.respondWithError(interaction, error, 'saving a profile', 'edit', profileFieldLabel);
  }
}
