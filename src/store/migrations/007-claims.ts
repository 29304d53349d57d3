/**
 * Schema migration version 7 — event claims and schedule runs (issue 18): a replica claims a Slack
 * event, a Discord interaction or message, or a scheduled digest's (schedule, fire time) with a lease
 * before doing the work, so that it is done once; `lease_until_ms` is when an unfinished claim may be
 * taken over, `done_at` when it was completed.
 */
import type { Migration } from '../migrations.js';

export const claimMigrations: readonly Migration[] = [
  {
    version: 7,
    name: 'event claims and schedule runs',
    up(database) {
      database.exec(`
        CREATE TABLE event_claims (
          community TEXT NOT NULL,
          key TEXT NOT NULL,
          attempts INTEGER NOT NULL,
          lease_until_ms INTEGER NOT NULL,
          claimed_at TEXT NOT NULL,
          done_at TEXT,
          PRIMARY KEY (community, key)
        );
        CREATE INDEX event_claims_claimed_at ON event_claims (community, claimed_at);

        CREATE TABLE schedule_runs (
          community TEXT NOT NULL,
          schedule_id TEXT NOT NULL,
          fire_time TEXT NOT NULL,
          attempts INTEGER NOT NULL,
          lease_until_ms INTEGER NOT NULL,
          claimed_at TEXT NOT NULL,
          done_at TEXT,
          PRIMARY KEY (community, schedule_id, fire_time)
        );
        CREATE INDEX schedule_runs_claimed_at ON schedule_runs (community, claimed_at);
      `);
    },
  },
];
