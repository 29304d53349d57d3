/**
 * The per-channel answering modes, the channel they apply to, and the checks every store backend
 * runs on them (no SQLite here: src/index.ts exports them).
 */
import { z } from 'zod';
import { MatchcutError } from '../errors.js';

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

const channelSchema = z.object({
  platform: z.enum(channelPlatforms),
  channelId: z.string().trim().min(1).max(100),
  communityId: z.string().trim().min(1).max(100).optional(),
});

/** The channel, trimmed; BAD_INPUT naming the field otherwise. */
export function checkedChannel(channel: ChannelReference): ChannelReference {
  const parsed = channelSchema.safeParse(channel);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '(channel)';
  throw new MatchcutError('BAD_INPUT', `channel-setting-repository: ${field}: ${issue?.message ?? 'invalid'}`);
}

/** The mode when it is one of `channelModes`; BAD_INPUT otherwise. */
export function checkedChannelMode(mode: unknown): ChannelMode {
  const parsed = z.enum(channelModes).safeParse(mode);
  if (parsed.success) return parsed.data;
  throw new MatchcutError(
    'BAD_INPUT',
    `channel-setting-repository: mode: "${String(mode)}" is not one of ${channelModes.join(', ')}`,
    { userMessage: `The mode must be one of ${channelModes.join(', ')}.` },
  );
}
