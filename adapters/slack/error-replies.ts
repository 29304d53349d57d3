/**
 * Every MatchcutError code mapped to a reply a Slack member can read. Codes whose
 * userMessage is written for members pass it through; the rest get a fixed, safe text
 * (the details are in the log).
 */
import { type ErrorCode, toMatchcutError } from '../../src/index.js';

const fixedReplies: Record<ErrorCode, string | undefined> = {
  BAD_INPUT: undefined,
  NOT_FOUND: undefined,
  FORBIDDEN: undefined,
  CONFIG: 'matchcut is not set up correctly right now. An organizer can find the details in the logs.',
  KNOWLEDGE: 'The knowledge base could not be read just now. An organizer can find the details in the logs.',
  UPSTREAM: 'The language model did not answer in time. Please try again in a minute.',
  BUSY: undefined,
  INTERNAL: 'Something went wrong on our side. An organizer can find the details in the logs.',
};

/** The text to show a member for anything thrown (plain text; escape before rendering as mrkdwn). */
export function replyForError(error: unknown): string {
  const matchcutError = toMatchcutError(error);
  const fixed = fixedReplies[matchcutError.code];
  if (fixed !== undefined) return fixed;
  const message = matchcutError.userMessage.trim();
  return message === '' ? (fixedReplies.INTERNAL ?? 'Something went wrong.') : message;
}
