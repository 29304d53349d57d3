/**
 * Posting rendered messages: chat.postMessage with link previews off, and slash-command
 * replies through response_url (up to 5 per command; the rest through chat.postMessage).
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../src/index.js';
import type { SlackMessage } from './render.js';

export const messageOptions = { unfurl_links: false, unfurl_media: false } as const;

/** response_url accepts up to this many replies per command. */
const responseUrlReplies = 5;

export type Respond = (message: Record<string, unknown>) => Promise<unknown>;

export interface Posting {
  /** Posts each message (in a thread when `threadTs` is given); returns their timestamps. */
  postMessages(channel: string, messages: SlackMessage[], threadTs?: string): Promise<string[]>;
  /** Replies through response_url; anything beyond its limit goes through chat.postMessage. */
  respondAll(
    respond: Respond,
    messages: SlackMessage[],
    responseType: 'ephemeral' | 'in_channel',
    channel: string,
  ): Promise<void>;
}

export function createPosting(client: App['client'], logger: Logger): Posting {
  async function postMessages(channel: string, messages: SlackMessage[], threadTs?: string): Promise<string[]> {
    const timestamps: string[] = [];
    for (const message of messages) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        ...messageOptions,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      });
      if (result.ts !== undefined) timestamps.push(result.ts);
    }
    return timestamps;
  }

  async function respondAll(
    respond: Respond,
    messages: SlackMessage[],
    responseType: 'ephemeral' | 'in_channel',
    channel: string,
  ): Promise<void> {
    for (const message of messages.slice(0, responseUrlReplies)) {
      await respond({
        response_type: responseType,
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
        ...messageOptions,
      });
    }
    const rest = messages.slice(responseUrlReplies);
    if (rest.length === 0) return;
    if (responseType === 'in_channel') await postMessages(channel, rest);
    else
      logger.warn({ dropped: rest.length }, 'an ephemeral reply needed more than the 5 messages a response_url allows');
  }

  return { postMessages, respondAll };
}
