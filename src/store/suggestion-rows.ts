/**
 * How a suggestion is written to and read from the `suggestions` table, shared by the digest and
 * partner-search repositories (both store suggestions there).
 */
import type { Citation } from '../answer/types.js';
import type { MatchReason, PartyRef, Suggestion } from '../matchmaking/types.js';
import { pairKeyOf } from './store-types.js';

/** The columns a suggestion is read from. */
export interface SuggestionColumns {
  id: string;
  digest_id: string | null;
  a_party: string;
  b_party: string;
  score: number;
  score_for_a: number;
  score_for_b: number;
  reasons: string;
  citations: string;
}

export function suggestionFromRow(row: SuggestionColumns): Suggestion {
  return {
    id: row.id,
    digestId: row.digest_id ?? undefined,
    a: JSON.parse(row.a_party) as PartyRef,
    b: JSON.parse(row.b_party) as PartyRef,
    score: row.score,
    scoreForA: row.score_for_a,
    scoreForB: row.score_for_b,
    reasons: JSON.parse(row.reasons) as MatchReason[],
    citations: JSON.parse(row.citations) as Citation[],
  };
}

/** The named parameters every insert of a suggestion binds (besides its digest, position and time). */
export function suggestionParameters(suggestion: Suggestion) {
  return {
    id: suggestion.id,
    pairKey: pairKeyOf(suggestion.a.id, suggestion.b.id),
    aId: suggestion.a.id,
    bId: suggestion.b.id,
    aParty: JSON.stringify(suggestion.a),
    bParty: JSON.stringify(suggestion.b),
    score: suggestion.score,
    scoreForA: suggestion.scoreForA,
    scoreForB: suggestion.scoreForB,
    reasons: JSON.stringify(suggestion.reasons),
    citations: JSON.stringify(suggestion.citations),
  };
}
