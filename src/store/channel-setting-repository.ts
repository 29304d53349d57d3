/**
 * Where the bot answers, per channel (table from migration 5, one community's since migration 6):
 * `mention` (the default: mentions, DMs and its own threads), `auto` (also messages that look like
 * questions, when grounded, in a thread) or `off`. Synchronous; ./sqlite-store.ts offers it as the
 * async ChannelSettingStore.
 */
import {
  type ChannelMode,
  type ChannelReference,
  type ChannelSetting,
  checkedChannel,
  checkedChannelMode,
} from './channel-modes.js';
import { channelSettingFromRow } from './rows/channel-setting-rows.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';

export interface ChannelSettingRepository {
  channelSetting(channel: ChannelReference): ChannelSetting;
  setChannelMode(channel: ChannelReference, mode: ChannelMode, updatedBy: string, at: string): ChannelSetting;
}

export function createChannelSettingRepository(database: SqliteDatabase, community: string): ChannelSettingRepository {
  const statements = {
    get: scopedStatement(
      database,
      community,
      'SELECT * FROM channel_settings WHERE community = ? AND platform = ? AND channel_id = ?',
    ),
    set: namedScopedStatement(
      database,
      community,
      `
      INSERT INTO channel_settings (community, platform, channel_id, community_id, mode, updated_by, updated_at)
      VALUES (@community, @platform, @channelId, @communityId, @mode, @updatedBy, @updatedAt)
      ON CONFLICT (community, platform, channel_id) DO UPDATE SET
        community_id = COALESCE(excluded.community_id, community_id), mode = excluded.mode,
        updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ),
  };
  const read = (channel: ChannelReference): ChannelSetting => {
    return channelSettingFromRow(statements.get.get(channel.platform, channel.channelId), channel);
  };
  return {
    channelSetting: (channel) => read(checkedChannel(channel)),
    setChannelMode(channel, mode, updatedBy, at) {
      const checked = checkedChannel(channel);
      statements.set.run({
        platform: checked.platform,
        channelId: checked.channelId,
        communityId: checked.communityId ?? null,
        mode: checkedChannelMode(mode),
        updatedBy,
        updatedAt: at,
      });
      return read(checked);
    },
  };
}
