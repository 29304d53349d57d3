/** Schema migration version 5 — per-channel answering modes (owned by the channel-settings work). Empty until that work lands. */
import type { Migration } from '../migrations.js';

export const channelSettingMigrations: readonly Migration[] = [];
