/**
 * Where the bot answers, per channel (table from migration 5): `mention` (the default: mentions,
 * DMs and its own threads), `auto` (also messages that look like questions, when grounded, in a
 * thread) or `off`. Opens its own connection to the store's file after `openStore` has applied the
 * migrations (like the feed repository), so the core's store composition stays as it is.
 */
import Database from 'better-sqlite3';
import { z } from 'zod';
import { MatchcutError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import {
  type ChannelMode,
  type ChannelReference,
  type ChannelSetting,
  channelModes,
  channelPlatforms,
  defaultChannelMode,
} from './channel-modes.js';
import { openStore } from './open-store.js';

export interface ChannelSettingRepository {
  channelSetting(channel: ChannelReference): ChannelSetting;
  setChannelMode(channel: ChannelReference, mode: ChannelMode, updatedBy: string, at: string): ChannelSetting;
  close(): void;
}

const channelSchema = z.object({
  platform: z.enum(channelPlatforms),
  channelId: z.string().trim().min(1).max(100),
  communityId: z.string().trim().min(1).max(100).optional(),
});

const rowSchema = z.object({
  platform: z.enum(channelPlatforms),
  channel_id: z.string(),
  community_id: z.string().nullable(),
  mode: z.enum(channelModes),
  updated_by: z.string(),
  updated_at: z.string(),
});

function checkedChannel(channel: ChannelReference): ChannelReference {
  const parsed = channelSchema.safeParse(channel);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '(channel)';
  throw new MatchcutError('BAD_INPUT', `channel-setting-repository: ${field}: ${issue?.message ?? 'invalid'}`);
}

export function openChannelSettingRepository(file: string, options: { logger: Logger }): ChannelSettingRepository {
  // openStore creates the file and applies every migration (the channel settings table included).
  openStore(file, options).close();
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  const statements = {
    get: database.prepare('SELECT * FROM channel_settings WHERE platform = ? AND channel_id = ?'),
    set: database.prepare(`
      INSERT INTO channel_settings (platform, channel_id, community_id, mode, updated_by, updated_at)
      VALUES (@platform, @channelId, @communityId, @mode, @updatedBy, @updatedAt)
      ON CONFLICT (platform, channel_id) DO UPDATE SET community_id = COALESCE(excluded.community_id, community_id),
        mode = excluded.mode, updated_by = excluded.updated_by, updated_at = excluded.updated_at`),
  };
  const read = (channel: ChannelReference): ChannelSetting => {
    const row = statements.get.get(channel.platform, channel.channelId);
    if (row === undefined) {
      return { ...channel, mode: defaultChannelMode, configured: false, updatedBy: undefined, updatedAt: undefined };
    }
    const parsed = rowSchema.parse(row);
    return {
      platform: parsed.platform,
      channelId: parsed.channel_id,
      communityId: parsed.community_id ?? channel.communityId,
      mode: parsed.mode,
      configured: true,
      updatedBy: parsed.updated_by,
      updatedAt: parsed.updated_at,
    };
  };
  return {
    channelSetting: (channel) => read(checkedChannel(channel)),
    setChannelMode(channel, mode, updatedBy, at) {
      const checked = checkedChannel(channel);
      const checkedMode = z.enum(channelModes).safeParse(mode);
      if (!checkedMode.success) {
        throw new MatchcutError(
          'BAD_INPUT',
          `channel-setting-repository: mode: "${String(mode)}" is not one of ${channelModes.join(', ')}`,
          { userMessage: `The mode must be one of ${channelModes.join(', ')}.` },
        );
      }
      statements.set.run({
        platform: checked.platform,
        channelId: checked.channelId,
        communityId: checked.communityId ?? null,
        mode: checkedMode.data,
        updatedBy,
        updatedAt: at,
      });
      return read(checked);
    },
    close() {
      if (database.open) database.close();
    },
  };
}
