/**
 * Answers that go "in the message's thread": the thread the message is in, or a thread started
 * on the message (a DM has no threads: the DM itself). Used by `auto` channels and by the
 * "Ask matchcut" message command.
 */
import { DiscordAPIError, RESTJSONErrorCodes, type SendableChannels, ThreadAutoArchiveDuration } from 'discord.js';
import { configError } from '../../src/index.js';
import type { DiscordContext } from './discord-context.js';

/** Discord's limit for a thread name. */
const threadNameLimit = 100;

export function threadNameFor(question: string): string {
  const oneLine = question.replace(/\s+/g, ' ').trim();
  const name = oneLine.length > threadNameLimit ? `${oneLine.slice(0, threadNameLimit - 1)}…` : oneLine;
  return name === '' ? 'matchcut' : name;
}

export async function threadForMessage(
  context: DiscordContext,
  location: { channelId: string; messageId: string },
  name: string,
): Promise<SendableChannels> {
  const { client } = context;
  const channel = await client.channels.fetch(location.channelId);
  if (channel === null || !channel.isSendable()) {
    throw configError(`Cannot answer in channel ${location.channelId}: the bot cannot send messages there.`);
  }
  if (channel.isThread() || channel.isDMBased() || !('threads' in channel)) return channel;
  try {
    return await channel.threads.create({
      startMessage: location.messageId,
      name: threadNameFor(name),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      reason: 'matchcut: an answer to this message',
    });
  } catch (error) {
    // A thread was already opened on this message: answer there (it has the message's id).
    if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage))
      throw error;
    const existing = await client.channels.fetch(location.messageId);
    if (existing === null || !existing.isThread()) throw error;
    return existing;
  }
}
