/**
 * Versioned schema migrations for the SQLite store. Each migration runs in its own
 * transaction and is recorded in `schema_migrations`; a migration is never edited once
 * shipped — add a new one with the next version instead.
 */
import type Database from 'better-sqlite3';

import { digestPostingMigrations } from './migrations/003-digest-postings.js';
import { questionLogMigrations } from './migrations/004-question-log.js';
import { channelSettingMigrations } from './migrations/005-channel-settings.js';
import { communityMigrations, lastingColumns } from './migrations/006-communities.js';
import { claimMigrations } from './migrations/007-claims.js';

export interface Migration {
  version: number;
  name: string;
  up(database: Database.Database): void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'profiles, member links, digests, suggestions, feedback, introductions',
    up(database) {
      database.exec(`
        CREATE TABLE store_meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
        INSERT INTO store_meta (key, value) VALUES ('profiles_revision', '0');

        CREATE TABLE profiles (
          id TEXT PRIMARY KEY,
          ${lastingColumns.profiles}
        );
        CREATE UNIQUE INDEX profiles_name_key ON profiles (name_key);
        CREATE INDEX profiles_kind ON profiles (kind);
        CREATE INDEX profiles_origin ON profiles (origin);

        -- Knowledge profiles an organizer removed: the next knowledge sync must not bring them back.
        CREATE TABLE profile_tombstones (
          id TEXT PRIMARY KEY,
          removed_at TEXT NOT NULL
        );

        CREATE TABLE member_links (
          member TEXT PRIMARY KEY,
          profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
          linked_at TEXT NOT NULL
        );
        CREATE INDEX member_links_profile ON member_links (profile_id);

        CREATE TABLE digests (
          id TEXT PRIMARY KEY,
          created_at TEXT NOT NULL,
          channel TEXT,
          unmet_needs TEXT NOT NULL CHECK (json_valid(unmet_needs))
        );
        CREATE INDEX digests_created_at ON digests (created_at);

        -- Suggestions keep a snapshot of both parties, so history survives a removed profile.
        CREATE TABLE suggestions (
          id TEXT PRIMARY KEY,
          digest_id TEXT REFERENCES digests (id) ON DELETE CASCADE,
          ${lastingColumns.suggestions},
          CHECK (a_id <> b_id)
        );
        CREATE INDEX suggestions_digest ON suggestions (digest_id, position);
        CREATE INDEX suggestions_pair ON suggestions (pair_key);
        CREATE INDEX suggestions_created_at ON suggestions (created_at);

        CREATE TABLE feedback (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          suggestion_id TEXT NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
          ${lastingColumns.feedback}
        );
        CREATE INDEX feedback_suggestion ON feedback (suggestion_id, party, id);
        CREATE INDEX feedback_pair ON feedback (pair_key, profile_id, id);

        CREATE TABLE introductions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          suggestion_id TEXT NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
          pair_key TEXT NOT NULL UNIQUE,
          a_id TEXT NOT NULL,
          b_id TEXT NOT NULL,
          at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    name: 'news feeds and their items',
    up(database) {
      database.exec(`
        CREATE TABLE feeds (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          url TEXT NOT NULL UNIQUE,
          title TEXT,
          kind TEXT NOT NULL CHECK (kind IN ('rss', 'atom')),
          added_at TEXT NOT NULL,
          synced_at TEXT,
          last_error TEXT
        );

        -- One row per item a feed listed: the marker says when the feed last changed it; the
        -- article it became (by canonical URL and content hash), or the reason it failed.
        CREATE TABLE feed_items (
          ${lastingColumns.feedItems},
          PRIMARY KEY (feed_id, item_key)
        );
        CREATE INDEX feed_items_link ON feed_items (link);
        CREATE INDEX feed_items_article_url ON feed_items (article_url);
      `);
    },
  },
  ...digestPostingMigrations,
  ...questionLogMigrations,
  ...channelSettingMigrations,
  ...communityMigrations,
  ...claimMigrations,
];
