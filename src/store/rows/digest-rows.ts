/**
 * Digest, digest-part and suggestion rows as both backends read them (SQLite and PostgreSQL share
 * the columns), turned into the store's records in one place.
 */
import type { Digest, UnmetNeed } from '../../matchmaking/types.js';
import type { DigestPart, DigestPlan, DigestPostingState, RecentSuggestion } from '../store-types.js';
import { type SuggestionColumns, suggestionFromRow } from '../suggestion-rows.js';

export interface DigestSuggestionRow extends SuggestionColumns {
  pair_key: string;
  a_id: string;
  b_id: string;
  created_at: string;
  part_index: number;
  posted_at: string | null;
}

export interface DigestRow {
  id: string;
  created_at: string;
  channel: string | null;
  unmet_needs: string;
  state: DigestPostingState;
  reserved_until: string | null;
}

export interface DigestPartRow {
  part_index: number;
  posted_at: string | null;
  message_ref: string | null;
}

export const recentFromRow = (row: DigestSuggestionRow): RecentSuggestion => ({
  id: row.id,
  pairKey: row.pair_key,
  aId: row.a_id,
  bId: row.b_id,
  digestId: row.digest_id ?? undefined,
  createdAt: row.posted_at ?? row.created_at,
});

/** The platform part of a channel ("slack:" of "slack:C1"), for resuming on another channel. */
export const platformOf = (channel: string | undefined) =>
  channel === undefined ? null : (/^[^:]*:/.exec(channel)?.[0] ?? null);

/** A digest from its row and its suggestions' rows (in position order). */
export const digestFromRows = (row: DigestRow, suggestions: readonly DigestSuggestionRow[]): Digest => ({
  id: row.id,
  createdAt: row.created_at,
  channel: row.channel ?? undefined,
  suggestions: suggestions.map(suggestionFromRow),
  unmetNeeds: JSON.parse(row.unmet_needs) as UnmetNeed[],
});

/** A digest plan from its row, its suggestions' rows and its parts' rows (in part order). */
export function planFromRows(
  row: DigestRow,
  suggestions: readonly DigestSuggestionRow[],
  partRows: readonly DigestPartRow[],
): DigestPlan {
  const parts = partRows.map((part): DigestPart => ({
    index: part.part_index,
    suggestionIds: suggestions.filter((entry) => entry.part_index === part.part_index).map((entry) => entry.id),
    postedAt: part.posted_at ?? undefined,
    messageRef: part.message_ref ?? undefined,
  }));
  return {
    digest: digestFromRows(row, suggestions),
    state: row.state,
    parts,
    reservedUntil: row.reserved_until ?? undefined,
  };
}

/** Party ids per digest, in row order, from rows of (digest id, a id, b id). */
export function partiesByDigest(
  rows: readonly { digest_id: string; a_id: string; b_id: string }[],
): { digestId: string; partyIds: string[] }[] {
  const byDigest = new Map<string, string[]>();
  for (const row of rows) {
    const parties = byDigest.get(row.digest_id) ?? [];
    parties.push(row.a_id, row.b_id);
    byDigest.set(row.digest_id, parties);
  }
  return [...byDigest].map(([digestId, partyIds]) => ({ digestId, partyIds }));
}
