/**
 * Event claims and schedule runs in SQLite (tables from migration 7), one community's. A claim is an
 * upsert: a new key is inserted (claimed); an existing one is taken over only when it is unfinished and
 * its lease (`lease_until_ms`, this process's clock) has run out; otherwise nothing changes (a
 * duplicate). Rate windows (`countTurn`) stay in this process's memory: they last a minute or so and one
 * process serves a SQLite file. Synchronous; ../sqlite-store.ts offers it as the async ClaimStore.
 */
import type { SqliteDatabase } from '../sqlite-database.js';
import type { ClaimResult } from './claim-types.js';
import { type ClaimTable, checkedLease, claimMethods, eventClaimsTable, scheduleRunsTable } from './claim-tables.js';

export interface ClaimRepository {
  claimEvent(key: string, leaseMs: number): ClaimResult;
  renewEvent(key: string, leaseMs: number): boolean;
  completeEvent(key: string): void;
  releaseEvent(key: string): void;
  claimScheduleRun(scheduleId: string, fireTime: string, leaseMs: number): ClaimResult;
  renewScheduleRun(scheduleId: string, fireTime: string, leaseMs: number): boolean;
  completeScheduleRun(scheduleId: string, fireTime: string): void;
  deleteClaimsBefore(beforeIso: string): number;
  countTurn(key: string, windowMs: number): number;
}

/** Rate windows in this process's memory: a count per key until the window is over. */
function createTurnCounter(now: () => number = Date.now) {
  const windows = new Map<string, { count: number; overAtMs: number }>();
  let nextSweepMs = 0;
  return (key: string, windowMs: number): number => {
    const at = now();
    if (at >= nextSweepMs) {
      for (const [name, window] of windows) if (window.overAtMs <= at) windows.delete(name);
      nextSweepMs = at + 60_000;
    }
    const current = windows.get(key);
    if (current === undefined || current.overAtMs <= at) {
      windows.set(key, { count: 1, overAtMs: at + checkedLease(windowMs) });
      return 1;
    }
    current.count += 1;
    return current.count;
  };
}

function claimStatements(database: SqliteDatabase, community: string, table: ClaimTable) {
  const keyColumns = table.keys.join(', ');
  const keyParameters = table.keys.map((_, index) => `@k${index}`).join(', ');
  const keyMatch = table.keys.map((column, index) => `${column} = @k${index}`).join(' AND ');
  const where = `community = @community AND ${keyMatch}`;
  const claim = database.prepare(`
    INSERT INTO ${table.name} (community, ${keyColumns}, attempts, lease_until_ms, claimed_at, done_at)
    VALUES (@community, ${keyParameters}, 1, @leaseUntil, @at, NULL)
    ON CONFLICT (community, ${keyColumns}) DO UPDATE SET attempts = attempts + 1,
      lease_until_ms = excluded.lease_until_ms, claimed_at = excluded.claimed_at
    WHERE done_at IS NULL AND lease_until_ms <= @now
    RETURNING attempts`);
  const state = database.prepare(`SELECT done_at FROM ${table.name} WHERE ${where}`);
  const renew = database.prepare(
    `UPDATE ${table.name} SET lease_until_ms = @leaseUntil WHERE ${where} AND done_at IS NULL`,
  );
  const complete = database.prepare(`UPDATE ${table.name} SET done_at = @at WHERE ${where} AND done_at IS NULL`);
  const release = database.prepare(`UPDATE ${table.name} SET lease_until_ms = 0 WHERE ${where} AND done_at IS NULL`);
  const named = (key: readonly string[], extra: Record<string, unknown> = {}) => ({
    community,
    ...Object.fromEntries(key.map((value, index) => [`k${index}`, value])),
    ...extra,
  });
  return {
    claim(key: readonly string[], leaseMs: number): ClaimResult {
      const now = Date.now();
      const leaseUntil = now + checkedLease(leaseMs);
      const at = new Date(now).toISOString();
      const row = claim.get(named(key, { leaseUntil, at, now })) as { attempts: number } | undefined;
      if (row !== undefined) return { outcome: row.attempts === 1 ? 'claimed' : 'taken-over', attempt: row.attempts };
      const existing = state.get(named(key)) as { done_at: string | null } | undefined;
      return { outcome: 'duplicate', done: existing?.done_at !== null && existing?.done_at !== undefined };
    },
    renew: (key: readonly string[], leaseMs: number) =>
      renew.run(named(key, { leaseUntil: Date.now() + checkedLease(leaseMs) })).changes > 0,
    complete(key: readonly string[]) {
      complete.run(named(key, { at: new Date().toISOString() }));
    },
    release(key: readonly string[]) {
      release.run(named(key));
    },
  };
}

export function createClaimRepository(database: SqliteDatabase, community: string): ClaimRepository {
  const events = claimStatements(database, community, eventClaimsTable);
  const runs = claimStatements(database, community, scheduleRunsTable);
  const prune = ['event_claims', 'schedule_runs'].map((table) =>
    database.prepare(`DELETE FROM ${table} WHERE community = ? AND claimed_at < ?`),
  );
  const pruneAll = database.transaction((beforeIso: string) =>
    prune.reduce((count, statement) => count + statement.run(community, beforeIso).changes, 0),
  );
  return {
    ...claimMethods(events, runs),
    deleteClaimsBefore: (beforeIso) => pruneAll.immediate(beforeIso),
    countTurn: createTurnCounter(),
  };
}
