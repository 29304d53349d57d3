/**
 * The custom ids the bot puts on buttons and modals, and their zod parsers: what comes back in
 * an interaction is user-controlled input like any other.
 */
import { z } from 'zod';
import { type FeedbackVerdict, feedbackVerdicts, MatchcutError } from '../../src/index.js';

/** Discord's limit for a custom_id. */
const customIdLimit = 100;

const feedbackPrefix = 'feedback';
const profilePrefix = 'profile';

export function feedbackCustomId(verdict: FeedbackVerdict, suggestionId: string): string {
  const customId = `${feedbackPrefix}:${verdict}:${suggestionId}`;
  if (customId.length > customIdLimit) {
    throw new MatchcutError(
      'INTERNAL',
      `Suggestion id "${suggestionId}" is too long for a Discord button (custom_id is limited to ${customIdLimit} ` +
        `characters).`,
      {
        userMessage: 'This suggestion cannot be shown with buttons; an organizer can find the details in the logs.',
      },
    );
  }
  return customId;
}

const feedbackCustomIdSchema = z
  .string()
  .max(customIdLimit)
  .transform((value) => value.split(':'))
  .pipe(z.tuple([z.literal(feedbackPrefix), z.enum(feedbackVerdicts), z.string().min(1)], z.string()))
  .transform(([, verdict, ...id]) => ({ verdict, suggestionId: id.join(':') }));

/** `feedback:<verdict>:<suggestion id>` → its parts; undefined for anything else. */
export function parseFeedbackCustomId(
  customId: string,
): { verdict: FeedbackVerdict; suggestionId: string } | undefined {
  const parsed = feedbackCustomIdSchema.safeParse(customId);
  return parsed.success ? parsed.data : undefined;
}

/** The profile modal remembers which profile it edits (or `new`). */
export function profileModalCustomId(profileId: string | undefined): string {
  const customId = `${profilePrefix}:${profileId ?? 'new'}`;
  return customId.length > customIdLimit ? `${profilePrefix}:new` : customId;
}

export function parseProfileModalCustomId(customId: string): { profileId: string | undefined } | undefined {
  if (!customId.startsWith(`${profilePrefix}:`)) return undefined;
  const rest = customId.slice(profilePrefix.length + 1);
  if (rest === '') return undefined;
  return { profileId: rest === 'new' ? undefined : rest };
}
