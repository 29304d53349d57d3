/**
 * Every MatchcutError code mapped to a reply a Slack member can read, in their language.
 * Failures that are not the member's doing (the language model, Slack, the knowledge base, the
 * set-up, a full queue) get a fixed text saying what failed (the details are in the log); member
 * mistakes the core marks with a reason are translated, others keep the core's message, with
 * command-line advice replaced by `/matchcut` commands.
 */
import { type MatchcutError, toMatchcutError, upstreamError } from '../../src/index.js';
import { fixedErrorText, mistakeText, withoutCommandLineAdvice } from '../i18n/error-messages.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { slackErrorCode } from './slack-context.js';

/** A Slack Web API refusal ("not_in_channel", "ratelimited") says Slack refused, with its code. */
function asMatchcutError(error: unknown): MatchcutError {
  const code = slackErrorCode(error);
  if (code === undefined) return toMatchcutError(error);
  return upstreamError(`Slack answered ${code}`, { cause: error, details: { slackError: code } });
}

/** The text to show a member for anything thrown (plain text; escape before rendering as mrkdwn). */
export function replyForError(error: unknown, locale: Locale = defaultLocale): string {
  const matchcutError = asMatchcutError(error);
  const fixed = fixedErrorText(matchcutError, locale);
  if (fixed !== undefined) return fixed;
  const mistake = mistakeText(matchcutError, 'slack', locale);
  if (mistake !== undefined) return mistake;
  // Other member mistakes read as the core wrote them (they also label modal fields), minus command-line advice.
  const message = withoutCommandLineAdvice(matchcutError.userMessage.trim(), 'slack', locale);
  return message === '' ? translate(locale, 'errorInternal') : message;
}
