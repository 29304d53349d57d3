/**
 * `/partners question:<what you look for>`: the organizations whose offers meet it, with the
 * place and kind the question names; for a member linked to an organization, each comes with the
 * pair's reasons. Only the member sees the list. Its Interested buttons record the member's
 * interest through the core; when the other side says Interested too, both are introduced in the
 * channel where the second click was made (the two members mentioned, nobody else).
 */
import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { type PartnerSearchResult, partnerSearchHasReply, toMatchcutError } from '../../../src/index.js';
import { chooseLocale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { askQuestionOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';
import { renderIntroductions } from '../render-matchmaking.js';
import { introductionLocales } from './feedback-button.js';
import { parsePartnerInterestCustomId, renderInterestRecorded, renderPartners } from '../render-partners.js';
import { noMentions } from '../render-text.js';

const partnersShown = 5;

export const notLinkedReply = translate('en', 'discordInterestNotLinked');

export async function partnersCommand(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const question = interaction.options.getString(askQuestionOption, true);
    const asker = context.actorOf(interaction.user.id);
    const result = await context.core.findPartners(question, { asker, limit: partnersShown });
    await interaction.editReply(renderPartners(result, chooseLocale({ memberLocale: interaction.locale })));
  } catch (error) {
    await context.respondWithError(interaction, error, 'answering /partners', 'edit');
  }
}

/** Whether a button is a partner search result's Interested button. */
export const isPartnerInterestButton = (customId: string) => parsePartnerInterestCustomId(customId) !== undefined;

export async function partnerInterestButton(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const partner = parsePartnerInterestCustomId(interaction.customId);
  if (partner === undefined) return;
  const locale = chooseLocale({ memberLocale: interaction.locale });
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const actor = context.actorOf(interaction.user.id);
    const result = await context.core.partnerInterest({ actor, partner });
    await interaction.editReply(renderInterestRecorded(result, locale));
    if (result.introduce) {
      const locales = introductionLocales(result, interaction);
      for (const introduction of renderIntroductions(result, locales)) await interaction.followUp(introduction);
      context.logger.info({ suggestionId: result.suggestion.id }, 'introduced both sides after a partner search');
    }
  } catch (error) {
    if (toMatchcutError(error).details?.reason === 'NOT_LINKED') {
      context.failureOf(error, 'recording interest in a partner');
      await interaction.editReply({
        content: translate(locale, 'discordInterestNotLinked'),
        allowedMentions: { ...noMentions },
      });
      return;
    }
    await context.respondWithError(interaction, error, 'recording interest in a partner', 'edit');
  }
}

/**
 * A mention or DM that looks for partners ("who can dub Korean dramas into Japanese?"): the
 * organizations that meet it (rendered with Interested buttons once the reply's language is known), and
 * whether the question asks only for partners (not for facts too); when nobody meets what it asks for, the
 * search still says so under the article answer. Undefined when it is no partner question or the search
 * placed nothing of it.
 */
export async function findPartnerAnswer(
  context: DiscordContext,
  request: { question: string; userId: string },
): Promise<{ result: PartnerSearchResult; partnerOnly: boolean } | undefined> {
  const intent = context.core.classifyQuestion(request.question);
  if (!intent.partner) return undefined;
  try {
    const asker = context.actorOf(request.userId);
    const result = await context.core.findPartners(request.question, { asker, limit: partnersShown });
    if (!partnerSearchHasReply(result)) return undefined;
    return { result, partnerOnly: !intent.fact };
  } catch (error) {
    context.failureOf(error, 'finding partners for a mention');
    return undefined;
  }
}
