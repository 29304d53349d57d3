/**
 * `/add url:`: organizers add a web page to the knowledge base. The core fetches it (guarded),
 * extracts the article and builds a new index generation; the reply (only to the organizer)
 * names the title, the language and the first passage. Members get a polite refusal. Replies are in the
 * member's language.
 */
import { pageRefusalText } from '../../i18n/error-messages.js';
import { chooseLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { type AddedPage, isMatchcutError } from '../../../src/index.js';
import { addUrlOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { describeOrganizers, isOrganizer } from '../organizer.js';
import { noMentions } from '../render.js';

const privately = (content: string) => ({
  content,
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: { ...noMentions },
});

function shorten(text: string, maximum: number): string {
  const characters = [...text];
  return characters.length <= maximum ? text : `${characters.slice(0, maximum - 1).join('')}…`;
}

export function renderAddedPage(page: AddedPage, locale: Locale = 'en'): string {
  const key = page.outcome === 'added' ? 'addAdded' : page.outcome === 'updated' ? 'addUpdated' : 'addAlreadyThere';
  const quoted = shorten(page.firstPassage, 900)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const title = `**${shorten(page.title, 250)}**`;
  const heading = translate(locale, key, { title, language: page.language });
  return `${heading} ${translate(locale, 'addAnswerableSoon')}\n<${page.url}>\n${quoted}`;
}

export async function addCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const { config, logger, core } = context;
  const locale = chooseLocale({ memberLocale: interaction.locale });
  if (!interaction.inGuild()) {
    await interaction.reply(privately(translate(locale, 'discordAddInServer')));
    return;
  }
  const { member, memberPermissions } = interaction;
  if (!isOrganizer({ member, memberPermissions, organizerRoleId: config.organizerRoleId })) {
    logger.info({ userId: interaction.user.id }, 'refused /add to a member who is not an organizer');
    const who = describeOrganizers(config.organizerRoleId, locale);
    await interaction.reply(privately(translate(locale, 'discordAddNotOrganizer', { who })));
    return;
  }
  const address = interaction.options.getString(addUrlOption, true).trim();
  if (core.addPage === undefined) {
    await interaction.reply(privately(translate(locale, 'addUnavailable')));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const page = await core.addPage(address);
    await interaction.editReply({ content: renderAddedPage(page, locale), allowedMentions: { ...noMentions } });
  } catch (error) {
    if (isMatchcutError(error) && error.code === 'BAD_INPUT') {
      logger.info({ userId: interaction.user.id, address, reason: error.message }, '/add refused the page');
      await interaction.editReply({
        content: translate(locale, 'addRefused', {
          reason: shorten(pageRefusalText(error, locale) ?? error.userMessage, 1_500),
        }),
        allowedMentions: { ...noMentions },
      });
      return;
    }
    await context.respondWithError(interaction, error, 'adding a page', 'edit');
  }
}
