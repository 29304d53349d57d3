/** The per-channel answering modes and the channel they apply to (no SQLite here: src/index.ts exports them). */

export const channelModes = ['mention', 'auto', 'off'] as const;
export type ChannelMode = (typeof channelModes)[number];
export const defaultChannelMode: ChannelMode = 'mention';

export const channelPlatforms = ['slack', 'discord'] as const;
export type ChannelPlatform = (typeof channelPlatforms)[number];

export interface ChannelReference {
  platform: ChannelPlatform;
  channelId: string;
  /** The Slack team or Discord server the channel belongs to, when known. */
  communityId?: string | undefined;
}

export interface ChannelSetting extends ChannelReference {
  mode: ChannelMode;
  /** Whether the mode was set by an organizer (false: the default). */
  configured: boolean;
  updatedBy: string | undefined;
  updatedAt: string | undefined;
}
