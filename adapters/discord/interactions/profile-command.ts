/**
 * `/profile`: the profile form (filled in for a linked member), and its submission: saved and
 * linked to the member. `/profile offer:<entry>` / `need:<entry>` (picked by autocomplete from the
 * taxonomy) add the entry's id to the linked organization's picked offers or needs instead.
 */
import { type ChatInputCommandInteraction, MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import type { Profile, ProfileInput } from '../../../src/index.js';
import { profileNeedOption, profileOfferOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { profileFieldLabel, profileInputFromModal, renderProfileModal } from '../profile-modal.js';
import { renderProfileSaved } from '../render.js';
import { noMentions, safe } from '../render-text.js';

export async function profileCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const offer = interaction.options.getString(profileOfferOption);
  const need = interaction.options.getString(profileNeedOption);
  if (offer !== null || need !== null) {
    await addPicked(interaction, context, { offer, need });
    return;
  }
  try {
    const existing = await context.core.profiles.forMember(context.actorOf(interaction.user.id));
    await interaction.showModal(renderProfileModal(existing));
  } catch (error) {
    await context.respondWithError(interaction, error, 'opening the profile form', 'reply');
  }
}

const registerFirst =
  'Register your organization first: run `/profile` with no options and fill in the form (it is then linked to ' +
  'you); after that `/profile offer:` and `need:` add skills from the list.';

/** The profile as input for an update (the stored-only fields dropped). */
function asInput(profile: Profile): ProfileInput {
  const { origin: _origin, updatedAt: _updatedAt, ...input } = profile;
  return input;
}

async function addPicked(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
  picked: { offer: string | null; need: string | null },
): Promise<void> {
  const { core } = context;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const actor = context.actorOf(interaction.user.id);
    const existing = await core.profiles.forMember(actor);
    const reply = (content: string) => interaction.editReply({ content, allowedMentions: { ...noMentions } });
    if (existing === undefined) {
      await reply(registerFirst);
      return;
    }
    const wanted = [picked.offer, picked.need].filter((value): value is string => value !== null);
    const known = await core.taxonomy.describe(wanted, { language: interaction.locale });
    const unknown = wanted.filter((value) => !known.some((choice) => choice.id === value));
    if (unknown.length > 0) {
      await reply(
        `"${safe(unknown.join('", "'))}" is not on the list: start typing and pick one of the suggestions ` +
          '(anything else can go in the `/profile` form as free text).',
      );
      return;
    }
    const add = (list: string[] | undefined, value: string | null) =>
      value === null ? list : [...new Set([...(list ?? []), value])];
    const input: ProfileInput = {
      ...asInput(existing),
      pickedOffers: add(existing.pickedOffers, picked.offer),
      pickedNeeds: add(existing.pickedNeeds, picked.need),
    };
    const saved = await core.profiles.upsert(input, { owner: actor });
    const label = (id: string | null) => known.find((choice) => choice.id === id)?.label ?? '';
    const lines = [
      picked.offer === null ? '' : `Added **${safe(label(picked.offer))}** to what **${safe(saved.name)}** offers.`,
      picked.need === null ? '' : `Added **${safe(label(picked.need))}** to what **${safe(saved.name)}** needs.`,
      'Matching uses it from now on; `/partners` and `/match` show who meets it.',
    ];
    await reply(lines.filter((line) => line !== '').join('\n'));
  } catch (error) {
    await context.respondWithError(interaction, error, 'adding a picked skill', 'edit');
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
