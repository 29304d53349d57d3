/**
 * Posts a matchmaking digest to a Discord channel: one message per suggestion, each with its
 * embed (reasons for both sides, sources) and the feedback buttons. Used by `/digest` and by
 * the scheduled digest.
 */
import { type Client, PermissionFlagsBits } from 'discord.js';
import { badInput, type Digest, forbidden, type Logger, type Matchcut } from '../../src/index.js';
import { describeDiscordFailure } from './discord-errors.js';
import { renderSuggestion } from './render.js';

export interface PostDigestDependencies {
  client: Client;
  core: Matchcut;
  logger: Logger;
}

export interface PostedDigest {
  digest: Digest;
  posted: number;
}

const neededInChannel = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
];

export async function postDigest(dependencies: PostDigestDependencies, channelId: string): Promise<PostedDigest> {
  const { client, core, logger } = dependencies;
  const channel = await client.channels.fetch(channelId).catch((error: unknown) => {
    throw describeDiscordFailure(error, `opening channel ${channelId} for a digest`);
  });
  if (channel === null || !channel.isSendable()) {
    throw badInput(`Channel ${channelId} cannot take messages from the bot.`, {
      userMessage: `I can't post in <#${channelId}>: pick a text channel of this server.`,
    });
  }
  if (!channel.isDMBased() && client.user !== null) {
    const permissions = channel.permissionsFor(client.user);
    // "SendMessages" → "Send Messages", as the server settings name them.
    const missing = (permissions === null ? [] : permissions.missing(neededInChannel)).map((name) =>
      name.replace(/(?<=[a-z])(?=[A-Z])/g, ' '),
    );
    if (missing.length > 0) {
      throw forbidden(`Missing ${missing.join(', ')} in channel ${channelId}.`, {
        userMessage: `I can't post in <#${channelId}>: give me ${missing.join(', ')} there.`,
      });
    }
  }
  const digest = await core.digest({ channel: `discord:${channelId}` });
  let posted = 0;
  for (const suggestion of digest.suggestions) {
    try {
      await channel.send(renderSuggestion(suggestion));
    } catch (error) {
      throw describeDiscordFailure(error, `posting suggestion ${suggestion.id} to channel ${channelId}`);
    }
    posted += 1;
  }
  logger.info({ digestId: digest.id, channelId, posted, unmetNeeds: digest.unmetNeeds.length }, 'posted a digest');
  return { digest, posted };
}
