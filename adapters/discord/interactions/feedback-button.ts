/**
 * The digest's feedback buttons: the verdict is recorded, the suggestion shows it, the member
 * gets a private confirmation, and when both sides are interested they are introduced in a
 * thread on the suggestion's message.
 */
import { chooseLocale } from '../../i18n/locales.js';
import {
  type AnyThreadChannel,
  type ButtonInteraction,
  DiscordAPIError,
  type Message,
  MessageFlags,
  RESTJSONErrorCodes,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import { configError, type FeedbackResult } from '../../../src/index.js';
import { parseFeedbackCustomId } from '../custom-ids.js';
import type { DiscordContext } from '../discord-context.js';
import {
  introductionThreadName,
  noMentions,
  renderFeedbackRecorded,
  renderIntroduction,
  renderSuggestion,
} from '../render.js';

export async function feedbackButton(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const parsed = parseFeedbackCustomId(interaction.customId);
  if (parsed === undefined) {
    const content = 'This button is no longer active.';
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { ...noMentions } });
    return;
  }
  await interaction.deferUpdate();
  try {
    const actor = context.actorOf(interaction.user.id);
    const result = await context.core.feedback({ suggestionId: parsed.suggestionId, verdict: parsed.verdict, actor });
    await interaction.editReply(renderSuggestion(result.suggestion, result.state));
    await interaction.followUp({
      ...renderFeedbackRecorded(result, chooseLocale({ memberLocale: interaction.locale })),
      flags: MessageFlags.Ephemeral,
    });
    if (result.introduce) await introduce(context, interaction.message, result);
  } catch (error) {
    await context.respondWithError(interaction, error, 'recording feedback', 'follow-up');
  }
}

/** Opens a thread on the suggestion's message and introduces both sides there. */
async function introduce(context: DiscordContext, message: Message, result: FeedbackResult): Promise<void> {
  const { client, logger } = context;
  const channel = await client.channels.fetch(message.channelId);
  if (channel === null || !channel.isTextBased() || channel.isDMBased()) {
    throw configError(`Cannot introduce in channel ${message.channelId}: it is not a server text channel.`);
  }
  const introduction = renderIntroduction(result);
  if (channel.isThread()) {
    await channel.send(introduction);
    return;
  }
  if (!('threads' in channel)) throw configError(`Channel ${channel.id} cannot hold threads.`);
  let thread: AnyThreadChannel;
  try {
    thread = await channel.threads.create({
      startMessage: message.id,
      name: introductionThreadName(result.suggestion),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
      reason: 'matchcut: both sides are interested',
    });
  } catch (error) {
    // Someone already opened a thread on this message: introduce them there (it has the message's id).
    if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage))
      throw error;
    const existing = await client.channels.fetch(message.id);
    if (existing === null || !existing.isThread()) throw error;
    thread = existing;
  }
  await thread.send(introduction);
  logger.info({ suggestionId: result.suggestion.id, threadId: thread.id }, 'introduced both sides in a thread');
}
