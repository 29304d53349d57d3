/**
 * Event claims and schedule runs in PostgreSQL (migration 2), with the same behaviour as the SQLite
 * repository: `INSERT … ON CONFLICT … DO UPDATE … WHERE` the row is unfinished and its lease has run
 * out, so of replicas claiming at once exactly one gets a row back. Leases are measured on the
 * database server's clock (`clock_timestamp()`), which every replica shares. Rate windows
 * (`member_turns`, migration 3) count a member's questions across replicas: the key names the window.
 */
import {
  type ClaimTable,
  checkedLease,
  claimMethods,
  eventClaimsTable,
  scheduleRunsTable,
} from '../claims/claim-tables.js';
import type { ClaimResult, ClaimStore } from '../claims/claim-types.js';
import type { PostgresContext } from './postgres-context.js';

function claimQueries(context: PostgresContext, table: ClaimTable) {
  const { community } = context;
  const keyColumns = table.keys.join(', ');
  const keyMatch = table.keys.map((column, index) => `${column} = $${index + 2}`).join(' AND ');
  const where = `community = $1 AND ${keyMatch}`;
  const next = table.keys.length + 2;
  const lease = `clock_timestamp() + $${next}::bigint * interval '1 millisecond'`;
  const claimSql = `
    INSERT INTO ${table.name} AS t (community, ${keyColumns}, attempts, lease_until, claimed_at, done_at)
    VALUES ($1, ${table.keys.map((_, index) => `$${index + 2}`).join(', ')}, 1, ${lease}, clock_timestamp(), NULL)
    ON CONFLICT (community, ${keyColumns}) DO UPDATE SET attempts = t.attempts + 1,
      lease_until = excluded.lease_until, claimed_at = excluded.claimed_at
    WHERE t.done_at IS NULL AND t.lease_until <= clock_timestamp()
    RETURNING attempts`;
  return {
    async claim(key: readonly string[], leaseMs: number): Promise<ClaimResult> {
      const claimed = await context.query<{ attempts: number }>(claimSql, [community, ...key, checkedLease(leaseMs)]);
      const row = claimed.rows[0];
      if (row !== undefined) return { outcome: row.attempts === 1 ? 'claimed' : 'taken-over', attempt: row.attempts };
      const existing = await context.query<{ done: boolean }>(
        `SELECT done_at IS NOT NULL AS done FROM ${table.name} WHERE ${where}`,
        [community, ...key],
      );
      return { outcome: 'duplicate', done: existing.rows[0]?.done === true };
    },
    async renew(key: readonly string[], leaseMs: number): Promise<boolean> {
      const result = await context.query(
        `UPDATE ${table.name} SET lease_until = ${lease} WHERE ${where} AND done_at IS NULL`,
        [community, ...key, checkedLease(leaseMs)],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async complete(key: readonly string[]): Promise<void> {
      await context.query(`UPDATE ${table.name} SET done_at = clock_timestamp() WHERE ${where} AND done_at IS NULL`, [
        community,
        ...key,
      ]);
    },
    async release(key: readonly string[]): Promise<void> {
      await context.query(`UPDATE ${table.name} SET lease_until = '-infinity' WHERE ${where} AND done_at IS NULL`, [
        community,
        ...key,
      ]);
    },
  };
}

export function createPostgresClaimStore(context: PostgresContext): ClaimStore {
  const events = claimQueries(context, eventClaimsTable);
  const runs = claimQueries(context, scheduleRunsTable);
  return {
    ...claimMethods(events, runs),
    deleteClaimsBefore: (beforeIso) =>
      context.atomic(async (client) => {
        let count = 0;
        for (const table of ['event_claims', 'schedule_runs']) {
          const result = await client.query(
            `DELETE FROM ${table} WHERE community = $1 AND claimed_at < $2::timestamptz`,
            [context.community, beforeIso],
          );
          count += result.rowCount ?? 0;
        }
        const windows = await client.query(
          'DELETE FROM member_turns WHERE community = $1 AND over_at < clock_timestamp()',
          [context.community],
        );
        return count + (windows.rowCount ?? 0);
      }),
    async countTurn(key, windowMs) {
      const counted = await context.query<{ count: number }>(
        `INSERT INTO member_turns AS t (community, key, count, over_at)
         VALUES ($1, $2, 1, clock_timestamp() + $3::bigint * interval '1 millisecond')
         ON CONFLICT (community, key) DO UPDATE SET count = t.count + 1
         RETURNING count`,
        [context.community, key, checkedLease(windowMs)],
      );
      return counted.rows[0]?.count ?? 1;
    },
  };
}
