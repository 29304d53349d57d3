/** `/match [organization]`: suggestions for the organization named, or the member's own; names autocomplete. */
import { chooseLocale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { badInput } from '../../../src/index.js';
import { matchOrganizationOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { renderMatches } from '../render.js';

const maximumMatches = 5;
/** Discord shows at most 25 choices; names and values up to 100 characters. */
const autocompleteChoices = 25;
const choiceLength = 100;

export async function matchCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const { core } = context;
  await interaction.deferReply();
  try {
    const requested = interaction.options.getString(matchOrganizationOption)?.trim();
    const subject =
      requested !== undefined && requested !== ''
        ? await core.profiles.get(requested)
        : await core.profiles.forMember(context.actorOf(interaction.user.id));
    if (subject === undefined) {
      throw badInput('No organization given and the member has no linked profile.', {
        userMessage: translate(chooseLocale({ memberLocale: interaction.locale }), 'discordMatchWhichOrganization'),
      });
    }
    const matches = await core.match(subject.id, { limit: maximumMatches });
    await interaction.editReply(
      renderMatches(subject.name, matches, chooseLocale({ memberLocale: interaction.locale })),
    );
  } catch (error) {
    await context.respondWithError(interaction, error, 'answering /match', 'replace');
  }
}

export async function matchAutocomplete(interaction: AutocompleteInteraction, context: DiscordContext): Promise<void> {
  const typed = interaction.options.getFocused().trim().toLowerCase();
  try {
    const profiles = await context.core.profiles.list();
    const choices = profiles
      .filter(
        (profile) =>
          typed === '' || [profile.name, ...profile.aliases].some((name) => name.toLowerCase().includes(typed)),
      )
      .slice(0, autocompleteChoices)
      .map((profile) => ({
        name: profile.name.slice(0, choiceLength),
        value: profile.id.length <= choiceLength ? profile.id : profile.name.slice(0, choiceLength),
      }));
    await interaction.respond(choices);
  } catch (error) {
    context.failureOf(error, 'suggesting organizations');
    await interaction.respond([]).catch(() => undefined);
  }
}
