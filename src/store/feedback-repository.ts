/**
 * Feedback on suggestions (one row per answer; the latest per side counts), introductions (one
 * per pair), the pairs matching must skip, and the counts of the organizer report (suggestions and
 * digests count once posted, at least in part), of one community (SQLite, synchronous).
 */
import type { FeedbackVerdict, Suggestion } from '../matchmaking/types.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import { type FeedbackRecord, type PairBlock, pairKeyOf, type PartyState, type StoreCounts } from './store-types.js';

export interface FeedbackRepository {
  /** Records one feedback row; returns the latest verdict of each side of the suggestion. */
  recordFeedback(record: FeedbackRecord): PartyState;
  feedbackState(suggestionId: string): PartyState;
  /** Records an introduction for the pair; false when the pair was already introduced. */
  addIntroduction(suggestion: Suggestion, at: string): boolean;
  /** Pairs excluded from matching: declined (not a fit), already known, or already introduced. */
  blockedPairs(): Map<string, PairBlock>;
  counts(): StoreCounts;
}

function prepareStatements(database: SqliteDatabase, community: string) {
  const prepare = (sql: string) => scopedStatement(database, community, sql);
  const named = (sql: string) => namedScopedStatement(database, community, sql);
  return {
    insertFeedback: named(`
      INSERT INTO feedback (community, suggestion_id, pair_key, party, profile_id, verdict, reason, actor, at)
      VALUES (@community, @suggestionId, @pairKey, @party, @profileId, @verdict, @reason, @actor, @at)`),
    latestVerdict: prepare(
      'SELECT verdict FROM feedback WHERE community = ? AND suggestion_id = ? AND party = ? ORDER BY id DESC LIMIT 1',
    ),
    insertIntroduction: prepare(
      'INSERT OR IGNORE INTO introductions (community, suggestion_id, pair_key, a_id, b_id, at) ' +
        'VALUES (?, ?, ?, ?, ?, ?)',
    ),
    latestPairVerdicts: named(`
      SELECT f.pair_key, f.verdict FROM feedback f
      JOIN (SELECT pair_key, profile_id, MAX(id) AS id FROM feedback WHERE community = @community
        GROUP BY pair_key, profile_id) latest
        ON latest.id = f.id`),
    introducedPairs: prepare('SELECT pair_key FROM introductions WHERE community = ?'),
    counts: named(`
      WITH latest AS (
        SELECT f.suggestion_id, f.verdict FROM feedback f
        JOIN (SELECT suggestion_id, party, MAX(id) AS id FROM feedback WHERE community = @community
          GROUP BY suggestion_id, party) last
          ON last.id = f.id
      )
      SELECT
        (SELECT COUNT(*) FROM suggestions WHERE community = @community AND posted_at IS NOT NULL) AS suggested,
        (SELECT COUNT(DISTINCT suggestion_id) FROM latest WHERE verdict = 'interested') AS interested,
        (SELECT COUNT(*) FROM introductions WHERE community = @community) AS introduced,
        (SELECT COUNT(DISTINCT suggestion_id) FROM latest WHERE verdict = 'not_a_fit') AS declined,
        (SELECT COUNT(DISTINCT suggestion_id) FROM latest WHERE verdict = 'know') AS alreadyKnown,
        (SELECT COUNT(*) FROM digests d WHERE d.community = @community AND (d.state = 'posted' OR EXISTS
          (SELECT 1 FROM digest_parts p WHERE p.community = d.community AND p.digest_id = d.id
            AND p.posted_at IS NOT NULL))) AS digests`),
  };
}

export function createFeedbackRepository(database: SqliteDatabase, community: string): FeedbackRepository {
  const statements = prepareStatements(database, community);
  const verdictOf = (suggestionId: string, party: 'a' | 'b'): FeedbackVerdict | null =>
    (statements.latestVerdict.get(suggestionId, party) as { verdict: FeedbackVerdict } | undefined)?.verdict ?? null;
  return {
    recordFeedback(record) {
      return database
        .transaction(() => {
          statements.insertFeedback.run({ ...record, reason: record.reason ?? null });
          return { a: verdictOf(record.suggestionId, 'a'), b: verdictOf(record.suggestionId, 'b') };
        })
        .immediate();
    },
    feedbackState(suggestionId) {
      return { a: verdictOf(suggestionId, 'a'), b: verdictOf(suggestionId, 'b') };
    },
    addIntroduction(suggestion, at) {
      const { a, b } = suggestion;
      const result = statements.insertIntroduction.run(suggestion.id, pairKeyOf(a.id, b.id), a.id, b.id, at);
      return result.changes > 0;
    },
    blockedPairs() {
      const blocked = new Map<string, PairBlock>();
      const verdicts = statements.latestPairVerdicts.all() as { pair_key: string; verdict: FeedbackVerdict }[];
      for (const row of verdicts) {
        if (row.verdict === 'not_a_fit') blocked.set(row.pair_key, 'declined');
        else if (row.verdict === 'know' && !blocked.has(row.pair_key)) blocked.set(row.pair_key, 'known');
      }
      for (const row of statements.introducedPairs.all() as { pair_key: string }[]) {
        if (!blocked.has(row.pair_key)) blocked.set(row.pair_key, 'introduced');
      }
      return blocked;
    },
    counts() {
      return statements.counts.get() as StoreCounts;
    },
  };
}
