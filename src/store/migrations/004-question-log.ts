/**
 * Schema migration version 4 — the question log: one row per logged question (where it came from,
 * how it was answered, how long it took) and one vote per member per answer (the latest counts).
 * The salt for member hashes lives in store_meta (created once by the question-log repository).
 */
import type { Migration } from '../migrations.js';

export const questionLogMigrations: readonly Migration[] = [
  {
    version: 4,
    name: 'question log and answer votes',
    up(database) {
      database.exec(`
        CREATE TABLE questions (
          id TEXT PRIMARY KEY,
          asked_at TEXT NOT NULL,
          question TEXT NOT NULL,
          language TEXT NOT NULL,
          platform TEXT NOT NULL CHECK (platform IN ('cli', 'slack', 'discord')),
          community_id TEXT,
          channel_id TEXT,
          -- A salted hash of the asker's id, or the id itself with MATCHCUT_QUESTION_LOG_MEMBERS=1.
          member TEXT,
          path TEXT NOT NULL CHECK (path IN ('extractive', 'generated', 'refused')),
          grounded INTEGER NOT NULL CHECK (grounded IN (0, 1)),
          cited_article_ids TEXT NOT NULL CHECK (json_valid(cited_article_ids)),
          latency_ms INTEGER NOT NULL,
          -- The side with more votes (a tie: the latest vote); NULL before any vote.
          rating TEXT CHECK (rating IN ('helpful', 'not_helpful'))
        );
        CREATE INDEX questions_asked_at ON questions (asked_at);

        CREATE TABLE answer_votes (
          question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
          member TEXT NOT NULL,
          rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not_helpful')),
          at TEXT NOT NULL,
          PRIMARY KEY (question_id, member)
        );
      `);
    },
  },
];
