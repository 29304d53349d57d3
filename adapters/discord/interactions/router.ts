/**
 * Routes every interaction to its handler: slash commands by name (a table), the "Ask matchcut"
 * message command, autocomplete, the profile form's submission, the answer buttons (votes,
 * escalation, sharing) and the feedback buttons. Bots are never answered.
 */
import { chooseLocale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { parseAnswerButtonCustomId } from '../answer-custom-ids.js';
import { commandNames } from '../commands.js';
import { parseProfileModalCustomId } from '../custom-ids.js';
import type { DiscordContext } from '../discord-context.js';
import { noMentions } from '../render.js';
import { addCommand } from './add-command.js';
import { answerButton } from './answer-buttons.js';
import { askAboutMessage } from './ask-about-message.js';
import { askCommand } from './ask-command.js';
import { digestCommand } from './digest-command.js';
import { feedbackButton } from './feedback-button.js';
import { matchAutocomplete, matchCommand } from './match-command.js';
import { isPartnerInterestButton, partnerInterestButton, partnersCommand } from './partners-command.js';
import { profileCommand, profileSubmit } from './profile-command.js';
import { settingsCommand } from './settings-command.js';
import { profileAutocomplete } from './taxonomy-autocomplete.js';

interface CommandHandlers {
  run(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: DiscordContext): Promise<void>;
}

export const commandHandlers: Readonly<Record<string, CommandHandlers>> = {
  [commandNames.ask]: { run: askCommand },
  [commandNames.match]: { run: matchCommand, autocomplete: matchAutocomplete },
  [commandNames.profile]: { run: profileCommand, autocomplete: profileAutocomplete },
  [commandNames.digest]: { run: digestCommand },
  [commandNames.add]: { run: addCommand },
  [commandNames.partners]: { run: partnersCommand },
  [commandNames.settings]: { run: settingsCommand },
};

export async function routeInteraction(interaction: Interaction, context: DiscordContext): Promise<void> {
  if (interaction.user.bot) return;
  if (interaction.isChatInputCommand()) {
    const handlers = Object.hasOwn(commandHandlers, interaction.commandName)
      ? commandHandlers[interaction.commandName]
      : undefined;
    if (handlers !== undefined) return handlers.run(interaction, context);
    await interaction.reply({
      content: translate(chooseLocale({ memberLocale: interaction.locale }), 'errorUnknownCommand'),
      flags: MessageFlags.Ephemeral,
      allowedMentions: { ...noMentions },
    });
    return;
  }
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === commandNames.askAboutMessage) {
    return askAboutMessage(interaction, context);
  }
  if (interaction.isAutocomplete()) {
    const autocomplete = commandHandlers[interaction.commandName]?.autocomplete;
    if (autocomplete !== undefined) return autocomplete(interaction, context);
    return;
  }
  if (interaction.isModalSubmit() && parseProfileModalCustomId(interaction.customId) !== undefined) {
    return profileSubmit(interaction, context);
  }
  const answerButtonClicked = interaction.isButton() ? parseAnswerButtonCustomId(interaction.customId) : undefined;
  if (interaction.isButton() && answerButtonClicked !== undefined) {
    return answerButton(interaction, context, answerButtonClicked);
  }
  if (interaction.isButton() && isPartnerInterestButton(interaction.customId)) {
    return partnerInterestButton(interaction, context);
  }
  if (interaction.isButton()) return feedbackButton(interaction, context);
}
