/** Every error code as a reply a member can act on, in their language, saying what actually failed. */
import { escapeMarkdown } from 'discord.js';
import type { MatchcutError } from '../../src/index.js';
import { fieldProblemText } from '../i18n/field-problems.js';
import { fixedErrorText, memberMistakeText, mistakeText, withoutCommandLineAdvice } from '../i18n/error-messages.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { clip, type DiscordMessage, discordLimits, noMentions } from './render-text.js';

/** The core's messages quote commands in `backticks`: keep those as code, escape the rest. */
const safe = (text: string): string =>
  escapeMarkdown(text, { inlineCode: false, codeBlock: false }).replace(/@(everyone|here)/g, '@\u200b$1');

/**
 * Failures that are not the member's doing (the language model, Discord, the knowledge base, the
 * set-up, a full queue) get a fixed text in the member's language; member mistakes keep the
 * core's message, without command-line advice. `fieldLabel` names form fields as the member saw them.
 */
export function renderError(
  error: MatchcutError,
  fieldLabel: (path: string) => string = (path) => path,
  locale: Locale = defaultLocale,
): DiscordMessage {
  const issues = fieldIssues(error).map((issue) => ({ ...issue, field: fieldLabel(issue.field) }));
  const text = (() => {
    const fixed = fixedErrorText(error, locale);
    if (fixed !== undefined) return fixed;
    if (error.code === 'BAD_INPUT' && issues.length > 0) {
      const fields = issues
        .map((issue) => `• **${safe(issue.field)}**: ${safe(fieldProblemText(issue.message, locale))}`)
        .join('\n');
      return translate(locale, issues.length === 1 ? 'errorFixField' : 'errorFixFields', { fields });
    }
    const message =
      mistakeText(error, 'discord', locale) ?? withoutCommandLineAdvice(error.userMessage, 'discord', locale);
    return memberMistakeText(error, locale, safe(message));
  })();
  // A digest that failed to post says that nothing unsent was marked and the retry posts the same digest.
  const note = error.details?.digestRetry === true ? ` ${translate(locale, 'digestRetryNote')}` : '';
  return { content: clip(`⚠️ ${text}${note}`, discordLimits.content), embeds: [], allowedMentions: { ...noMentions } };
}

/**
 * Field-level problems when the core attached them: `details.problems: [{ field: "offers[2]", message }]`
 * (profiles) or `details.issues: [{ path: ["offers", 2], message }]` (zod issues).
 */
function fieldIssues(error: MatchcutError): { field: string; message: string }[] {
  const listed = [error.details?.problems, error.details?.issues].find(Array.isArray) as unknown[] | undefined;
  if (listed === undefined) return [];
  return listed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, path, message } = entry as { field?: unknown; path?: unknown; message?: unknown };
    const name =
      typeof field === 'string'
        ? field
        : Array.isArray(path)
          ? path.map(String).join('.')
          : typeof path === 'string'
            ? path
            : '';
    return typeof message === 'string' && name !== '' ? [{ field: name, message }] : [];
  });
}
