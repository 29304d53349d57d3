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
import { chooseLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';

export async function profileCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const offer = interaction.options.getString(profileOfferOption);
  const need = interaction.options.getString(profileNeedOption);
  const locale = chooseLocale({ memberLocale: interaction.locale });
  if (offer !== null || need !== null) {
    await addPicked(interaction, context, { offer, need });
    return;
  }
  try {
    const existing = await context.core.profiles.forMember(context.actorOf(interaction.user.id));
    await interaction.showModal(renderProfileModal(existing, locale));
  } catch (error) {
    await context.respondWithError(interaction, error, 'opening the profile form', 'reply');
  }
}

/** The profile as input for an update (the stored-only fields dropped). */
function asInput(profile: Profile): ProfileInput {
  const { origin: _origin, updatedAt: _updatedAt, ...input } = profile;
  return input;
}

/** Who clicked or submitted, the profile they are linked to now, and their language. */
interface LinkedMember {
  actor: string;
  existing: Profile | undefined;
  locale: Locale;
}

/**
 * Answers the member privately: the reply deferred, then `work` with the member's actor and the
 * profile they are linked to now; an error edits the reply (`fieldLabel` names a form's fields).
 */
async function forLinkedMember(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  context: DiscordContext,
  doing: string,
  work: (member: LinkedMember) => Promise<void>,
  fieldLabel?: (path: string, locale: Locale) => string,
): Promise<void> {
  const locale = chooseLocale({ memberLocale: interaction.locale });
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const actor = context.actorOf(interaction.user.id);
    await work({ actor, existing: await context.core.profiles.forMember(actor), locale });
  } catch (error) {
    const label = fieldLabel === undefined ? undefined : (path: string) => fieldLabel(path, locale);
    await context.respondWithError(interaction, error, doing, 'edit', label);
  }
}

async function addPicked(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
  picked: { offer: string | null; need: string | null },
): Promise<void> {
  const { core } = context;
  await forLinkedMember(interaction, context, 'adding a picked skill', async ({ actor, existing, locale }) => {
    const reply = (content: string) => interaction.editReply({ content, allowedMentions: { ...noMentions } });
    if (existing === undefined) {
      await reply(translate(locale, 'discordProfileRegisterFirst'));
      return;
    }
    const wanted = [picked.offer, picked.need].filter((value): value is string => value !== null);
    const known = await core.taxonomy.describe(wanted, { language: interaction.locale });
    const unknown = wanted.filter((value) => !known.some((choice) => choice.id === value));
    if (unknown.length > 0) {
      await reply(translate(locale, 'discordProfileNotOnList', { values: `"${safe(unknown.join('", "'))}"` }));
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
    const name = `**${safe(saved.name)}**`;
    const entry = (id: string) => `**${safe(label(id))}**`;
    const lines = [
      picked.offer === null ? '' : translate(locale, 'discordProfileAddedOffer', { entry: entry(picked.offer), name }),
      picked.need === null ? '' : translate(locale, 'discordProfileAddedNeed', { entry: entry(picked.need), name }),
      translate(locale, 'discordProfileMatchingUsesIt'),
    ];
    await reply(lines.filter((line) => line !== '').join('\n'));
  });
}

export async function profileSubmit(interaction: ModalSubmitInteraction, context: DiscordContext): Promise<void> {
  const { core } = context;
  // The profile edited is the one the member is linked to now, whatever the form says.
  const save = async ({ actor, existing, locale }: LinkedMember) => {
    const input = profileInputFromModal((field) => interaction.fields.getTextInputValue(field), existing);
    const profile = await core.profiles.upsert(input, { owner: actor });
    await core.profiles.linkMember(actor, profile.id);
    await interaction.editReply(renderProfileSaved(profile, locale));
  };
  await forLinkedMember(interaction, context, 'saving a profile', save, profileFieldLabel);
}
