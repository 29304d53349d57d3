/**
 * `/matchcut settings [mention|auto|off]`: where the bot answers in this channel. Anyone may see
 * the mode; only organizers (SLACK_ORGANIZERS) may change it. Stored in the core, so it survives
 * restarts.
 */
import { type ChannelMode, channelModes, isMatchcutError } from '../../../src/index.js';
import { escapeAndTruncate } from '../mrkdwn.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const modeDescriptions: Record<ChannelMode, string> = {
  mention: 'I answer when mentioned, in DMs, and follow-ups in threads I answered in.',
  auto:
    'I also answer new messages that look like questions, in their thread, ' + 'but only when my sources cover them.',
  off: 'I do not answer in this channel (`/matchcut ask` still answers you privately).',
};

const modeList = channelModes.map((mode) => `• \`${mode}\`: ${modeDescriptions[mode]}`).join('\n');
const notAnOrganizer = 'Sorry, only organizers can change where I answer. The modes are:\n' + modeList;
const notInDirectMessages = 'Settings are per channel: run `/matchcut settings` in the channel you want to set.';

function isChannelMode(value: string): value is ChannelMode {
  return (channelModes as readonly string[]).includes(value);
}

export const settings: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  const requested = rest.trim().toLowerCase();
  const channelId = command.channel_id;
  if (channelId.startsWith('D')) {
    await ack(ephemeral(notInDirectMessages));
    return;
  }
  if (requested !== '' && !isChannelMode(requested)) {
    await ack(ephemeral(`\`${escapeAndTruncate(requested, 30)}\` is not a mode. The modes are:\n${modeList}`));
    return;
  }
  const channelSettings = context.core.channelSettings;
  if (channelSettings === undefined) {
    await ack(ephemeral('Channel settings are not available on this server.'));
    return;
  }
  await ack();
  await context.tasks.run('/matchcut settings', async () => {
    const channel = { platform: 'slack' as const, channelId, communityId: command.team_id };
    try {
      if (requested === '') {
        const current = await channelSettings.get(channel);
        const how = current.configured ? 'set by an organizer' : 'the default';
        await respond(
          ephemeral(
            `Answers in <#${channelId}>: \`${current.mode}\` (${how}). ${modeDescriptions[current.mode]}\n` +
              `Organizers change it with \`/matchcut settings mention|auto|off\`:\n${modeList}`,
          ),
        );
        return;
      }
      if (!(await context.organizers.isOrganizer(userId))) {
        context.logger.info({ userId, channelId }, 'settings refused: not an organizer');
        await respond(ephemeral(notAnOrganizer));
        return;
      }
      const saved = await channelSettings.setMode(channel, requested, `slack:${userId}`);
      context.logger.info({ userId, channelId, mode: saved.mode }, 'channel mode set');
      await respond(ephemeral(`Answers in <#${channelId}> are now \`${saved.mode}\`: ${modeDescriptions[saved.mode]}`));
    } catch (error) {
      context.logFailure('/matchcut settings', error, { userId, channelId });
      const reason = isMatchcutError(error) && error.code === 'BAD_INPUT' ? error.userMessage : undefined;
      await respond(
        ephemeral(
          reason === undefined ? 'Sorry, the setting could not be saved; the details are in the logs.' : reason,
        ),
      );
    }
  });
};
