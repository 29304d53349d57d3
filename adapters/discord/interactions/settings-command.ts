/**
 * `/settings [mode]`: where the bot answers in this channel (a thread follows its channel).
 * Anyone may see the mode; organizers (organizer role or Manage Server, re-checked on every call)
 * change it. Stored in the core, so it survives restarts.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { type ChannelMode, channelModes } from '../../../src/index.js';
import { settingChannelOf } from '../channel-mode.js';
import { settingsModeOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { describeOrganizers, isOrganizer } from '../organizer.js';
import { noMentions } from '../render.js';
import { chooseLocale, type Locale } from '../../i18n/locales.js';
import { type MessageKey, translate } from '../../i18n/translate.js';

const modeDescriptionKeys: Record<ChannelMode, MessageKey> = {
  mention: 'settingsDiscordMention',
  auto: 'settingsDiscordAuto',
  off: 'settingsDiscordOff',
};

export const modeDescription = (locale: Locale, mode: ChannelMode): string =>
  translate(locale, modeDescriptionKeys[mode]);

const modeList = (locale: Locale): string =>
  channelModes.map((mode) => `- \`${mode}\`: ${modeDescription(locale, mode)}`).join('\n');
const theModes = (locale: Locale): string => `${translate(locale, 'settingsModes')}\n${modeList(locale)}`;

const plain = (content: string) => ({ content, allowedMentions: { ...noMentions } });
const privately = (content: string) => ({ ...plain(content), flags: MessageFlags.Ephemeral as const });

function isChannelMode(value: string): value is ChannelMode {
  return (channelModes as readonly string[]).includes(value);
}

export async function settingsCommand(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
): Promise<void> {
  const { config, logger, core } = context;
  const locale = chooseLocale({ memberLocale: interaction.locale });
  if (!interaction.inGuild()) {
    await interaction.reply(privately(translate(locale, 'settingsPerChannelDiscord')));
    return;
  }
  const requested = interaction.options.getString(settingsModeOption);
  if (core.channelSettings === undefined) {
    await interaction.reply(privately(translate(locale, 'settingsUnavailable')));
    return;
  }
  const channel = settingChannelOf(interaction.channel, interaction.channelId, interaction.guildId);
  const { member, memberPermissions } = interaction;
  if (requested !== null && !isOrganizer({ member, memberPermissions, organizerRoleId: config.organizerRoleId })) {
    logger.info({ userId: interaction.user.id }, 'refused /settings to a member who is not an organizer');
    const who = describeOrganizers(config.organizerRoleId, locale);
    const refusal = translate(locale, 'settingsNotOrganizerDiscord', { who });
    await interaction.reply(privately(`${refusal} ${theModes(locale)}`));
    return;
  }
  if (requested !== null && !isChannelMode(requested)) {
    await interaction.reply(privately(`${translate(locale, 'settingsThatIsNotAMode')} ${theModes(locale)}`));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    if (requested === null) {
      const current = await core.channelSettings.get(channel);
      const how = translate(locale, current.configured ? 'settingsSetByOrganizer' : 'settingsByDefault');
      const shown = translate(locale, 'settingsCurrent', {
        channel: `<#${channel.channelId}>`,
        mode: current.mode,
        how,
        description: modeDescription(locale, current.mode),
      });
      const change = translate(locale, 'settingsHowToChange', { command: '`/settings mode:`' });
      await interaction.editReply(plain(`${shown}\n${change}\n${modeList(locale)}`));
      return;
    }
    const saved = await core.channelSettings.setMode(channel, requested, context.actorOf(interaction.user.id));
    logger.info({ userId: interaction.user.id, channelId: channel.channelId, mode: saved.mode }, 'channel mode set');
    const note =
      saved.mode === 'auto' && config.messageContent !== true
        ? `\n-# ${translate(locale, 'settingsNeedsMessageContent')}`
        : '';
    const description = modeDescription(locale, saved.mode);
    const now = translate(locale, 'settingsNowMode', {
      channel: `<#${channel.channelId}>`,
      mode: saved.mode,
      description,
    });
    await interaction.editReply(plain(`${now}${note}`));
  } catch (error) {
    await context.respondWithError(interaction, error, 'saving a channel setting', 'edit');
  }
}
