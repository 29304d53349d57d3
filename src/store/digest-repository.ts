/**
 * Digests and their suggestions. A suggestion keeps a snapshot of both parties, so history
 * survives a removed profile; a digest and all its suggestions are written in one transaction.
 */
import type { Citation } from '../answer/types.js';
import type { Digest, MatchReason, PartyRef, Suggestion, UnmetNeed } from '../matchmaking/types.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { pairKeyOf, type RecentSuggestion } from './store-types.js';

export interface DigestRepository {
  /** Stores a digest and all its suggestions in one transaction. */
  saveDigest(digest: Digest): void;
  getDigest(id: string): Digest | undefined;
  latestDigest(): Digest | undefined;
  getSuggestion(id: string): Suggestion | undefined;
  /** Suggestions created at or after `since` (ISO time), newest first. */
  suggestionsSince(since: string): RecentSuggestion[];
  /** The digests created at or after `since`, newest first, with their party ids. */
  digestPartiesSince(since: string): { digestId: string; partyIds: string[] }[];
}

interface SuggestionRow {
  id: string;
  digest_id: string | null;
  pair_key: string;
  a_id: string;
  b_id: string;
  a_party: string;
  b_party: string;
  score: number;
  score_for_a: number;
  score_for_b: number;
  reasons: string;
  citations: string;
  created_at: string;
}

interface DigestRow {
  id: string;
  created_at: string;
  channel: string | null;
  unmet_needs: string;
}

function suggestionFromRow(row: SuggestionRow): Suggestion {
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

function prepareStatements(database: SqliteDatabase) {
  return {
    insertDigest: database.prepare('INSERT INTO digests (id, created_at, channel, unmet_needs) VALUES (?, ?, ?, ?)'),
    getDigest: database.prepare('SELECT id, created_at, channel, unmet_needs FROM digests WHERE id = ?'),
    latestDigest: database.prepare(
      'SELECT id, created_at, channel, unmet_needs FROM digests ORDER BY created_at DESC, rowid DESC LIMIT 1',
    ),
    insertSuggestion: database.prepare(`
      INSERT INTO suggestions (id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score, score_for_a,
        score_for_b, reasons, citations, created_at)
      VALUES (@id, @digestId, @position, @pairKey, @aId, @bId, @aParty, @bParty, @score, @scoreForA, @scoreForB,
        @reasons, @citations, @createdAt)`),
    suggestionsOfDigest: database.prepare('SELECT * FROM suggestions WHERE digest_id = ? ORDER BY position'),
    getSuggestion: database.prepare('SELECT * FROM suggestions WHERE id = ?'),
    suggestionsSince: database.prepare(
      'SELECT id, pair_key, a_id, b_id, digest_id, created_at FROM suggestions WHERE created_at >= ? ' +
        'ORDER BY created_at DESC',
    ),
    digestPartiesSince: database.prepare(`
      SELECT d.id AS digest_id, s.a_id, s.b_id FROM digests d JOIN suggestions s ON s.digest_id = d.id
      WHERE d.created_at >= ? ORDER BY d.created_at DESC, s.position`),
  };
}

export function createDigestRepository(database: SqliteDatabase): DigestRepository {
  const statements = prepareStatements(database);
  const digestFromRow = (row: DigestRow): Digest => ({
    id: row.id,
    createdAt: row.created_at,
    channel: row.channel ?? undefined,
    suggestions: (statements.suggestionsOfDigest.all(row.id) as SuggestionRow[]).map(suggestionFromRow),
    unmetNeeds: JSON.parse(row.unmet_needs) as UnmetNeed[],
  });
  const insertSuggestion = (digest: Digest, suggestion: Suggestion, position: number) =>
    statements.insertSuggestion.run({
      id: suggestion.id,
      digestId: digest.id,
      position,
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
      createdAt: digest.createdAt,
    });
  return {
    saveDigest(digest) {
      database
        .transaction(() => {
          const unmetNeeds = JSON.stringify(digest.unmetNeeds);
          statements.insertDigest.run(digest.id, digest.createdAt, digest.channel ?? null, unmetNeeds);
          digest.suggestions.forEach((suggestion, position) => insertSuggestion(digest, suggestion, position));
        })
        .immediate();
    },
    getDigest(id) {
      const row = statements.getDigest.get(id) as DigestRow | undefined;
      return row ? digestFromRow(row) : undefined;
    },
    latestDigest() {
      const row = statements.latestDigest.get() as DigestRow | undefined;
      return row ? digestFromRow(row) : undefined;
    },
    getSuggestion(id) {
      const row = statements.getSuggestion.get(id) as SuggestionRow | undefined;
      return row ? suggestionFromRow(row) : undefined;
    },
    suggestionsSince(since) {
      const rows = statements.suggestionsSince.all(since) as SuggestionRow[];
      return rows.map((row) => ({
        id: row.id,
        pairKey: row.pair_key,
        aId: row.a_id,
        bId: row.b_id,
        digestId: row.digest_id ?? undefined,
        createdAt: row.created_at,
      }));
    },
    digestPartiesSince(since) {
      const byDigest = new Map<string, string[]>();
      const rows = statements.digestPartiesSince.all(since) as { digest_id: string; a_id: string; b_id: string }[];
      for (const row of rows) {
        const parties = byDigest.get(row.digest_id) ?? [];
        parties.push(row.a_id, row.b_id);
        byDigest.set(row.digest_id, parties);
      }
      return [...byDigest].map(([digestId, partyIds]) => ({ digestId, partyIds }));
    },
  };
}
