/**
 * Where the bot answers, per channel, in PostgreSQL (same behaviour as the SQLite repository): a
 * channel without a row answers in the default mode; input is checked with the shared channel checks.
 */
import { type ChannelReference, type ChannelSetting, checkedChannel, checkedChannelMode } from '../channel-modes.js';
import { channelSettingFromRow } from '../rows/channel-setting-rows.js';
import type { ChannelSettingStore } from '../store-interface.js';
import type { PostgresContext } from './postgres-context.js';

export function createPostgresChannelSettingStore(context: PostgresContext): ChannelSettingStore {
  const { community } = context;
  const read = async (channel: ChannelReference): Promise<ChannelSetting> => {
    const result = await context.query(
      `SELECT platform, channel_id, community_id, mode, updated_by, updated_at FROM channel_settings
       WHERE community = $1 AND platform = $2 AND channel_id = $3`,
      [community, channel.platform, channel.channelId],
    );
    return channelSettingFromRow(result.rows[0], channel);
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
