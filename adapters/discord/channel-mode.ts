/**
 * The answering mode of the channel a message or interaction is in (`mention`, `auto`, `off`),
 * as organizers set it with `/settings`. A thread follows the channel it belongs to. When the
 * core has no settings or the store cannot be read, the default mode applies.
 */
import type { Channel } from 'discord.js';
import { type ChannelMode, type ChannelReference, defaultChannelMode } from '../../src/index.js';
import type { DiscordContext } from './discord-context.js';

/** The channel a setting is stored for: a thread's parent, or the channel itself. */
export function settingChannelOf(
  channel: Channel | null,
  channelId: string,
  guildId: string | null | undefined,
): ChannelReference {
  const id = channel !== null && channel.isThread() && channel.parentId !== null ? channel.parentId : channelId;
  return { platform: 'discord', channelId: id, ...(guildId == null ? {} : { communityId: guildId }) };
}

export async function channelModeOf(context: DiscordContext, channel: ChannelReference): Promise<ChannelMode> {
  if (context.core.channelSettings === undefined) return defaultChannelMode;
  try {
    return (await context.core.channelSettings.get(channel)).mode;
  } catch (error) {
    context.logger.warn(
      { err: error, channelId: channel.channelId },
      'could not read the channel setting; using the default mode',
    );
    return defaultChannelMode;
  }
}
