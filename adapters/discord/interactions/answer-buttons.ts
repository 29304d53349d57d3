/**
 * The buttons under an answer. Helpful / Not helpful record the member's vote (one per member per
 * answer; a new click changes it) and confirm it privately; after "Not helpful", Ask an organizer
 * posts the question in the answer's channel or thread mentioning the organizer role
 * (DISCORD_ORGANIZER_ROLE) — the one deliberate mention, allowed for that role only. Share with
 * channel posts a private `/ask` answer publicly, attributed to the member (pinging nobody).
 */
import { chooseLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { type APIButtonComponent, type ButtonInteraction, ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { AnswerRating, RateAnswerResult } from '../../../src/index.js';
import { answerButtonCustomId, type AnswerButtonKind } from '../answer-custom-ids.js';
import { channelModeOf, settingChannelOf } from '../channel-mode.js';
import type { DiscordContext } from '../discord-context.js';
import { privateAnswersOf } from '../private-answers.js';
import { answerButtons, clip, type DiscordMessage, noMentions, renderAnswer } from '../render.js';
import { safe } from '../render-text.js';

const privately = (content: string, components: DiscordMessage['components'] = []) => ({
  content,
  components: components ?? [],
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: { ...noMentions },
});

function voteRecorded(result: RateAnswerResult, escalation: string | undefined, locale: Locale) {
  const changed = result.previousRating !== undefined && result.previousRating !== result.rating;
  const label = `**${translate(locale, result.rating === 'helpful' ? 'buttonHelpful' : 'buttonNotHelpful')}**`;
  const counts = translate(locale, 'voteCounts', { helpful: result.helpful, notHelpful: result.notHelpful });
  const content = translate(locale, changed ? 'voteChanged' : 'voteRecorded', { label, counts });
  if (escalation === undefined) return privately(content);
  const button: APIButtonComponent = {
    type: ComponentType.Button,
    custom_id: escalation,
    label: translate(locale, 'buttonAskOrganizer'),
    style: ButtonStyle.Primary,
  };
  return privately(`${content}\n${translate(locale, 'organizerMayKnow')}`, [
    { type: ComponentType.ActionRow, components: [button] },
  ]);
}

async function vote(interaction: ButtonInteraction, context: DiscordContext, answerId: string, rating: AnswerRating) {
  if (context.core.rateAnswer === undefined) {
    await interaction.reply(
      privately(translate(chooseLocale({ memberLocale: interaction.locale }), 'votesNotRecorded')),
    );
    return;
  }
  try {
    const member = context.actorOf(interaction.user.id);
    const result = await context.core.rateAnswer({ answerId, member, rating });
    context.logger.info({ userId: interaction.user.id, answerId, rating }, 'answer rated');
    // The organizer role is asked in a server channel; a DM with the bot has nobody else in it.
    const canEscalate =
      rating === 'not_helpful' && context.config.organizerRoleId !== undefined && interaction.inGuild();
    const escalation = canEscalate ? answerButtonCustomId('escalate', answerId) : undefined;
    await interaction.reply(voteRecorded(result, escalation, chooseLocale({ memberLocale: interaction.locale })));
  } catch (error) {
    await context.respondWithError(interaction, error, 'rating an answer', 'reply');
  }
}

async function escalate(interaction: ButtonInteraction, context: DiscordContext, answerId: string) {
  const roleId = context.config.organizerRoleId;
  const channel = await context.channelOf(interaction);
  const locale = chooseLocale({ memberLocale: interaction.locale });
  if (roleId === undefined || context.core.rateAnswer === undefined || channel === null || !channel.isSendable()) {
    await interaction.reply(privately(translate(locale, 'noOrganizerRole')));
    return;
  }
  try {
    // The member's vote stays "not helpful"; the result carries the question as it was asked.
    const member = context.actorOf(interaction.user.id);
    const result = await context.core.rateAnswer({ answerId, member, rating: 'not_helpful' });
    const quoted = safe(clip(result.question.replace(/\s+/g, ' ').trim(), 1_500));
    await channel.send({
      content: `<@&${roleId}> ${translate(locale, 'escalationIntro')}\n> ${quoted}`,
      // Exactly the organizer role: no @everyone, no users, no other role, no replied-to author.
      allowedMentions: { parse: [], roles: [roleId], users: [], repliedUser: false },
    });
    context.logger.info({ userId: interaction.user.id, answerId, channelId: channel.id }, 'question escalated');
    await interaction.update({ content: translate(locale, 'askedOrganizersHere'), components: [] });
  } catch (error) {
    await context.respondWithError(interaction, error, 'asking an organizer', 'reply');
  }
}

async function share(interaction: ButtonInteraction, context: DiscordContext, key: string) {
  if (interaction.inGuild()) {
    const setting = settingChannelOf(interaction.channel, interaction.channelId, interaction.guildId);
    if ((await channelModeOf(context, setting)) === 'off') {
      const locale = chooseLocale({ memberLocale: interaction.locale });
      await interaction.reply(privately(translate(locale, 'answersOffCannotShare')));
      return;
    }
  }
  await interaction.deferUpdate();
  try {
    const kept = privateAnswersOf(context).get(key);
    const answerId = parseVoteAnswerId(interaction);
    const actions = { answerId: kept?.answer.answerId ?? answerId };
    const messages: DiscordMessage[] =
      kept === undefined
        ? // After a restart: the clicked message itself, attributed, with the vote buttons.
          [
            {
              content: `${interaction.message.content}\n-# Asked by <@${interaction.user.id}>`.slice(0, 2_000),
              embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
              components: answerButtons(actions) ?? [],
              allowedMentions: { ...noMentions },
            },
          ]
        : renderAnswer(kept.answer, { question: kept.question, askedBy: interaction.user.id, actions });
    for (const message of messages) await interaction.followUp(message);
    await interaction.editReply({ components: [] });
    context.logger.info({ userId: interaction.user.id, cached: kept !== undefined }, 'private answer shared');
  } catch (error) {
    await context.respondWithError(interaction, error, 'sharing an answer', 'follow-up');
  }
}

/** The answer id the clicked message's vote buttons carry. */
function parseVoteAnswerId(interaction: ButtonInteraction): string | undefined {
  const prefix = answerButtonCustomId('helpful', 'x')?.slice(0, -1);
  for (const row of interaction.message.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const customId = 'customId' in component ? component.customId : null;
      if (prefix !== undefined && customId?.startsWith(prefix) === true) return customId.slice(prefix.length);
    }
  }
  return undefined;
}

export async function answerButton(
  interaction: ButtonInteraction,
  context: DiscordContext,
  parsed: { kind: AnswerButtonKind; id: string },
): Promise<void> {
  if (parsed.kind === 'helpful') return vote(interaction, context, parsed.id, 'helpful');
  if (parsed.kind === 'notHelpful') return vote(interaction, context, parsed.id, 'not_helpful');
  if (parsed.kind === 'escalate') return escalate(interaction, context, parsed.id);
  return share(interaction, context, parsed.id);
}
