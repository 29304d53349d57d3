/**
 * Digests, their message parts and their suggestions in PostgreSQL, and the suggestions a partner
 * search makes (no digest). Same behaviour as the SQLite repositories: a digest is stored when chosen
 * (state "posting": a poster holds it, its pairs are reserved), each part is recorded when posted,
 * and only suggestions of recorded parts count as suggested. Multi-row writes are one transaction
 * holding the community's write lock, so a digest chosen in a store transaction never shares a pair
 * with one another replica is choosing.
 */
import type { Digest, Suggestion } from '../../matchmaking/types.js';
import type { DigestPartRow as PartRow, DigestRow, DigestSuggestionRow as SuggestionRow } from '../rows/digest-rows.js';
import { digestFromRows, partiesByDigest, planFromRows, platformOf, recentFromRow } from '../rows/digest-rows.js';
import type { DigestStore, PartnerSuggestionStore } from '../store-interface.js';
import type { DigestHold, DigestPlan } from '../store-types.js';
import { suggestionFromRow, suggestionParameters } from '../suggestion-rows.js';
import type { PostgresContext } from './postgres-context.js';
import type { Queryable } from './postgres-pool.js';

const digestColumns = 'd.id, d.created_at, d.channel, d.unmet_needs, d.state, d.reserved_until';
const suggestionColumns =
  's.id, s.digest_id, s.pair_key, s.a_id, s.b_id, s.a_party, s.b_party, s.score, s.score_for_a, s.score_for_b, ' +
  's.reasons, s.citations, s.created_at, s.part_index, s.posted_at';

const resumableQuery = `
  SELECT ${digestColumns} FROM digests d
  WHERE d.community = $1 AND d.state <> 'posted' AND d.reserved_until > $2
    AND (d.state = 'released' OR d.claimed_until <= $2)
    AND (d.channel IS NOT DISTINCT FROM $3::text
      OR ($4::text IS NOT NULL AND left(d.channel, length($4::text)) = $4::text
      AND NOT EXISTS (SELECT 1 FROM digest_parts p
        WHERE p.community = d.community AND p.digest_id = d.id AND p.posted_at IS NOT NULL)))
  ORDER BY (d.channel IS NOT DISTINCT FROM $3::text) DESC, d.created_at DESC, d.seq DESC LIMIT 1`;

const insertSuggestion = `
  INSERT INTO suggestions (community, id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score,
    score_for_a, score_for_b, reasons, citations, created_at, part_index, posted_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`;

/** A suggestion's values from pair_key to citations, in the insert statements' column order. */
const pairColumnValues = (values: ReturnType<typeof suggestionParameters>) => [
  values.pairKey,
  values.aId,
  values.bId,
  values.aParty,
  values.bParty,
  values.score,
  values.scoreForA,
  values.scoreForB,
  values.reasons,
  values.citations,
];

async function insertDigest(
  client: Queryable,
  community: string,
  digest: Digest,
  parts: readonly (readonly string[])[],
  hold: DigestHold | undefined,
): Promise<void> {
  const posted = hold === undefined;
  const postedAt = posted ? digest.createdAt : null;
  await client.query(
    `INSERT INTO digests (community, id, created_at, channel, unmet_needs, state, claimed_until, reserved_until)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      community,
      digest.id,
      digest.createdAt,
      digest.channel ?? null,
      JSON.stringify(digest.unmetNeeds),
      posted ? 'posted' : 'posting',
      hold?.claimedUntil ?? null,
      hold?.reservedUntil ?? null,
    ],
  );
  for (let index = 0; index < parts.length; index += 1) {
    await client.query(
      `INSERT INTO digest_parts (community, digest_id, part_index, posted_at, message_ref)
       VALUES ($1, $2, $3, $4, NULL)`,
      [community, digest.id, index, postedAt],
    );
  }
  const partOf = new Map(parts.flatMap((ids, index) => ids.map((id) => [id, index] as const)));
  for (const [position, suggestion] of digest.suggestions.entries()) {
    const values = suggestionParameters(suggestion);
    await client.query(insertSuggestion, [
      community,
      values.id,
      digest.id,
      position,
      ...pairColumnValues(values),
      digest.createdAt,
      partOf.get(suggestion.id) ?? 0,
      postedAt,
    ]);
  }
}

/** The digests with suggestions posted at or after `since`, newest first, with those suggestions' party ids. */
async function digestPartiesSince(context: PostgresContext, since: string) {
  const result = await context.query<{ digest_id: string; a_id: string; b_id: string }>(
    `SELECT d.id AS digest_id, s.a_id, s.b_id FROM digests d
         JOIN suggestions s ON s.community = d.community AND s.digest_id = d.id
         WHERE d.community = $1 AND s.posted_at >= $2 ORDER BY d.created_at DESC, d.seq DESC, s.position`,
    [context.community, since],
  );
  return partiesByDigest(result.rows);
}

function createDigestReads(context: PostgresContext) {
  const { community } = context;
  const suggestionsOf = async (digestId: string) =>
    (
      await context.query<SuggestionRow>(
        `SELECT ${suggestionColumns} FROM suggestions s
         WHERE s.community = $1 AND s.digest_id = $2 ORDER BY s.position`,
        [community, digestId],
      )
    ).rows;
  const planFromRow = async (row: DigestRow): Promise<DigestPlan> => {
    const partRows = await context.query<PartRow>(
      `SELECT part_index, posted_at, message_ref FROM digest_parts
       WHERE community = $1 AND digest_id = $2 ORDER BY part_index`,
      [community, row.id],
    );
    return planFromRows(row, await suggestionsOf(row.id), partRows.rows);
  };
  const digestRow = async (id: string) =>
    (
      await context.query<DigestRow>(`SELECT ${digestColumns} FROM digests d WHERE d.community = $1 AND d.id = $2`, [
        community,
        id,
      ])
    ).rows[0];
  const latestRow = async () =>
    (
      await context.query<DigestRow>(
        `SELECT ${digestColumns} FROM digests d WHERE d.community = $1 ORDER BY d.created_at DESC, d.seq DESC LIMIT 1`,
        [community],
      )
    ).rows[0];
  const recent = async (sql: string, value: string) =>
    (await context.query<SuggestionRow>(sql, [community, value])).rows.map(recentFromRow);
  return {
    async getDigest(id) {
      const row = await digestRow(id);
      return row === undefined ? undefined : digestFromRows(row, await suggestionsOf(row.id));
    },
    async latestDigest() {
      const row = await latestRow();
      return row === undefined ? undefined : digestFromRows(row, await suggestionsOf(row.id));
    },
    async getDigestPlan(id) {
      const row = await digestRow(id);
      return row === undefined ? undefined : planFromRow(row);
    },
    async latestDigestPlan() {
      const row = await latestRow();
      return row === undefined ? undefined : planFromRow(row);
    },
    async resumableDigest(channel, now) {
      const result = await context.query<DigestRow>(resumableQuery, [
        community,
        now,
        channel ?? null,
        platformOf(channel) ?? null,
      ]);
      const row = result.rows[0];
      return row === undefined ? undefined : planFromRow(row);
    },
    async getSuggestion(id) {
      const result = await context.query<SuggestionRow>(
        `SELECT ${suggestionColumns} FROM suggestions s WHERE s.community = $1 AND s.id = $2`,
        [community, id],
      );
      const row = result.rows[0];
      return row === undefined ? undefined : suggestionFromRow(row);
    },
    suggestionsSince(since) {
      return recent(
        `SELECT ${suggestionColumns} FROM suggestions s
         WHERE s.community = $1 AND s.posted_at >= $2 ORDER BY s.posted_at DESC, s.seq DESC`,
        since,
      );
    },
    reservedSuggestions(now) {
      return recent(
        `SELECT ${suggestionColumns} FROM suggestions s
         JOIN digests d ON d.community = s.community AND d.id = s.digest_id
         WHERE s.community = $1 AND d.state <> 'posted' AND d.reserved_until > $2 AND s.posted_at IS NULL
         ORDER BY s.seq`,
        now,
      );
    },
    digestPartiesSince: (since: string) => digestPartiesSince(context, since),
  } satisfies Partial<DigestStore>;
}

function createDigestWrites(context: PostgresContext) {
  const { community } = context;
  return {
    async saveDigest(digest) {
      const parts = [digest.suggestions.map((suggestion) => suggestion.id)];
      await context.atomic((client) => insertDigest(client, community, digest, parts, undefined));
    },
    async saveDigestPlan(digest, parts, hold) {
      await context.atomic((client) => insertDigest(client, community, digest, parts, hold));
    },
    async claimDigest(id, channel, hold) {
      await context.query(
        `UPDATE digests SET state = 'posting', channel = $3, claimed_until = $4, reserved_until = $5
         WHERE community = $1 AND id = $2 AND state <> 'posted'`,
        [community, id, channel ?? null, hold.claimedUntil, hold.reservedUntil],
      );
    },
    async recordDigestPart(id, partIndex, messageRef, at, hold) {
      await context.atomic(async (client) => {
        const recorded = await client.query(
          `UPDATE digest_parts SET posted_at = $4, message_ref = $5
           WHERE community = $1 AND digest_id = $2 AND part_index = $3 AND posted_at IS NULL`,
          [community, id, partIndex, at, messageRef ?? null],
        );
        if (recorded.rowCount === 0) return;
        await client.query(
          `UPDATE suggestions SET posted_at = $4
           WHERE community = $1 AND digest_id = $2 AND part_index = $3 AND posted_at IS NULL`,
          [community, id, partIndex, at],
        );
        const unposted = await client.query<{ count: number }>(
          `SELECT COUNT(*)::integer AS count FROM digest_parts
           WHERE community = $1 AND digest_id = $2 AND posted_at IS NULL`,
          [community, id],
        );
        if (unposted.rows[0]?.count === 0) {
          await client.query(
            `UPDATE digests SET state = 'posted', claimed_until = NULL, reserved_until = NULL
             WHERE community = $1 AND id = $2`,
            [community, id],
          );
        } else {
          await client.query(
            `UPDATE digests SET state = 'posting', claimed_until = $3, reserved_until = $4
             WHERE community = $1 AND id = $2 AND state <> 'posted'`,
            [community, id, hold.claimedUntil, hold.reservedUntil],
          );
        }
      });
    },
    async releaseDigest(id) {
      await context.query(
        `UPDATE digests SET state = 'released', claimed_until = NULL
         WHERE community = $1 AND id = $2 AND state = 'posting'`,
        [community, id],
      );
    },
  } satisfies Partial<DigestStore>;
}

export function createPostgresDigestStore(context: PostgresContext): DigestStore {
  return { ...createDigestReads(context), ...createDigestWrites(context) };
}

export function createPostgresPartnerSuggestionStore(context: PostgresContext): PartnerSuggestionStore {
  const { community } = context;
  return {
    async savePartnerSuggestion(suggestion: Suggestion, createdAt: string) {
      const values = suggestionParameters(suggestion);
      await context.query(
        `INSERT INTO suggestions (community, id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score,
           score_for_a, score_for_b, reasons, citations, created_at)
         VALUES ($1, $2, NULL, 0, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [community, values.id, ...pairColumnValues(values), createdAt],
      );
    },
    async latestSuggestionOfPair(pairKey) {
      const result = await context.query<SuggestionRow>(
        `SELECT ${suggestionColumns} FROM suggestions s
         WHERE s.community = $1 AND s.pair_key = $2 ORDER BY s.created_at DESC, s.seq DESC LIMIT 1`,
        [community, pairKey],
      );
      const row = result.rows[0];
      return row === undefined ? undefined : suggestionFromRow(row);
    },
  };
}
