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

export const modeDescriptions: Record<ChannelMode, string> = {
  mention: 'I answer when mentioned and in DMs.',
  auto: 'I also answer messages that look like questions, in a thread, but only when my sources cover them.',
  off: 'I do not answer mentions in this channel (`/ask` still answers you privately).',
};

const modeList = channelModes.map((mode) => `- \`${mode}\`: ${modeDescriptions[mode]}`).join('\n');
const needsMessageContent =
  '\n-# To read questions that do not mention me, the bot needs the Message Content intent: the operator sets ' +
  '`DISCORD_MESSAGE_CONTENT=on` and enables it in the Developer Portal. Until then only mentions are answered.';

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
  if (!interaction.inGuild()) {
    await interaction.reply(privately('Settings are per channel: run `/settings` in a server channel.'));
    return;
  }
  const requested = interaction.options.getString(settingsModeOption);
  if (core.channelSettings === undefined) {
    await interaction.reply(privately('Channel settings are not available on this server.'));
    return;
  }
  const channel = settingChannelOf(interaction.channel, interaction.channelId, interaction.guildId);
  const { member, memberPermissions } = interaction;
  if (requested !== null && !isOrganizer({ member, memberPermissions, organizerRoleId: config.organizerRoleId })) {
    logger.info({ userId: interaction.user.id }, 'refused /settings to a member who is not an organizer');
    const who = describeOrganizers(config.organizerRoleId);
    await interaction.reply(privately(`Only organizers can change where I answer (${who}). The modes:\n${modeList}`));
    return;
  }
  if (requested !== null && !isChannelMode(requested)) {
    await interaction.reply(privately(`That is not a mode. The modes:\n${modeList}`));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    if (requested === null) {
      const current = await core.channelSettings.get(channel);
      const how = current.configured ? 'set by an organizer' : 'the default';
      await interaction.editReply(
        plain(
          `Answers in <#${channel.channelId}>: \`${current.mode}\` (${how}). ${modeDescriptions[current.mode]}\n` +
            `Organizers change it with \`/settings mode:\`:\n${modeList}`,
        ),
      );
      return;
    }
    const saved = await core.channelSettings.setMode(channel, requested, context.actorOf(interaction.user.id));
    logger.info({ userId: interaction.user.id, channelId: channel.channelId, mode: saved.mode }, 'channel mode set');
    const note = saved.mode === 'auto' && config.messageContent !== true ? needsMessageContent : '';
    await interaction.editReply(
      plain(`Answers in <#${channel.channelId}> are now \`${saved.mode}\`: ${modeDescriptions[saved.mode]}${note}`),
    );
  } catch (error) {
    await context.respondWithError(interaction, error, 'saving a channel setting', 'edit');
  }
}
