/**
 * Posts a matchmaking digest to a Discord channel: one message per suggestion, each with its
 * embed (reasons for both sides, sources) and the feedback buttons. Used by `/digest` and by
 * the scheduled digest. Choose, post, then record: the core plans the digest with one part per
 * suggestion, each message is recorded once sent (only then is its pair suggested), and a failed
 * send releases the digest, so the next try posts the same suggestions not sent yet. Written in
 * `options.locale`: the organizer's language after `/digest`, DISCORD_DIGEST_LANGUAGE for the schedule.
 */
import { type Client, PermissionFlagsBits } from 'discord.js';
import { badInput, type Digest, forbidden, type Logger, type Matchcut, MatchcutError } from '../../src/index.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { describeDiscordFailure } from './discord-errors.js';
import { renderSuggestion } from './render.js';

export interface PostDigestDependencies {
  client: Client;
  core: Matchcut;
  logger: Logger;
}

export interface PostedDigest {
  digest: Digest;
  /** Suggestions this call sent. */
  posted: number;
  /** Suggestions of this digest an earlier, failed try had already sent. */
  alreadyPosted: number;
}

const neededInChannel = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
];

/** The member learns that nothing unsent was marked, and that the retry posts the same digest. */
function withRetryNote(failure: MatchcutError): MatchcutError {
  return new MatchcutError(failure.code, failure.message, {
    cause: failure,
    // renderError adds the localized note (digestRetryNote) to whichever text the failure gets.
    details: { ...failure.details, digestRetry: true },
    userMessage: failure.userMessage,
  });
}

export async function postDigest(
  dependencies: PostDigestDependencies,
  channelId: string,
  options: { locale?: Locale | undefined } = {},
): Promise<PostedDigest> {
  const { client, core, logger } = dependencies;
  const locale = options.locale ?? defaultLocale;
  const channel = await client.channels.fetch(channelId).catch((error: unknown) => {
    throw describeDiscordFailure(error, `opening channel ${channelId} for a digest`);
  });
  if (channel === null || !channel.isSendable()) {
    throw badInput(`Channel ${channelId} cannot take messages from the bot.`, {
      userMessage: translate(locale, 'discordCannotPostIn', { channel: `<#${channelId}>` }),
      details: { reason: 'CANNOT_POST', channelId },
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
        userMessage: translate(locale, 'discordMissingPermissionsIn', {
          channel: `<#${channelId}>`,
          permissions: missing.join(', '),
        }),
        details: { reason: 'MISSING_PERMISSIONS', channelId },
      });
    }
  }
  const plan = await core.planDigest({
    channel: `discord:${channelId}`,
    split: (chosen) => chosen.suggestions.map((suggestion) => [suggestion.id]),
  });
  const { digest } = plan;
  const alreadyPosted = digest.suggestions.length === 0 ? 0 : plan.parts.filter((part) => part.postedAt).length;
  let posted = 0;
  for (const part of plan.parts) {
    const suggestion = digest.suggestions.find((entry) => entry.id === part.suggestionIds[0]);
    if (part.postedAt !== undefined || suggestion === undefined) continue;
    let messageId: string;
    try {
      messageId = (await channel.send(renderSuggestion(suggestion, undefined, locale))).id;
    } catch (error) {
      logger.warn({ digestId: digest.id, channelId, posted, alreadyPosted }, 'digest post failed; released');
      await core.releaseDigest(digest.id);
      throw withRetryNote(describeDiscordFailure(error, `posting suggestion ${suggestion.id} to channel ${channelId}`));
    }
    await core.recordDigestPart(digest.id, part.index, messageId);
    posted += 1;
  }
  const unmetNeeds = digest.unmetNeeds.length;
  logger.info({ digestId: digest.id, channelId, posted, alreadyPosted, unmetNeeds }, 'posted a digest');
  return { digest, posted, alreadyPosted };
}
