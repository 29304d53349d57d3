/**
 * Digests, their message parts and their suggestions. A suggestion keeps a snapshot of both
 * parties, so history survives a removed profile. A digest is stored when chosen (state
 * "posting": a poster holds it, its pairs are reserved), each part is recorded when posted, and
 * only suggestions of recorded parts count as suggested. Each write is one transaction. One
 * community's rows; synchronous (./sqlite-store.ts offers it as the async DigestStore).
 */
import type { Digest, Suggestion } from '../matchmaking/types.js';
import type { DigestPartRow as PartRow, DigestRow, DigestSuggestionRow as SuggestionRow } from './rows/digest-rows.js';
import { digestFromRows, partiesByDigest, planFromRows, platformOf, recentFromRow } from './rows/digest-rows.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import type { DigestHold, DigestPlan, RecentSuggestion } from './store-types.js';
import { suggestionFromRow, suggestionParameters } from './suggestion-rows.js';

export type { DigestHold, DigestPart, DigestPlan, DigestPostingState } from './store-types.js';

export interface DigestRepository {
  /** Stores a digest already delivered whole (one posted part), with its suggestions, in one transaction. */
  saveDigest(digest: Digest): void;
  /** Stores a chosen digest split into parts (suggestion ids per part), none posted yet, held by its poster. */
  saveDigestPlan(digest: Digest, parts: readonly (readonly string[])[], hold: DigestHold): void;
  getDigest(id: string): Digest | undefined;
  latestDigest(): Digest | undefined;
  getDigestPlan(id: string): DigestPlan | undefined;
  latestDigestPlan(): DigestPlan | undefined;
  /**
   * An unfinished digest a retry may take over at `now`: not held, pairs still reserved, and for
   * `channel` (or, with nothing posted yet, for another channel of the same platform).
   */
  resumableDigest(channel: string | undefined, now: string): DigestPlan | undefined;
  /** A poster takes (or keeps) the digest, for this channel. */
  claimDigest(id: string, channel: string | undefined, hold: DigestHold): void;
  /** Records a part as posted (its suggestions become suggested), once; the last part makes the digest posted. */
  recordDigestPart(id: string, partIndex: number, messageRef: string | undefined, at: string, hold: DigestHold): void;
  /** The poster stopped (a failed post): the digest waits, reserved, for a retry. */
  releaseDigest(id: string): void;
  getSuggestion(id: string): Suggestion | undefined;
  /** Suggestions posted at or after `since` (ISO time), newest first. */
  suggestionsSince(since: string): RecentSuggestion[];
  /** Unposted suggestions of unfinished digests whose reservation lasts past `now`. */
  reservedSuggestions(now: string): RecentSuggestion[];
  /** The digests with suggestions posted at or after `since`, newest first, with those suggestions' party ids. */
  digestPartiesSince(since: string): { digestId: string; partyIds: string[] }[];
}

const digestColumns = 'id, created_at, channel, unmet_needs, state, reserved_until';

function prepareStatements(database: SqliteDatabase, community: string) {
  const named = (sql: string) => namedScopedStatement(database, community, sql);
  const prepare = (sql: string) => scopedStatement(database, community, sql);
  return {
    insertDigest: named(`
      INSERT INTO digests (community, id, created_at, channel, unmet_needs, state, claimed_until, reserved_until)
      VALUES (@community, @id, @createdAt, @channel, @unmetNeeds, @state, @claimedUntil, @reservedUntil)`),
    insertPart: prepare(
      'INSERT INTO digest_parts (community, digest_id, part_index, posted_at, message_ref) VALUES (?, ?, ?, ?, NULL)',
    ),
    getDigest: prepare(`SELECT ${digestColumns} FROM digests WHERE community = ? AND id = ?`),
    latestDigest: prepare(
      `SELECT ${digestColumns} FROM digests WHERE community = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    ),
    resumable: named(`
      SELECT ${digestColumns} FROM digests d
      WHERE d.community = @community AND d.state <> 'posted' AND d.reserved_until > @now
        AND (d.state = 'released' OR d.claimed_until <= @now)
        AND (d.channel IS @channel OR (@platform IS NOT NULL AND substr(d.channel, 1, length(@platform)) = @platform
          AND NOT EXISTS (SELECT 1 FROM digest_parts p
            WHERE p.community = d.community AND p.digest_id = d.id AND p.posted_at IS NOT NULL)))
      ORDER BY d.channel IS @channel DESC, d.created_at DESC, d.rowid DESC LIMIT 1`),
    claim: named(`
      UPDATE digests SET state = 'posting', channel = @channel, claimed_until = @claimedUntil,
        reserved_until = @reservedUntil
      WHERE community = @community AND id = @id AND state <> 'posted'`),
    partsOf: prepare(
      'SELECT part_index, posted_at, message_ref FROM digest_parts WHERE community = ? AND digest_id = ? ' +
        'ORDER BY part_index',
    ),
    recordPart: named(`
      UPDATE digest_parts SET posted_at = @at, message_ref = @messageRef
      WHERE community = @community AND digest_id = @id AND part_index = @partIndex AND posted_at IS NULL`),
    markSuggestionsPosted: named(`
      UPDATE suggestions SET posted_at = @at
      WHERE community = @community AND digest_id = @id AND part_index = @partIndex AND posted_at IS NULL`),
    unpostedParts: prepare(
      'SELECT COUNT(*) AS count FROM digest_parts WHERE community = ? AND digest_id = ? AND posted_at IS NULL',
    ),
    finish: prepare(
      "UPDATE digests SET state = 'posted', claimed_until = NULL, reserved_until = NULL WHERE community = ? AND id = ?",
    ),
    hold: named(
      "UPDATE digests SET state = 'posting', claimed_until = @claimedUntil, reserved_until = @reservedUntil " +
        "WHERE community = @community AND id = @id AND state <> 'posted'",
    ),
    release: prepare(
      "UPDATE digests SET state = 'released', claimed_until = NULL " +
        "WHERE community = ? AND id = ? AND state = 'posting'",
    ),
    insertSuggestion: named(`
      INSERT INTO suggestions (community, id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score,
        score_for_a, score_for_b, reasons, citations, created_at, part_index, posted_at)
      VALUES (@community, @id, @digestId, @position, @pairKey, @aId, @bId, @aParty, @bParty, @score, @scoreForA,
        @scoreForB, @reasons, @citations, @createdAt, @partIndex, @postedAt)`),
    suggestionsOfDigest: prepare('SELECT * FROM suggestions WHERE community = ? AND digest_id = ? ORDER BY position'),
    getSuggestion: prepare('SELECT * FROM suggestions WHERE community = ? AND id = ?'),
    suggestionsSince: prepare(
      'SELECT * FROM suggestions WHERE community = ? AND posted_at >= ? ORDER BY posted_at DESC',
    ),
    reservedSuggestions: prepare(`
      SELECT s.* FROM suggestions s JOIN digests d ON d.community = s.community AND d.id = s.digest_id
      WHERE s.community = ? AND d.state <> 'posted' AND d.reserved_until > ? AND s.posted_at IS NULL`),
    digestPartiesSince: prepare(`
      SELECT d.id AS digest_id, s.a_id, s.b_id FROM digests d
      JOIN suggestions s ON s.community = d.community AND s.digest_id = d.id
      WHERE d.community = ? AND s.posted_at >= ? ORDER BY d.created_at DESC, s.position`),
  };
}

export function createDigestRepository(database: SqliteDatabase, community: string): DigestRepository {
  const statements = prepareStatements(database, community);
  const suggestionRowsOf = (id: string) => statements.suggestionsOfDigest.all(id) as SuggestionRow[];
  const digestFromRow = (row: DigestRow): Digest => digestFromRows(row, suggestionRowsOf(row.id));
  const planFromRow = (row: DigestRow): DigestPlan =>
    planFromRows(row, suggestionRowsOf(row.id), statements.partsOf.all(row.id) as PartRow[]);
  const insert = (digest: Digest, parts: readonly (readonly string[])[], posted: boolean, hold?: DigestHold) => {
    const postedAt = posted ? digest.createdAt : null;
    statements.insertDigest.run({
      id: digest.id,
      createdAt: digest.createdAt,
      channel: digest.channel ?? null,
      unmetNeeds: JSON.stringify(digest.unmetNeeds),
      state: posted ? 'posted' : 'posting',
      claimedUntil: hold?.claimedUntil ?? null,
      reservedUntil: hold?.reservedUntil ?? null,
    });
    parts.forEach((_, index) => statements.insertPart.run(digest.id, index, postedAt));
    const partOf = new Map(parts.flatMap((ids, index) => ids.map((id) => [id, index] as const)));
    digest.suggestions.forEach((suggestion, position) =>
      statements.insertSuggestion.run({
        ...suggestionParameters(suggestion),
        digestId: digest.id,
        position,
        createdAt: digest.createdAt,
        partIndex: partOf.get(suggestion.id) ?? 0,
        postedAt,
      }),
    );
  };
  const inTransaction = (work: () => void) => database.transaction(work).immediate();
  const rowById = (id: string) => statements.getDigest.get(id) as DigestRow | undefined;
  const latestRow = () => statements.latestDigest.get() as DigestRow | undefined;
  const mapped = <T>(row: DigestRow | undefined, to: (row: DigestRow) => T) => (row ? to(row) : undefined);
  return {
    saveDigest(digest) {
      inTransaction(() => insert(digest, [digest.suggestions.map((suggestion) => suggestion.id)], true));
    },
    saveDigestPlan(digest, parts, hold) {
      inTransaction(() => insert(digest, parts, false, hold));
    },
    getDigest: (id) => mapped(rowById(id), digestFromRow),
    latestDigest: () => mapped(latestRow(), digestFromRow),
    getDigestPlan: (id) => mapped(rowById(id), planFromRow),
    latestDigestPlan: () => mapped(latestRow(), planFromRow),
    resumableDigest(channel, now) {
      const row = statements.resumable.get({ now, channel: channel ?? null, platform: platformOf(channel) ?? null }) as
        DigestRow | undefined;
      return row ? planFromRow(row) : undefined;
    },
    claimDigest(id, channel, hold) {
      statements.claim.run({ id, channel: channel ?? null, ...hold });
    },
    recordDigestPart(id, partIndex, messageRef, at, hold) {
      inTransaction(() => {
        const recorded = statements.recordPart.run({ id, partIndex, messageRef: messageRef ?? null, at });
        if (recorded.changes === 0) return;
        statements.markSuggestionsPosted.run({ id, partIndex, at });
        const { count } = statements.unpostedParts.get(id) as { count: number };
        if (count === 0) statements.finish.run(id);
        else statements.hold.run({ id, ...hold });
      });
    },
    releaseDigest(id) {
      statements.release.run(id);
    },
    getSuggestion(id) {
      const row = statements.getSuggestion.get(id) as SuggestionRow | undefined;
      return row ? suggestionFromRow(row) : undefined;
    },
    suggestionsSince(since) {
      return (statements.suggestionsSince.all(since) as SuggestionRow[]).map(recentFromRow);
    },
    reservedSuggestions(now) {
      return (statements.reservedSuggestions.all(now) as SuggestionRow[]).map(recentFromRow);
    },
    digestPartiesSince(since) {
      return partiesByDigest(
        statements.digestPartiesSince.all(since) as { digest_id: string; a_id: string; b_id: string }[],
      );
    },
  };
}
