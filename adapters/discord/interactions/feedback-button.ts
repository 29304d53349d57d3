/**
 * The digest's feedback buttons: the verdict is recorded, the suggestion shows it, the member
 * gets a private confirmation, and when both sides are interested they are introduced in a
 * thread on the suggestion's message. The suggestion keeps the language it was posted in; the
 * introduction is in the clicking member's language (`interaction.locale`) and, for the other side,
 * whose Discord language the bot cannot know, in the server's (`preferredLocale`): one message per
 * language when they differ.
 */
import { chooseLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
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
import { introductionThreadName, noMentions, renderFeedbackRecorded, renderSuggestion } from '../render.js';
import { renderIntroductions, suggestionLocaleOf } from '../render-matchmaking.js';

/**
 * The introduction's languages: the clicking member's, then the server's for the other side's
 * members (`result.party` is the clicking member's side).
 */
export function introductionLocales(
  result: FeedbackResult,
  interaction: Pick<ButtonInteraction, 'locale' | 'guildLocale' | 'guild'>,
): Locale[] {
  const others = result.party === 'a' ? result.members.b : result.members.a;
  const otherDiscordMembers = others.filter((member) => member.startsWith('discord:'));
  const locales = [chooseLocale({ memberLocale: interaction.locale })];
  const serverLocale = interaction.guildLocale ?? interaction.guild?.preferredLocale;
  if (otherDiscordMembers.length > 0) locales.push(chooseLocale({ memberLocale: serverLocale }));
  return [...new Set(locales)];
}

export async function feedbackButton(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const parsed = parseFeedbackCustomId(interaction.customId);
  const locale = chooseLocale({ memberLocale: interaction.locale });
  if (parsed === undefined) {
    const content = translate(locale, 'buttonInactive');
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { ...noMentions } });
    return;
  }
  await interaction.deferUpdate();
  try {
    const actor = context.actorOf(interaction.user.id);
    const result = await context.core.feedback({ suggestionId: parsed.suggestionId, verdict: parsed.verdict, actor });
    const posted = suggestionLocaleOf(interaction.message.embeds.map((embed) => embed.toJSON()));
    await interaction.editReply(
      renderSuggestion(result.suggestion, result.state, posted ?? context.config.digestLanguage ?? 'en'),
    );
    await interaction.followUp({ ...renderFeedbackRecorded(result, locale), flags: MessageFlags.Ephemeral });
    if (result.introduce) {
      const locales = introductionLocales(result, interaction);
      await introduce(context, interaction.message, result, locales);
    }
  } catch (error) {
    await context.respondWithError(interaction, error, 'recording feedback', 'follow-up');
  }
}

/** Opens a thread on the suggestion's message and introduces both sides there. */
async function introduce(
  context: DiscordContext,
  message: Message,
  result: FeedbackResult,
  locales: readonly Locale[],
): Promise<void> {
  const { client, logger } = context;
  const channel = await client.channels.fetch(message.channelId);
  if (channel === null || !channel.isTextBased() || channel.isDMBased()) {
    throw configError(`Cannot introduce in channel ${message.channelId}: it is not a server text channel.`);
  }
  const introductions = renderIntroductions(result, locales);
  if (channel.isThread()) {
    for (const introduction of introductions) await channel.send(introduction);
    return;
  }
  if (!('threads' in channel)) throw configError(`Channel ${channel.id} cannot hold threads.`);
  let thread: AnyThreadChannel;
  try {
    thread = await channel.threads.create({
      startMessage: message.id,
      name: introductionThreadName(result.suggestion, locales[0]),
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
  for (const introduction of introductions) await thread.send(introduction);
  logger.info({ suggestionId: result.suggestion.id, threadId: thread.id }, 'introduced both sides in a thread');
}
