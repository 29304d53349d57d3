/**
 * A channel's setting from its row as both backends read it (SQLite and PostgreSQL share the
 * columns); a channel without a row answers in the default mode.
 */
import { z } from 'zod';
import {
  type ChannelReference,
  type ChannelSetting,
  channelModes,
  channelPlatforms,
  defaultChannelMode,
} from '../channel-modes.js';
import { parsedRow } from './parsed-row.js';

const rowSchema = z.object({
  platform: z.enum(channelPlatforms),
  channel_id: z.string(),
  community_id: z.string().nullable(),
  mode: z.enum(channelModes),
  updated_by: z.string(),
  updated_at: z.string(),
});

/** The setting of `channel` from its row (undefined: none stored). */
export function channelSettingFromRow(row: unknown, channel: ChannelReference): ChannelSetting {
  if (row === undefined) {
    return { ...channel, mode: defaultChannelMode, configured: false, updatedBy: undefined, updatedAt: undefined };
  }
  const parsed = parsedRow(rowSchema, row, 'channel_settings');
  return {
    platform: parsed.platform,
    channelId: parsed.channel_id,
    communityId: parsed.community_id ?? channel.communityId,
    mode: parsed.mode,
    configured: true,
    updatedBy: parsed.updated_by,
    updatedAt: parsed.updated_at,
  };
}
