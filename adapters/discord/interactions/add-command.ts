/**
 * `/add url:`: organizers add a web page to the knowledge base. The core fetches it (guarded),
 * extracts the article and builds a new index generation; the reply (only to the organizer)
 * names the title, the language and the first passage. Members get a polite refusal.
 */
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

export function renderAddedPage(page: AddedPage): string {
  const verb =
    page.outcome === 'added' ? 'Added' : page.outcome === 'updated' ? 'Updated' : 'Already in the knowledge base:';
  const quoted = shorten(page.firstPassage, 900)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const heading = `${verb} **${shorten(page.title, 250)}** (${page.language}) — <${page.url}>`;
  return `${heading}\nIt is answerable in a few seconds.\n${quoted}`;
}

export async function addCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const { config, logger, core } = context;
  if (!interaction.inGuild()) {
    await interaction.reply(privately('Pages are added in servers: run `/add` in a server channel.'));
    return;
  }
  const { member, memberPermissions } = interaction;
  if (!isOrganizer({ member, memberPermissions, organizerRoleId: config.organizerRoleId })) {
    logger.info({ userId: interaction.user.id }, 'refused /add to a member who is not an organizer');
    const who = describeOrganizers(config.organizerRoleId);
    await interaction.reply(
      privately(
        `Sorry, only organizers can add articles to the knowledge base (${who}). ` +
          'If you know a page that should be in it, send the link to an organizer.',
      ),
    );
    return;
  }
  const address = interaction.options.getString(addUrlOption, true).trim();
  if (core.addPage === undefined) {
    await interaction.reply(privately('Adding pages is not available in this bot.'));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const page = await core.addPage(address);
    await interaction.editReply({ content: renderAddedPage(page), allowedMentions: { ...noMentions } });
  } catch (error) {
    if (isMatchcutError(error) && error.code === 'BAD_INPUT') {
      logger.info({ userId: interaction.user.id, address, reason: error.message }, '/add refused the page');
      await interaction.editReply({
        content: `I could not add that page: ${shorten(error.userMessage, 1_500)}`,
        allowedMentions: { ...noMentions },
      });
      return;
    }
    await context.respondWithError(interaction, error, 'adding a page', 'edit');
  }
}
