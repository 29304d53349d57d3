/**
 * Turns the core's neutral results (Answer, Match, Suggestion, FeedbackResult, MatchcutError)
 * into Discord message payloads: content within 2,000 characters, embeds within their limits
 * (4,096 description, 25 fields, 6,000 in total per message, 10 per message), markdown
 * escaped, and `allowedMentions: { parse: [] }` on every payload. Answers are rendered here;
 * sources, matchmaking, profiles and errors in the render-*.ts files next to it.
 */
import { chooseLocale, defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Answer } from '../../src/index.js';
import { answerButtonCustomId } from './answer-custom-ids.js';
import { groupEmbeds, renderSources } from './render-sources.js';
import { clip, type DiscordMessage, discordLimits, noMentions, safe } from './render-text.js';
import { splitText } from './split-text.js';

export { clip, type DiscordMessage, discordLimits, escapeText, noMentions } from './render-text.js';
export { embedLength, groupEmbeds, renderCitationBlock, renderSources } from './render-sources.js';
export {
  feedbackButtons,
  introductionThreadName,
  renderDigestSummary,
  renderFeedbackRecorded,
  renderIntroduction,
  renderMatchEmbed,
  renderMatches,
  renderSuggestion,
} from './render-matchmaking.js';
export { renderProfileSaved } from './render-profile.js';
export { renderError } from './render-error.js';

export interface RenderAnswerOptions {
  /** Shown as a quote above the answer (slash commands do not show the question to others). */
  question?: string;
  /** The member who asked (a shared private answer says so; shown as a mention that pings nobody). */
  askedBy?: string;
  /** Buttons under the answer: Helpful / Not helpful (with the logged answer's id), Share with channel. */
  actions?: { answerId?: string | undefined; shareKey?: string | undefined };
}

/** The row of buttons under an answer; undefined when there is none to show. */
export function answerButtons(
  actions: NonNullable<RenderAnswerOptions['actions']>,
  locale: Locale = defaultLocale,
): DiscordMessage['components'] {
  const buttons: APIButtonComponent[] = [];
  const add = (customId: string | undefined, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary) => {
    if (customId !== undefined) buttons.push({ type: ComponentType.Button, custom_id: customId, label, style });
  };
  if (actions.shareKey !== undefined)
    add(answerButtonCustomId('share', actions.shareKey), translate(locale, 'buttonShare'), ButtonStyle.Primary);
  if (actions.answerId !== undefined) {
    add(answerButtonCustomId('helpful', actions.answerId), translate(locale, 'buttonHelpful'), ButtonStyle.Secondary);
    add(
      answerButtonCustomId('notHelpful', actions.answerId),
      translate(locale, 'buttonNotHelpful'),
      ButtonStyle.Secondary,
    );
  }
  return buttons.length === 0 ? undefined : [{ type: ComponentType.ActionRow, components: buttons }];
}

/** The answer as one or more messages: text split at boundaries, then the numbered sources as embeds. */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): DiscordMessage[] {
  const question =
    options.question === undefined ? '' : `> ${safe(clip(options.question.replace(/\s+/g, ' ').trim(), 300))}`;
  const askedBy = options.askedBy === undefined ? '' : `-# Asked by <@${options.askedBy.replace(/\D/g, '')}>`;
  const notice = answer.notice === undefined ? '' : `-# ${safe(answer.notice)}`;
  const text = [question, safe(answer.text.trim()), notice, askedBy]
    .filter((part) => part !== '' && part !== '> ')
    .join('\n\n');
  const parts = splitText(text === '' ? '…' : text, discordLimits.content);
  const locale = chooseLocale({ questionLanguage: answer.language });
  const sourceGroups = groupEmbeds(renderSources(answer.citations, answer.grounded, locale));
  const messages: DiscordMessage[] = parts.map((content) => ({
    content,
    embeds: [],
    allowedMentions: { ...noMentions },
  }));
  const last = messages[messages.length - 1];
  const [firstGroup, ...otherGroups] = sourceGroups;
  if (last !== undefined && firstGroup !== undefined) last.embeds = firstGroup;
  for (const group of otherGroups) messages.push({ content: '', embeds: group, allowedMentions: { ...noMentions } });
  const buttons = options.actions === undefined ? undefined : answerButtons(options.actions, locale);
  const final = messages[messages.length - 1];
  if (final !== undefined && buttons !== undefined) final.components = buttons;
  return messages;
}
