/**
 * Feedback, introductions, the pairs matching skips and the organizer report's counts in PostgreSQL
 * (same behaviour as the SQLite repository): one feedback row per answer, the latest per side counts;
 * one introduction per pair; suggestions and digests count once posted, at least in part.
 */
import type { FeedbackVerdict } from '../../matchmaking/types.js';
import type { FeedbackStore } from '../store-interface.js';
import { type PairBlock, pairKeyOf, type PartyState, type StoreCounts } from '../store-types.js';
import type { PostgresContext } from './postgres-context.js';
import type { Queryable } from './postgres-pool.js';

async function partyState(client: Queryable, community: string, suggestionId: string): Promise<PartyState> {
  const result = await client.query<{ party: 'a' | 'b'; verdict: FeedbackVerdict }>(
    `SELECT DISTINCT ON (party) party, verdict FROM feedback
     WHERE community = $1 AND suggestion_id = $2 ORDER BY party, id DESC`,
    [community, suggestionId],
  );
  const verdictOf = (party: 'a' | 'b') => result.rows.find((row) => row.party === party)?.verdict ?? null;
  return { a: verdictOf('a'), b: verdictOf('b') };
}

const countsQuery = `
  WITH latest AS (
    SELECT DISTINCT ON (suggestion_id, party) suggestion_id, verdict FROM feedback
    WHERE community = $1 ORDER BY suggestion_id, party, id DESC
  )
  SELECT
    (SELECT COUNT(*)::integer FROM suggestions WHERE community = $1 AND posted_at IS NOT NULL) AS suggested,
    (SELECT COUNT(DISTINCT suggestion_id)::integer FROM latest WHERE verdict = 'interested') AS interested,
    (SELECT COUNT(*)::integer FROM introductions WHERE community = $1) AS introduced,
    (SELECT COUNT(DISTINCT suggestion_id)::integer FROM latest WHERE verdict = 'not_a_fit') AS declined,
    (SELECT COUNT(DISTINCT suggestion_id)::integer FROM latest WHERE verdict = 'know') AS "alreadyKnown",
    (SELECT COUNT(*)::integer FROM digests d WHERE d.community = $1 AND (d.state = 'posted' OR EXISTS
      (SELECT 1 FROM digest_parts p
       WHERE p.community = d.community AND p.digest_id = d.id AND p.posted_at IS NOT NULL))) AS digests`;

export function createPostgresFeedbackStore(context: PostgresContext): FeedbackStore {
  const { community } = context;
  return {
    recordFeedback(record) {
      return context.atomic(async (client) => {
        await client.query(
          `INSERT INTO feedback (community, suggestion_id, pair_key, party, profile_id, verdict, reason, actor, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            community,
            record.suggestionId,
            record.pairKey,
            record.party,
            record.profileId,
            record.verdict,
            record.reason ?? null,
            record.actor,
            record.at,
          ],
        );
        return partyState(client, community, record.suggestionId);
      });
    },
    feedbackState(suggestionId) {
      return partyState(context, community, suggestionId);
    },
    async addIntroduction(suggestion, at) {
      const { a, b } = suggestion;
      const result = await context.query(
        `INSERT INTO introductions (community, suggestion_id, pair_key, a_id, b_id, at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (community, pair_key) DO NOTHING`,
        [community, suggestion.id, pairKeyOf(a.id, b.id), a.id, b.id, at],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async blockedPairs() {
      const blocked = new Map<string, PairBlock>();
      const verdicts = await context.query<{ pair_key: string; verdict: FeedbackVerdict }>(
        `SELECT DISTINCT ON (pair_key, profile_id) pair_key, verdict FROM feedback
         WHERE community = $1 ORDER BY pair_key, profile_id, id DESC`,
        [community],
      );
      for (const row of verdicts.rows) {
        if (row.verdict === 'not_a_fit') blocked.set(row.pair_key, 'declined');
        else if (row.verdict === 'know' && !blocked.has(row.pair_key)) blocked.set(row.pair_key, 'known');
      }
      const introduced = await context.query<{ pair_key: string }>(
        'SELECT pair_key FROM introductions WHERE community = $1 ORDER BY id',
        [community],
      );
      for (const row of introduced.rows) {
        if (!blocked.has(row.pair_key)) blocked.set(row.pair_key, 'introduced');
      }
      return blocked;
    },
    async counts() {
      const result = await context.query<StoreCounts>(countsQuery, [community]);
      const row = result.rows[0];
      if (row === undefined) throw new Error('postgres-feedback-store: the counts query returned no row');
      return row;
    },
  };
}
