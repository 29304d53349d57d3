/**
 * Where the bot answers, per channel, in PostgreSQL (same behaviour as the SQLite repository): a
 * channel without a row answers in the default mode; input is checked with the shared channel checks.
 */
import { z } from 'zod';
import {
  type ChannelReference,
  type ChannelSetting,
  channelModes,
  channelPlatforms,
  checkedChannel,
  checkedChannelMode,
  defaultChannelMode,
} from '../channel-modes.js';
import type { ChannelSettingStore } from '../store-interface.js';
import type { PostgresContext } from './postgres-context.js';

const rowSchema = z.object({
  platform: z.enum(channelPlatforms),
  channel_id: z.string(),
  community_id: z.string().nullable(),
  mode: z.enum(channelModes),
  updated_by: z.string(),
  updated_at: z.string(),
});

export function createPostgresChannelSettingStore(context: PostgresContext): ChannelSettingStore {
  const { community } = context;
  const read = async (channel: ChannelReference): Promise<ChannelSetting> => {
    const result = await context.query(
      `SELECT platform, channel_id, community_id, mode, updated_by, updated_at FROM channel_settings
       WHERE community = $1 AND platform = $2 AND channel_id = $3`,
      [community, channel.platform, channel.channelId],
    );
    if (result.rows[0] === undefined) {
      return { ...channel, mode: defaultChannelMode, configured: false, updatedBy: undefined, updatedAt: undefined };
    }
    const parsed = rowSchema.safeParse(result.rows[0]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `postgres-channel-setting-store: channel_settings.${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
      );
    }
    const row = parsed.data;
    return {
      platform: row.platform,
      channelId: row.channel_id,
      communityId: row.community_id ?? channel.communityId,
      mode: row.mode,
      configured: true,
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
    };
  };
  return {
    // async: a bad channel rejects the promise rather than throwing at the call.
    async channelSetting(channel) {
      return read(checkedChannel(channel));
    },
    async setChannelMode(channel, mode, updatedBy, at) {
      const checked = checkedChannel(channel);
      const checkedMode = checkedChannelMode(mode);
      await context.query(
        `INSERT INTO channel_settings (community, platform, channel_id, community_id, mode, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (community, platform, channel_id) DO UPDATE SET
           community_id = COALESCE(excluded.community_id, channel_settings.community_id),
           mode = excluded.mode, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [community, checked.platform, checked.channelId, checked.communityId ?? null, checkedMode, updatedBy, at],
      );
      return read(checked);
    },
  };
}
