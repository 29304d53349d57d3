/**
 * Claims with a lease (issue 18): a replica claims a platform event (a Slack `event_id`, a Discord
 * interaction or message id) or a scheduled run (schedule id and fire time) before doing its work, so
 * that across replicas it is done once. A claim that is neither completed nor renewed before its lease
 * runs out is presumed dead (its replica crashed) and the next claimer takes it over.
 */

/** What a claim attempt found. */
export type ClaimResult =
  /** This caller holds it now: first (`claimed`, attempt 1) or after an expired lease (`taken-over`). */
  | { outcome: 'claimed' | 'taken-over'; attempt: number }
  /** Someone else holds it (`done: false`, in flight) or it was completed (`done: true`). */
  | { outcome: 'duplicate'; done: boolean };

/** Whether the caller may do the work. */
export function isClaimed(result: ClaimResult): result is { outcome: 'claimed' | 'taken-over'; attempt: number } {
  return result.outcome !== 'duplicate';
}

/** Event claims and schedule runs, one community's (see ../store-interface.ts). */
export interface ClaimStore {
  /** Claims an event for `leaseMs`: claimed, a duplicate (in flight or done), or taken over after the lease. */
  claimEvent(key: string, leaseMs: number): Promise<ClaimResult>;
  /** Extends a held, unfinished claim's lease (long work); false when it is done or unknown. */
  renewEvent(key: string, leaseMs: number): Promise<boolean>;
  /** The work is done: later deliveries are duplicates for good. */
  completeEvent(key: string): Promise<void>;
  /** The work stopped before any effect: the next delivery claims it at once. */
  releaseEvent(key: string): Promise<void>;
  /** Claims a scheduled run, keyed by (schedule id, fire time as an ISO string), as `claimEvent` does. */
  claimScheduleRun(scheduleId: string, fireTime: string, leaseMs: number): Promise<ClaimResult>;
  renewScheduleRun(scheduleId: string, fireTime: string, leaseMs: number): Promise<boolean>;
  completeScheduleRun(scheduleId: string, fireTime: string): Promise<void>;
  /** Deletes event claims and schedule runs claimed before `beforeIso` (and rate windows over); returns how many. */
  deleteClaimsBefore(beforeIso: string): Promise<number>;
  /**
   * Counts one more turn in a rate window — `key` names the member and the window, which lasts
   * `windowMs` — and returns the count including this one. SQLite keeps windows in this process's
   * memory (one process serves a SQLite file); PostgreSQL in a table every replica shares.
   */
  countTurn(key: string, windowMs: number): Promise<number>;
}
