/**
 * What the two claim backends (./claim-repository.ts on SQLite, ../postgres/postgres-claim-store.ts)
 * share: the two claims tables and their key columns, the lease check, and the method table that
 * turns per-table operations on a key (one column or two) into the ClaimStore methods.
 */

/** A claims table and the columns of its key (besides the community). */
export interface ClaimTable {
  name: 'event_claims' | 'schedule_runs';
  keys: readonly string[];
}

export const eventClaimsTable: ClaimTable = { name: 'event_claims', keys: ['key'] };
export const scheduleRunsTable: ClaimTable = { name: 'schedule_runs', keys: ['schedule_id', 'fire_time'] };

export function checkedLease(leaseMs: number): number {
  if (!Number.isInteger(leaseMs) || leaseMs <= 0) {
    throw new Error(`a claim's lease must be a positive whole number of ms, not ${leaseMs}`);
  }
  return leaseMs;
}

/** A backend's operations on one table, by key values (synchronous or not). */
export interface ClaimOperations<Claimed, Renewed, Done> {
  claim(key: readonly string[], leaseMs: number): Claimed;
  renew(key: readonly string[], leaseMs: number): Renewed;
  complete(key: readonly string[]): Done;
  release(key: readonly string[]): Done;
}

/** The ClaimStore methods (less pruning) over the event and schedule-run tables' operations. */
export function claimMethods<Claimed, Renewed, Done>(
  events: ClaimOperations<Claimed, Renewed, Done>,
  runs: ClaimOperations<Claimed, Renewed, Done>,
) {
  return {
    claimEvent: (key: string, leaseMs: number) => events.claim([key], leaseMs),
    renewEvent: (key: string, leaseMs: number) => events.renew([key], leaseMs),
    completeEvent: (key: string) => events.complete([key]),
    releaseEvent: (key: string) => events.release([key]),
    claimScheduleRun: (scheduleId: string, fireTime: string, leaseMs: number) =>
      runs.claim([scheduleId, fireTime], leaseMs),
    renewScheduleRun: (scheduleId: string, fireTime: string, leaseMs: number) =>
      runs.renew([scheduleId, fireTime], leaseMs),
    completeScheduleRun: (scheduleId: string, fireTime: string) => runs.complete([scheduleId, fireTime]),
  };
}
