/**
 * `/matchcut settings [mention|auto|off]`: where the bot answers in this channel. Anyone may see
 * the mode; only organizers (SLACK_ORGANIZERS) may change it. Stored in the core, so it survives
 * restarts. Replies are in the member's language (mode names stay as typed).
 */
import type { Locale } from '../../i18n/locales.js';
import { type MessageKey, translate } from '../../i18n/translate.js';
import { type ChannelMode, channelModes, isMatchcutError } from '../../../src/index.js';
import { escapeAndTruncate } from '../mrkdwn.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

const modeDescriptionKeys: Record<ChannelMode, MessageKey> = {
  mention: 'settingsSlackMention',
  auto: 'settingsSlackAuto',
  off: 'settingsSlackOff',
};

export const modeDescription = (locale: Locale, mode: ChannelMode): string =>
  translate(locale, modeDescriptionKeys[mode]);

const modeList = (locale: Locale): string =>
  channelModes.map((mode) => `• \`${mode}\`: ${modeDescription(locale, mode)}`).join('\n');
const theModes = (locale: Locale): string => `${translate(locale, 'settingsModesAre')}\n${modeList(locale)}`;

function isChannelMode(value: string): value is ChannelMode {
  return (channelModes as readonly string[]).includes(value);
}

export const settings: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  const requested = rest.trim().toLowerCase();
  const channelId = command.channel_id;
  // Replies given with the acknowledgement cannot wait for the member's locale look-up.
  const localeNow = context.locales.localeNow(userId);
  if (channelId.startsWith('D')) {
    await ack(ephemeral(translate(localeNow, 'settingsPerChannelSlack')));
    return;
  }
  if (requested !== '' && !isChannelMode(requested)) {
    const mode = `\`${escapeAndTruncate(requested, 30)}\``;
    await ack(ephemeral(`${translate(localeNow, 'settingsNotAMode', { mode })} ${theModes(localeNow)}`));
    return;
  }
  const channelSettings = context.core.channelSettings;
  if (channelSettings === undefined) {
    await ack(ephemeral(translate(localeNow, 'settingsUnavailable')));
    return;
  }
  await ack();
  await context.tasks.run('/matchcut settings', async () => {
    const locale = await context.locales.localeFor(userId);
    const channel = { platform: 'slack' as const, channelId, communityId: command.team_id };
    try {
      if (requested === '') {
        const current = await channelSettings.get(channel);
        const how = translate(locale, current.configured ? 'settingsSetByOrganizer' : 'settingsByDefault');
        const shown = translate(locale, 'settingsCurrent', {
          channel: `<#${channelId}>`,
          mode: current.mode,
          how,
          description: modeDescription(locale, current.mode),
        });
        const change = translate(locale, 'settingsHowToChange', { command: '`/matchcut settings mention|auto|off`' });
        await respond(ephemeral(`${shown}\n${change}\n${modeList(locale)}`));
        return;
      }
      if (!(await context.organizers.isOrganizer(userId))) {
        context.logger.info({ userId, channelId }, 'settings refused: not an organizer');
        await respond(ephemeral(`${translate(locale, 'onlyOrganizersSettings')} ${theModes(locale)}`));
        return;
      }
      const saved = await channelSettings.setMode(channel, requested, `slack:${userId}`);
      context.logger.info({ userId, channelId, mode: saved.mode }, 'channel mode set');
      const description = modeDescription(locale, saved.mode);
      await respond(
        ephemeral(translate(locale, 'settingsNowMode', { channel: `<#${channelId}>`, mode: saved.mode, description })),
      );
    } catch (error) {
      context.logFailure('/matchcut settings', error, { userId, channelId });
      const reason = isMatchcutError(error) && error.code === 'BAD_INPUT' ? error.userMessage : undefined;
      await respond(ephemeral(reason === undefined ? translate(locale, 'settingsNotSaved') : reason));
    }
  });
};
