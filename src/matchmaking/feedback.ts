/**
 * Feedback on a suggestion, per side: Interested / Not a fit / Already know them. The side is
 * given or resolved from the member's linked organization; both sides interested makes an
 * introduction (recorded once per pair).
 */
import { z } from 'zod';
import { badInput, forbidden, notFound } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { MatchcutStore } from '../store/store-interface.js';
import { pairKeyOf } from '../store/store-types.js';
import { type FeedbackInput, type FeedbackResult, feedbackVerdicts, type Suggestion } from './types.js';

const feedbackInputSchema = z.object({
  suggestionId: z.string().trim().min(1, 'give the suggestion id shown in the digest'),
  verdict: z.enum(feedbackVerdicts, { message: `must be one of ${feedbackVerdicts.join(', ')}` }),
  party: z.enum(['a', 'b']).optional(),
  actor: z.string().trim().min(1, 'must name who gives the feedback'),
  reason: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});

/** The side the actor answers for: the one given (never the other side's linked member), or the linked one. */
function resolveParty(suggestion: Suggestion, actor: string, given: 'a' | 'b' | undefined, linked: string | undefined) {
  if (given !== undefined) {
    const other = given === 'a' ? suggestion.b : suggestion.a;
    const own = given === 'a' ? suggestion.a : suggestion.b;
    if (linked !== undefined && linked === other.id) {
      throw forbidden(`${actor} is linked to ${other.name} but answered for ${own.name}`, {
        userMessage: `You act for ${other.name}, so you can only answer for that side of this suggestion.`,
        details: { reason: 'OTHER_SIDE', organization: other.name },
      });
    }
    return given;
  }
  if (linked === suggestion.a.id) return 'a';
  if (linked === suggestion.b.id) return 'b';
  throw forbidden(`${actor} is linked to ${linked ?? 'no organization'}, neither side of ${suggestion.id}`, {
    userMessage:
      `Only ${suggestion.a.name} or ${suggestion.b.name} can answer this suggestion, and you are not linked to ` +
      "either: link your organization first with the bot's profile command (/matchcut profile on Slack, " +
      '/profile on Discord).',
    details: { reason: 'NOT_LINKED', organizations: [suggestion.a.name, suggestion.b.name] },
  });
}

export async function recordFeedback(
  deps: { store: MatchcutStore; logger: Logger; now: () => Date },
  input: FeedbackInput,
): Promise<FeedbackResult> {
  const { store, logger } = deps;
  const parsed = feedbackInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`Feedback ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}.`.replace(/\s+/g, ' '));
  }
  const { suggestionId, verdict, actor, reason } = parsed.data;
  const suggestion = await store.getSuggestion(suggestionId);
  if (!suggestion) {
    // Each adapter names its own way to the posted digests (the terminal: `matchcut digest show`).
    throw notFound(`No suggestion "${suggestionId}".`, {
      userMessage:
        `There is no suggestion "${suggestionId}" any more: answer with the buttons of a digest ` +
        'posted in the channel, or ask an organizer to post a new one (/matchcut digest on Slack, /digest on Discord).',
      details: { reason: 'UNKNOWN_SUGGESTION', suggestionId },
    });
  }
  const party = resolveParty(suggestion, actor, parsed.data.party, await store.profileIdOfMember(actor));
  const side = party === 'a' ? suggestion.a : suggestion.b;
  const at = deps.now().toISOString();
  const { state, introduce } = await store.transaction(async (session) => {
    const latest = await session.recordFeedback({
      suggestionId,
      party,
      profileId: side.id,
      pairKey: pairKeyOf(suggestion.a.id, suggestion.b.id),
      verdict,
      reason,
      actor,
      at,
    });
    const bothInterested = latest.a === 'interested' && latest.b === 'interested';
    return { state: latest, introduce: bothInterested && (await session.addIntroduction(suggestion, at)) };
  });
  logger.info({ suggestion: suggestionId, party, verdict, introduce }, 'feedback recorded');
  return {
    suggestion,
    party,
    verdict,
    introduce,
    members: { a: await store.membersOf(suggestion.a.id), b: await store.membersOf(suggestion.b.id) },
    state,
  };
}
