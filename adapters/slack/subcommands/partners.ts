/**
 * `/matchcut partners <question>`: the organizations whose offers meet what the question asks
 * for ("who can dub Korean dramas into Japanese?"), with the place and kind it names; for a member
 * linked to an organization, each comes with the pair's reasons. Only the member sees the list.
 * Each organization has an Interested button (listeners/partner-interest.ts): when the other side
 * says Interested too, the two are introduced as for a digest's suggestions. The list is in the
 * member's language (names, places and reasons as stored).
 */
import { conceptLabel, kindName, reasonText, searchedLabels } from '../../i18n/match-reasons.js';
import { defaultLocale, type Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { type PartnerSearchResult, partnerSearchHasReply } from '../../../src/index.js';
import type { SlackContext } from '../slack-context.js';
import { replyForError } from '../error-replies.js';
import { escapeAndTruncate, escapeMrkdwn, plainTextFromSlack } from '../mrkdwn.js';
import {
  blockTextLength,
  context as contextBlock,
  divider,
  packMessages,
  section,
  type Block,
  type SlackMessage,
  slackLimits,
} from '../render-blocks.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

/** The action id of the Interested button on a partner search result; its value is the partner's profile id. */
export const partnerInterestActionId = 'matchcut_partner_interested';

/** Slack's limit for a button value. */
const buttonValueLimit = 2_000;

function interestButton(profileId: string, position: number, locale: Locale): Block {
  return {
    type: 'actions',
    block_id: `interest-${position}`,
    elements: [
      {
        type: 'button',
        action_id: partnerInterestActionId,
        text: { type: 'plain_text', text: translate(locale, 'buttonInterested'), emoji: true },
        value: profileId.slice(0, buttonValueLimit),
        style: 'primary',
      },
    ],
  };
}

const partnersShown = 5;

/**
 * The search result as Block Kit: what was looked for, then one section per organization. `underAnswer`: the
 * list follows an article answer in a conversation, so "nobody offers it" does not point to `/matchcut ask`.
 */
export function renderPartners(
  result: PartnerSearchResult,
  locale: Locale = defaultLocale,
  options: { underAnswer?: boolean } = {},
): SlackMessage[] {
  const labels = searchedLabels(result.needs, locale);
  const what = escapeAndTruncate(labels || translate(locale, 'partnersWhatYouAsked'), 300);
  const placeName = conceptLabel(result.placeLabels, locale) ?? result.place;
  const place = placeName === undefined ? undefined : escapeAndTruncate(placeName, 100);
  if (result.partners.length === 0) {
    const none =
      place === undefined
        ? translate(locale, 'partnersNone', { what })
        : translate(locale, 'partnersNoneIn', { what, place });
    const hint = translate(
      locale,
      options.underAnswer === true ? 'partnersNoneHintWithAnswer' : 'slackPartnersNoneHint',
    );
    const text = `${none} ${hint}`;
    return [{ text, blocks: [section(text)] }];
  }
  const heading =
    place === undefined
      ? translate(locale, 'slackPartnersHeading', { what })
      : translate(locale, 'slackPartnersHeadingIn', { what, place });
  const groups: Block[][] = [[section(`*${heading}*`)]];
  result.partners.forEach((partner, index) => {
    const kind = escapeMrkdwn(kindName(partner.profile.kind, locale));
    const name = `*${index + 1}. ${escapeAndTruncate(partner.profile.name, 150)}* (${kind})`;
    const reasons = partner.reasons
      .slice(0, 4)
      .map((reason) => `• ${escapeAndTruncate(reasonText(reason, locale), 400)}`);
    const shown = section([name, ...reasons].join('\n'), `partner-${index + 1}`);
    groups.push([shown, interestButton(partner.profile.id, index + 1, locale), divider()]);
  });
  if (result.unplaced.length > 0) {
    const places = escapeAndTruncate(result.unplaced.join(', '), 300);
    groups.push([contextBlock(translate(locale, 'partnersNotPlaced', { places }))]);
  }
  groups.push([contextBlock(translate(locale, 'slackPartnersInterestedHint'))]);
  return packMessages(groups, () => heading);
}

export const partners: SubcommandHandler = async ({ command, ack, respond, rest, userId }, context) => {
  const question = plainTextFromSlack(rest);
  if (question === '') {
    await ack(ephemeral(translate(context.locales.localeNow(userId), 'slackPartnersUsage')));
    return;
  }
  await ack();
  await context.tasks.run('/matchcut partners', async () => {
    try {
      const result = await context.core.findPartners(question, { asker: `slack:${userId}`, limit: partnersShown });
      const locale = await context.locales.localeFor(userId);
      await context.respondAll(respond, renderPartners(result, locale), 'ephemeral', command.channel_id);
    } catch (error) {
      context.logFailure('/matchcut partners', error, { userId });
      await respond(ephemeral(escapeMrkdwn(replyForError(error, await context.locales.localeFor(userId)))));
    }
  });
};

/**
 * A mention or DM that looks for partners ("who can dub Korean dramas into Japanese?"): the
 * organizations that meet it, as messages with Interested buttons, and whether the question asks
 * only for partners (not for facts too); when nobody meets what it asks for, the search still says so
 * ("no organization offers dubbing yet") under the article answer. Undefined when it is no partner
 * question or the search placed nothing of it.
 */
export async function findPartnerAnswer(
  context: SlackContext,
  request: { question: string; userId?: string | undefined },
): Promise<{ result: PartnerSearchResult; partnerOnly: boolean } | undefined> {
  const intent = context.core.classifyQuestion(request.question);
  if (!intent.partner) return undefined;
  const asker = request.userId === undefined ? undefined : `slack:${request.userId}`;
  try {
    const result = await context.core.findPartners(request.question, { asker, limit: partnersShown });
    if (!partnerSearchHasReply(result)) return undefined;
    return { result, partnerOnly: !intent.fact };
  } catch (error) {
    context.logFailure('finding partners for a question', error, { userId: request.userId });
    return undefined;
  }
}

/**
 * The answer's messages with the partner list after them: in the answer's last message when both fit
 * Slack's limits (one post, one thread reply), otherwise as messages of their own.
 */
export function withPartners(
  answer: readonly SlackMessage[],
  partners: { result: PartnerSearchResult } | undefined,
  locale: Locale = defaultLocale,
): SlackMessage[] {
  if (partners === undefined) return [...answer];
  const messages = renderPartners(partners.result, locale, { underAnswer: true });
  const last = answer.at(-1);
  const [first, ...rest] = messages;
  if (last === undefined || first === undefined) return [...answer, ...messages];
  const blocks = [...last.blocks, ...first.blocks];
  const length = blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
  if (blocks.length > slackLimits.blocksPerMessage || length > slackLimits.charactersPerMessage) {
    return [...answer, ...messages];
  }
  return [...answer.slice(0, -1), { ...last, blocks }, ...rest];
}
