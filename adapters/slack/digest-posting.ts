/**
 * Posting a digest to a Slack channel: choose, post, then record. The core plans the digest split
 * into the messages render.ts makes of it (one part per message); each message is posted and then
 * recorded, so only posted suggestions count as suggested. A failed post releases the digest: the
 * next try (the organizer's, or the next scheduled run while the pairs are reserved) posts the same
 * digest, from the first message not posted yet. A public channel the bot is not in yet is joined
 * once before trying again. The digest is written in `options.locale`: the organizer's language, or the
 * digest language setting (SLACK_DIGEST_LANGUAGE) for the schedule.
 */
import type { Digest, DigestPlan } from '../../src/index.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { replyForError } from './error-replies.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderDigest } from './render.js';
import type { SlackMessage } from './render-blocks.js';
import { type SlackContext, slackErrorCode } from './slack-context.js';

export interface PostedDigest {
  digest: Digest;
  /** The messages this call posted, in order. */
  timestamps: string[];
  /** Messages of this digest an earlier, failed try had already posted (a retry posts the rest). */
  alreadyPosted: number;
}

/** Whether the message carries the suggestion's feedback buttons (where its part is). */
function carriesSuggestion(message: SlackMessage, suggestionId: string): boolean {
  return message.blocks.some(
    (block) =>
      block.type === 'actions' &&
      block.elements.some((element) => 'value' in element && element.value === suggestionId),
  );
}

/** The parts of a digest as Slack gets it: one per rendered message, with the suggestions it carries. */
export function splitDigestByMessage(digest: Digest, locale: Locale = defaultLocale): string[][] {
  const messages = renderDigest(digest, locale);
  const parts = messages.map((): string[] => []);
  for (const suggestion of digest.suggestions) {
    const index = messages.findIndex((message) => carriesSuggestion(message, suggestion.id));
    parts[Math.max(index, 0)]?.push(suggestion.id);
  }
  return parts;
}

/** The message of each part; rendered per part when the rendering no longer matches the stored split. */
function messagesOfPlan(plan: DigestPlan, locale: Locale): SlackMessage[] {
  const messages = renderDigest(plan.digest, locale);
  if (messages.length === plan.parts.length) return messages;
  return plan.parts.map((part) => {
    const suggestions = plan.digest.suggestions.filter((suggestion) => part.suggestionIds.includes(suggestion.id));
    const last = part.index === plan.parts.length - 1;
    const [message] = renderDigest(
      { ...plan.digest, suggestions, unmetNeeds: last ? plan.digest.unmetNeeds : [] },
      locale,
    );
    return message as SlackMessage;
  });
}

export async function postDigest(
  context: SlackContext,
  channel: string,
  options: { size?: number; locale?: Locale } = {},
): Promise<PostedDigest> {
  const { core, logger, client } = context;
  const locale = options.locale ?? defaultLocale;
  const plan = await core.planDigest({
    channel: `slack:${channel}`,
    ...(options.size === undefined ? {} : { limit: options.size }),
    split: (chosen) => splitDigestByMessage(chosen, locale),
  });
  const { digest } = plan;
  const alreadyPosted = plan.parts.filter((part) => part.postedAt !== undefined).length;
  if (digest.suggestions.length === 0) {
    logger.info({ channel, digestId: digest.id }, 'digest had no suggestions; nothing posted');
    return { digest, timestamps: [], alreadyPosted };
  }
  const messages = messagesOfPlan(plan, locale);
  const timestamps: string[] = [];
  let joined = false;
  const post = async (message: SlackMessage): Promise<string | undefined> => {
    try {
      return (await context.postMessages(channel, [message]))[0];
    } catch (error) {
      // A public channel the bot is not in yet: join it once and try again.
      if (slackErrorCode(error) !== 'not_in_channel' || joined) throw error;
      joined = true;
      await client.conversations.join({ channel });
      return (await context.postMessages(channel, [message]))[0];
    }
  };
  try {
    for (const part of plan.parts) {
      if (part.postedAt !== undefined) continue;
      const ts = await post(messages[part.index] as SlackMessage);
      await core.recordDigestPart(digest.id, part.index, ts);
      if (ts !== undefined) timestamps.push(ts);
    }
  } catch (error) {
    const posted = alreadyPosted + timestamps.length;
    logger.warn({ channel, digestId: digest.id, posted, parts: plan.parts.length }, 'digest post failed; released');
    await core.releaseDigest(digest.id);
    throw error;
  }
  const suggestions = digest.suggestions.length;
  logger.info(
    { channel, digestId: digest.id, suggestions, messages: timestamps.length, alreadyPosted },
    'digest posted',
  );
  return { digest, timestamps, alreadyPosted };
}

/**
 * mrkdwn: the channel link is ours, the error text is escaped. Nothing unposted was marked as
 * suggested, so trying again (after inviting the bot) posts the same digest.
 */
export function digestFailureReply(error: unknown, channel: string, locale: Locale = defaultLocale): string {
  const code = slackErrorCode(error);
  if (code === 'not_in_channel' || code === 'channel_not_found') {
    return translate(locale, 'slackDigestCannotPost', { code, channel: `<#${channel}>` });
  }
  return escapeMrkdwn(replyForError(error, locale));
}
