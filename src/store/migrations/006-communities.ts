/**
 * Schema migration version 6 — a `community` column on every table (issue 18), so one database can
 * serve many communities: existing rows get "default", and every key, unique index and foreign key
 * includes the community. SQLite cannot change a primary key in place, so each table is copied
 * aside, dropped (children before parents: a dropped parent's cascade then finds nothing) and made
 * again with its rows, in insertion order (later reads break ties by rowid). The migration runner's
 * IMMEDIATE transaction makes it all or nothing.
 */
import type { Migration } from '../migrations.js';

/**
 * Column definitions unchanged since their table was first made (migrations 1 and 2 make them
 * with these texts too): each table's columns besides its keys, community and later additions.
 */
export const lastingColumns = {
  profiles: `
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('knowledge', 'import', 'member', 'proposed')),
    owner TEXT,
    data TEXT NOT NULL CHECK (json_valid(data)),
    updated_at TEXT NOT NULL`,
  suggestions: `
    position INTEGER NOT NULL,
    pair_key TEXT NOT NULL,
    a_id TEXT NOT NULL,
    b_id TEXT NOT NULL,
    a_party TEXT NOT NULL CHECK (json_valid(a_party)),
    b_party TEXT NOT NULL CHECK (json_valid(b_party)),
    score REAL NOT NULL,
    score_for_a REAL NOT NULL,
    score_for_b REAL NOT NULL,
    reasons TEXT NOT NULL CHECK (json_valid(reasons)),
    citations TEXT NOT NULL CHECK (json_valid(citations)),
    created_at TEXT NOT NULL`,
  feedback: `
    pair_key TEXT NOT NULL,
    party TEXT NOT NULL CHECK (party IN ('a', 'b')),
    profile_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('interested', 'not_a_fit', 'know')),
    reason TEXT,
    actor TEXT NOT NULL,
    at TEXT NOT NULL`,
  feedItems: `
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    link TEXT NOT NULL,
    marker TEXT NOT NULL,
    article_url TEXT,
    article_id TEXT,
    content_hash TEXT,
    failure TEXT,
    seen_at TEXT NOT NULL`,
} as const;

/** Children before parents; each with the columns copied (every column it had at version 5). */
const tables: readonly { name: string; columns: string }[] = [
  {
    name: 'feedback',
    columns: 'id, suggestion_id, pair_key, party, profile_id, verdict, reason, actor, at',
  },
  { name: 'introductions', columns: 'id, suggestion_id, pair_key, a_id, b_id, at' },
  { name: 'digest_parts', columns: 'digest_id, part_index, posted_at, message_ref' },
  {
    name: 'suggestions',
    columns:
      'id, digest_id, position, pair_key, a_id, b_id, a_party, b_party, score, score_for_a, score_for_b, reasons, ' +
      'citations, created_at, part_index, posted_at',
  },
  { name: 'digests', columns: 'id, created_at, channel, unmet_needs, state, claimed_until, reserved_until' },
  { name: 'member_links', columns: 'member, profile_id, linked_at' },
  { name: 'profile_tombstones', columns: 'id, removed_at' },
  { name: 'profiles', columns: 'id, name, name_key, kind, origin, owner, data, updated_at' },
  {
    name: 'feed_items',
    columns: 'feed_id, item_key, link, marker, article_url, article_id, content_hash, failure, seen_at',
  },
  { name: 'feeds', columns: 'id, url, title, kind, added_at, synced_at, last_error' },
  { name: 'answer_votes', columns: 'question_id, member, rating, at' },
  {
    name: 'questions',
    columns:
      'id, asked_at, question, language, platform, community_id, channel_id, member, path, grounded, ' +
      'cited_article_ids, latency_ms, rating',
  },
  { name: 'channel_settings', columns: 'platform, channel_id, community_id, mode, updated_by, updated_at' },
  { name: 'store_meta', columns: 'key, value' },
];

const schema = `
  CREATE TABLE store_meta (
    community TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (community, key)
  );

  CREATE TABLE profiles (
    community TEXT NOT NULL,
    id TEXT NOT NULL,
    ${lastingColumns.profiles},
    PRIMARY KEY (community, id)
  );
  CREATE UNIQUE INDEX profiles_name_key ON profiles (community, name_key);
  CREATE INDEX profiles_kind ON profiles (community, kind);
  CREATE INDEX profiles_origin ON profiles (community, origin);

  CREATE TABLE profile_tombstones (
    community TEXT NOT NULL,
    id TEXT NOT NULL,
    removed_at TEXT NOT NULL,
    PRIMARY KEY (community, id)
  );

  CREATE TABLE member_links (
    community TEXT NOT NULL,
    member TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    PRIMARY KEY (community, member),
    FOREIGN KEY (community, profile_id) REFERENCES profiles (community, id) ON DELETE CASCADE
  );
  CREATE INDEX member_links_profile ON member_links (community, profile_id);

  CREATE TABLE digests (
    community TEXT NOT NULL,
    id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    channel TEXT,
    unmet_needs TEXT NOT NULL CHECK (json_valid(unmet_needs)),
    state TEXT NOT NULL DEFAULT 'posted' CHECK (state IN ('posting', 'released', 'posted')),
    claimed_until TEXT,
    reserved_until TEXT,
    PRIMARY KEY (community, id)
  );
  CREATE INDEX digests_created_at ON digests (community, created_at);
  CREATE INDEX digests_state ON digests (community, state, channel);

  CREATE TABLE digest_parts (
    community TEXT NOT NULL,
    digest_id TEXT NOT NULL,
    part_index INTEGER NOT NULL,
    posted_at TEXT,
    message_ref TEXT,
    PRIMARY KEY (community, digest_id, part_index),
    FOREIGN KEY (community, digest_id) REFERENCES digests (community, id) ON DELETE CASCADE
  );

  CREATE TABLE suggestions (
    community TEXT NOT NULL,
    id TEXT NOT NULL,
    digest_id TEXT,
    ${lastingColumns.suggestions},
    part_index INTEGER NOT NULL DEFAULT 0,
    posted_at TEXT,
    CHECK (a_id <> b_id),
    PRIMARY KEY (community, id),
    FOREIGN KEY (community, digest_id) REFERENCES digests (community, id) ON DELETE CASCADE
  );

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community TEXT NOT NULL,
    suggestion_id TEXT NOT NULL,
    ${lastingColumns.feedback},
    FOREIGN KEY (community, suggestion_id) REFERENCES suggestions (community, id) ON DELETE CASCADE
  );
  CREATE INDEX feedback_suggestion ON feedback (community, suggestion_id, party, id);
  CREATE INDEX feedback_pair ON feedback (community, pair_key, profile_id, id);
  CREATE INDEX suggestions_digest ON suggestions (community, digest_id, position);
  CREATE INDEX suggestions_pair ON suggestions (community, pair_key);
  CREATE INDEX suggestions_created_at ON suggestions (community, created_at);
  CREATE INDEX suggestions_posted_at ON suggestions (community, posted_at);

  CREATE TABLE introductions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community TEXT NOT NULL,
    suggestion_id TEXT NOT NULL,
    pair_key TEXT NOT NULL,
    a_id TEXT NOT NULL,
    b_id TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (community, pair_key),
    FOREIGN KEY (community, suggestion_id) REFERENCES suggestions (community, id) ON DELETE CASCADE
  );

  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('rss', 'atom')),
    added_at TEXT NOT NULL,
    synced_at TEXT,
    last_error TEXT,
    UNIQUE (community, url)
  );

  CREATE TABLE feed_items (
    community TEXT NOT NULL,
    ${lastingColumns.feedItems},
    PRIMARY KEY (community, feed_id, item_key)
  );
  CREATE INDEX feed_items_feed ON feed_items (feed_id);
  CREATE INDEX feed_items_link ON feed_items (community, link);
  CREATE INDEX feed_items_article_url ON feed_items (community, article_url);

  CREATE TABLE questions (
    community TEXT NOT NULL,
    id TEXT NOT NULL,
    asked_at TEXT NOT NULL,
    question TEXT NOT NULL,
    language TEXT NOT NULL,
    platform TEXT NOT NULL CHECK (platform IN ('cli', 'slack', 'discord')),
    -- The Slack team or Discord server it was asked in (not the matchcut community).
    community_id TEXT,
    channel_id TEXT,
    member TEXT,
    path TEXT NOT NULL CHECK (path IN ('extractive', 'generated', 'refused')),
    grounded INTEGER NOT NULL CHECK (grounded IN (0, 1)),
    cited_article_ids TEXT NOT NULL CHECK (json_valid(cited_article_ids)),
    latency_ms INTEGER NOT NULL,
    rating TEXT CHECK (rating IN ('helpful', 'not_helpful')),
    PRIMARY KEY (community, id)
  );
  CREATE INDEX questions_asked_at ON questions (community, asked_at);

  CREATE TABLE answer_votes (
    community TEXT NOT NULL,
    question_id TEXT NOT NULL,
    member TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not_helpful')),
    at TEXT NOT NULL,
    PRIMARY KEY (community, question_id, member),
    FOREIGN KEY (community, question_id) REFERENCES questions (community, id) ON DELETE CASCADE
  );

  CREATE TABLE channel_settings (
    community TEXT NOT NULL,
    platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
    channel_id TEXT NOT NULL,
    -- The Slack team or Discord server of the channel, when known.
    community_id TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('mention', 'auto', 'off')),
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (community, platform, channel_id)
  );
`;

export const communityMigrations: readonly Migration[] = [
  {
    version: 6,
    name: 'a community on every row: keys and unique indexes include it',
    up(database) {
      for (const { name } of tables) database.exec(`CREATE TEMP TABLE previous_${name} AS SELECT * FROM ${name}`);
      for (const { name } of tables) database.exec(`DROP TABLE ${name}`);
      database.exec(schema);
      // Parents first, so every foreign key finds its row.
      for (const { name, columns } of [...tables].reverse()) {
        database.exec(
          `INSERT INTO ${name} (community, ${columns})
           SELECT 'default', ${columns} FROM temp.previous_${name} ORDER BY rowid`,
        );
        database.exec(`DROP TABLE temp.previous_${name}`);
      }
    },
  },
];
