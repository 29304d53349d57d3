/** Ask options saying where a Discord question came from (the question log records them). */
import type { CoreAskOptions } from '../../src/index.js';

export function discordAskOrigin(origin: {
  guildId: string | null | undefined;
  channelId: string | null | undefined;
  userId: string;
}): CoreAskOptions {
  return {
    platform: 'discord',
    communityId: origin.guildId ?? undefined,
    channelId: origin.channelId ?? undefined,
    memberId: `discord:${origin.userId}`,
  };
}
