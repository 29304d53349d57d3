/**
 * Turns the core's neutral results (Answer, Match, Suggestion, FeedbackResult, MatchcutError)
 * into Discord message payloads: content within 2,000 characters, embeds within their limits
 * (4,096 description, 25 fields, 6,000 in total per message, 10 per message), markdown
 * escaped, and `allowedMentions: { parse: [] }` on every payload. Answers are rendered here;
 * sources, matchmaking, profiles and errors in the render-*.ts files next to it.
 */
import type { Answer } from '../../src/index.js';
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
}

/** The answer as one or more messages: text split at boundaries, then the numbered sources as embeds. */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): DiscordMessage[] {
  const question =
    options.question === undefined ? '' : `> ${safe(clip(options.question.replace(/\s+/g, ' ').trim(), 300))}`;
  const text = [question, safe(answer.text.trim()), answer.notice === undefined ? '' : `-# ${safe(answer.notice)}`]
    .filter((part) => part !== '' && part !== '> ')
    .join('\n\n');
  const parts = splitText(text === '' ? '…' : text, discordLimits.content);
  const sourceGroups = groupEmbeds(renderSources(answer.citations, answer.grounded));
  const messages: DiscordMessage[] = parts.map((content) => ({
    content,
    embeds: [],
    allowedMentions: { ...noMentions },
  }));
  const last = messages[messages.length - 1];
  const [firstGroup, ...otherGroups] = sourceGroups;
  if (last !== undefined && firstGroup !== undefined) last.embeds = firstGroup;
  for (const group of otherGroups) messages.push({ content: '', embeds: group, allowedMentions: { ...noMentions } });
  return messages;
}
