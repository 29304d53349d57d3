/**
 * `/digest [channel]`: organizers post a matchmaking digest. Who may is re-checked on every call
 * (command permissions are only a default that server admins can change). The digest and the replies
 * are in the organizer's language.
 */
import { chooseLocale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { digestChannelOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { describeOrganizers, isOrganizer } from '../organizer.js';
import { sendDiscordDigest } from '../digest-job.js';
import { noMentions, renderDigestSummary } from '../render.js';

const privately = (content: string) => ({
  content,
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: { ...noMentions },
});

export async function digestCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const { config, logger, client, core } = context;
  const locale = chooseLocale({ memberLocale: interaction.locale });
  if (!interaction.inGuild()) {
    await interaction.reply(privately(translate(locale, 'discordDigestInServer')));
    return;
  }
  const { member, memberPermissions } = interaction;
  if (!isOrganizer({ member, memberPermissions, organizerRoleId: config.organizerRoleId })) {
    logger.info({ userId: interaction.user.id }, 'refused /digest to a member who is not an organizer');
    const who = describeOrganizers(config.organizerRoleId, locale);
    await interaction.reply(privately(translate(locale, 'discordDigestNotOrganizer', { who })));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const channelId = interaction.options.getChannel(digestChannelOption)?.id ?? interaction.channelId;
    // PostgreSQL mode: one job per channel and minute, posted by a replica holding the server's shard.
    const target = { guildId: interaction.guildId, channelId };
    const { digest, posted } = await sendDiscordDigest({ client, core, logger }, target, locale);
    await interaction.editReply(renderDigestSummary(digest, channelId, posted, locale));
  } catch (error) {
    await context.respondWithError(interaction, error, 'posting a digest', 'edit');
  }
}
