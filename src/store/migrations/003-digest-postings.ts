/**
 * Schema migration version 3 — digest postings per message part. A digest is chosen (its pairs
 * reserved for a while), then posted part by part; only a recorded part marks its suggestions as
 * suggested. Digests stored before this version were posted whole: they become one posted part.
 */
import type { Migration } from '../migrations.js';

export const digestPostingMigrations: readonly Migration[] = [
  {
    version: 3,
    name: 'digest postings per message part, reservations of chosen pairs',
    up(database) {
      database.exec(`
        -- posting: a poster holds it until claimed_until; released: its poster stopped (a failed
        -- post), a retry may take it over; posted: every part was recorded.
        ALTER TABLE digests ADD COLUMN state TEXT NOT NULL DEFAULT 'posted'
          CHECK (state IN ('posting', 'released', 'posted'));
        ALTER TABLE digests ADD COLUMN claimed_until TEXT;
        -- Until then the pairs of its unposted parts are kept out of other digests (for a retry).
        ALTER TABLE digests ADD COLUMN reserved_until TEXT;
        CREATE INDEX digests_state ON digests (state, channel);

        CREATE TABLE digest_parts (
          digest_id TEXT NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
          part_index INTEGER NOT NULL,
          posted_at TEXT,
          -- Where the part went, e.g. a Slack message ts or a Discord message id.
          message_ref TEXT,
          PRIMARY KEY (digest_id, part_index)
        );
        INSERT INTO digest_parts (digest_id, part_index, posted_at, message_ref)
          SELECT id, 0, created_at, NULL FROM digests;

        ALTER TABLE suggestions ADD COLUMN part_index INTEGER NOT NULL DEFAULT 0;
        -- Set when its part is recorded as posted: only then is the pair "suggested".
        ALTER TABLE suggestions ADD COLUMN posted_at TEXT;
        UPDATE suggestions SET posted_at = created_at;
        CREATE INDEX suggestions_posted_at ON suggestions (posted_at);
      `);
    },
  },
];
