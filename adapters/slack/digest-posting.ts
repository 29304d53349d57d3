/**
 * Posting a digest to a Slack channel: the core chooses it, render.ts turns it into messages,
 * and a public channel the bot is not in yet is joined once before trying again.
 */
import type { Digest } from '../../src/index.js';
import { replyForError } from './error-replies.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderDigest } from './render.js';
import { type SlackContext, slackErrorCode } from './slack-context.js';

export interface PostedDigest {
  digest: Digest;
  timestamps: string[];
}

export async function postDigest(
  context: SlackContext,
  channel: string,
  options: { size?: number } = {},
): Promise<PostedDigest> {
  const { core, logger, client } = context;
  const digest = await core.digest({
    channel: `slack:${channel}`,
    ...(options.size === undefined ? {} : { limit: options.size }),
  });
  if (digest.suggestions.length === 0) {
    logger.info({ channel, digestId: digest.id }, 'digest had no suggestions; nothing posted');
    return { digest, timestamps: [] };
  }
  const messages = renderDigest(digest);
  let timestamps: string[];
  try {
    timestamps = await context.postMessages(channel, messages);
  } catch (error) {
    // A public channel the bot is not in yet: join it once and try again.
    if (slackErrorCode(error) !== 'not_in_channel') throw error;
    await client.conversations.join({ channel });
    timestamps = await context.postMessages(channel, messages);
  }
  const suggestions = digest.suggestions.length;
  logger.info({ channel, digestId: digest.id, suggestions, messages: messages.length }, 'digest posted');
  return { digest, timestamps };
}

/** mrkdwn: the channel link is ours, the error text is escaped. */
export function digestFailureReply(error: unknown, channel: string): string {
  const code = slackErrorCode(error);
  if (code === 'not_in_channel' || code === 'channel_not_found') {
    return (
      `I can't post in that channel (${code}). Invite me first with \`/invite @matchcut\` in <#${channel}>, ` +
      `then try again.`
    );
  }
  return escapeMrkdwn(replyForError(error));
}
