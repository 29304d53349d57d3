/** Schema migration version 5 — per-channel answering modes (`mention`, `auto`, `off`), set by organizers. */
import type { Migration } from '../migrations.js';

export const channelSettingMigrations: readonly Migration[] = [
  {
    version: 5,
    name: 'channel settings: where the bot answers',
    up(database) {
      database.exec(`
        -- One row per configured channel; a channel without a row answers in the default mode (mention).
        CREATE TABLE channel_settings (
          platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
          channel_id TEXT NOT NULL,
          community_id TEXT,
          mode TEXT NOT NULL CHECK (mode IN ('mention', 'auto', 'off')),
          updated_by TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (platform, channel_id)
        );
      `);
    },
  },
];
