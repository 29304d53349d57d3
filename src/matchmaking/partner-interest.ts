/**
 * Interested, from a partner search: a member linked to an organization says they want to meet one
 * of the partners a search showed. The pair becomes a suggestion (the newest one of the pair is
 * reused, from a digest or an earlier search, so both sides answer on the same one) and the
 * member's Interested goes through the same feedback as a digest's buttons: when the other side
 * says Interested too, in its own search or in a digest, the two are introduced.
 */
import { z } from 'zod';
import type { Matchcut } from '../core-types.js';
import { badInput, forbidden, notFound } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { MatchcutStore, StoreRepositories } from '../store/store-interface.js';
import { pairKeyOf } from '../store/store-types.js';
import type { MatchingEngine } from './matching.js';
import type { FeedbackResult, Suggestion } from './types.js';

export interface PartnerInterestInput {
  /** Platform user id of who clicked, e.g. "slack:U123" / "discord:456"; "cli" for the terminal. */
  actor: string;
  /** The partner shown by the search: its profile id (or name). */
  partner: string;
}

const partnerInterestSchema = z.object({
  actor: z.string().trim().min(1, 'must name who says Interested'),
  partner: z
    .string()
    .trim()
    .min(1, 'must name the partner (its profile id)')
    .max(200, 'must be at most 200 characters'),
});

/** Thrown when the member is linked to no organization; adapters say how to link one on their platform. */
export const notLinkedReason = 'NOT_LINKED';

export function createPartnerInterest(deps: {
  store: MatchcutStore;
  engine: MatchingEngine;
  feedback: Matchcut['feedback'];
  logger: Logger;
  now: () => Date;
  createId: (kind: 'suggestion') => string;
}) {
  const { store, engine, logger } = deps;

  /** The newest suggestion of the pair, or a new one made from the pair's two-sided match. */
  const suggestionFor = async (session: StoreRepositories, askerId: string, partnerId: string): Promise<Suggestion> => {
    const existing = await session.latestSuggestionOfPair(pairKeyOf(askerId, partnerId));
    if (existing !== undefined) return existing;
    const asker = engine.index().get(askerId);
    const partner = engine.index().get(partnerId);
    if (asker === undefined || partner === undefined)
      throw badInput('That organization is no longer listed.', { details: { reason: 'PARTNER_GONE' } });
    const suggestion: Suggestion = {
      // The pair as the asker's own list scores and explains it (one score per pair in every view).
      ...engine.explain(engine.readPair(asker, partner)),
      id: deps.createId('suggestion'),
    };
    await session.savePartnerSuggestion(suggestion, deps.now().toISOString());
    logger.info({ suggestion: suggestion.id, a: askerId, b: partnerId }, 'partner search suggestion stored');
    return suggestion;
  };

  const partnerInterest = async (input: PartnerInterestInput): Promise<FeedbackResult> => {
    const parsed = partnerInterestSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badInput(
        `Interest ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}.`.replace(/\s+/g, ' '),
      );
    }
    const { actor } = parsed.data;
    await engine.ensureFresh();
    const askerId = await store.profileIdOfMember(actor);
    if (askerId === undefined || engine.index().get(askerId) === undefined) {
      throw forbidden(`${actor} said Interested but is linked to no organization`, {
        userMessage:
          'Link your organization first: the profile command (/matchcut profile on Slack, /profile on Discord) ' +
          'registers it and links it to you; then say Interested again.',
        details: { reason: notLinkedReason },
      });
    }
    const partner = await engine.find(parsed.data.partner, false);
    // A model's proposal is never matched or shown until an organizer accepts it.
    if (partner.profile.origin === 'proposed') {
      throw notFound(`No organization "${parsed.data.partner}".`, {
        details: { reason: 'NO_ORGANIZATION', name: parsed.data.partner },
      });
    }
    if (partner.profile.id === askerId) {
      throw badInput(`${partner.profile.name} is your own organization.`, {
        details: { reason: 'OWN_ORGANIZATION', name: partner.profile.name },
      });
    }
    const suggestion = await store.transaction((session) => suggestionFor(session, askerId, partner.profile.id));
    return deps.feedback({ suggestionId: suggestion.id, verdict: 'interested', actor });
  };

  return { partnerInterest };
}
