/**
 * Suggestions made by a partner search, not by a digest: when a member says Interested in a
 * partner the search showed, the pair becomes a suggestion (no digest, never "posted" in one) so
 * that feedback and introductions work as for digest suggestions. The newest suggestion of a pair,
 * from a digest or a search, is the one both sides answer on.
 */
import type { Suggestion } from '../matchmaking/types.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import { type SuggestionColumns, suggestionFromRow, suggestionParameters } from './suggestion-rows.js';

export interface PartnerSuggestionRepository {
  /** Stores one suggestion outside any digest (a member's Interested on a partner search result). */
  savePartnerSuggestion(suggestion: Suggestion, createdAt: string): void;
  /** The newest suggestion of an unordered pair (`pairKeyOf`), from a digest or a partner search. */
  latestSuggestionOfPair(pairKey: string): Suggestion | undefined;
}

export function createPartnerSuggestionRepository(
  database: SqliteDatabase,
  community: string,
): PartnerSuggestionRepository {
  // No digest, part 0, never posted.
  const insert = namedScopedStatement(
    database,
    community,
    `
    INSERT INTO suggestions (community, id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score,
      score_for_a, score_for_b, reasons, citations, created_at)
    VALUES (@community, @id, NULL, 0, @pairKey, @aId, @bId, @aParty, @bParty, @score, @scoreForA, @scoreForB,
      @reasons, @citations, @createdAt)`,
  );
  const latestOfPair = scopedStatement(
    database,
    community,
    `
    SELECT id, digest_id, a_party, b_party, score, score_for_a, score_for_b, reasons, citations
    FROM suggestions WHERE community = ? AND pair_key = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  );
  return {
    savePartnerSuggestion(suggestion, createdAt) {
      insert.run({ ...suggestionParameters(suggestion), createdAt });
    },
    latestSuggestionOfPair(pairKey) {
      const row = latestOfPair.get(pairKey) as SuggestionColumns | undefined;
      return row === undefined ? undefined : suggestionFromRow(row);
    },
  };
}
