/**
 * Versioned schema migrations of the PostgreSQL store, recorded in `schema_migrations`. Version 1 is
 * the SQLite store's schema as of its version 6 (every table, with a `community` column in every key
 * and unique index, so one database serves many communities); times stay ISO text, as in SQLite, so
 * values round-trip unchanged, and every text column compares in byte order (`COLLATE "C"`, as SQLite
 * does) whatever the database's default; `seq` columns keep insertion order where SQLite uses its rowid. A
 * migration is never edited once shipped — add one with the next version instead.
 */

export interface PostgresMigration {
  version: number;
  name: string;
  /** One or more statements, run in the migration's transaction. */
  sql: string;
}

const storeSchema = `
  CREATE TABLE store_meta (
    community text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    value text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, key)
  );

  CREATE TABLE profiles (
    community text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    kind text COLLATE "C" NOT NULL,
    origin text COLLATE "C" NOT NULL CHECK (origin IN ('knowledge', 'import', 'member', 'proposed')),
    owner text COLLATE "C",
    data json NOT NULL,
    updated_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, id)
  );
  CREATE UNIQUE INDEX profiles_name_key ON profiles (community, name_key);
  CREATE INDEX profiles_kind ON profiles (community, kind);
  CREATE INDEX profiles_origin ON profiles (community, origin);

  -- Knowledge profiles an organizer removed: the next knowledge sync must not bring them back.
  CREATE TABLE profile_tombstones (
    community text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    removed_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, id)
  );

  CREATE TABLE member_links (
    community text COLLATE "C" NOT NULL,
    member text COLLATE "C" NOT NULL,
    profile_id text COLLATE "C" NOT NULL,
    linked_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, member),
    FOREIGN KEY (community, profile_id) REFERENCES profiles (community, id) ON DELETE CASCADE
  );
  CREATE INDEX member_links_profile ON member_links (community, profile_id);

  -- state posting: a poster holds it until claimed_until; released: its poster stopped; posted: every part recorded.
  CREATE TABLE digests (
    community text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    created_at text COLLATE "C" NOT NULL,
    channel text COLLATE "C",
    unmet_needs json NOT NULL,
    state text COLLATE "C" NOT NULL DEFAULT 'posted' CHECK (state IN ('posting', 'released', 'posted')),
    claimed_until text COLLATE "C",
    reserved_until text COLLATE "C",
    PRIMARY KEY (community, id)
  );
  CREATE INDEX digests_created_at ON digests (community, created_at);
  CREATE INDEX digests_state ON digests (community, state, channel);

  CREATE TABLE digest_parts (
    community text COLLATE "C" NOT NULL,
    digest_id text COLLATE "C" NOT NULL,
    part_index integer NOT NULL,
    posted_at text COLLATE "C",
    message_ref text COLLATE "C",
    PRIMARY KEY (community, digest_id, part_index),
    FOREIGN KEY (community, digest_id) REFERENCES digests (community, id) ON DELETE CASCADE
  );

  -- Suggestions keep a snapshot of both parties, so history survives a removed profile.
  CREATE TABLE suggestions (
    community text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    digest_id text COLLATE "C",
    position integer NOT NULL,
    pair_key text COLLATE "C" NOT NULL,
    a_id text COLLATE "C" NOT NULL,
    b_id text COLLATE "C" NOT NULL,
    a_party json NOT NULL,
    b_party json NOT NULL,
    score double precision NOT NULL,
    score_for_a double precision NOT NULL,
    score_for_b double precision NOT NULL,
    reasons json NOT NULL,
    citations json NOT NULL,
    created_at text COLLATE "C" NOT NULL,
    part_index integer NOT NULL DEFAULT 0,
    -- Set when its part is recorded as posted: only then is the pair "suggested".
    posted_at text COLLATE "C",
    CHECK (a_id <> b_id),
    PRIMARY KEY (community, id),
    FOREIGN KEY (community, digest_id) REFERENCES digests (community, id) ON DELETE CASCADE
  );
  CREATE INDEX suggestions_digest ON suggestions (community, digest_id, position);
  CREATE INDEX suggestions_pair ON suggestions (community, pair_key);
  CREATE INDEX suggestions_created_at ON suggestions (community, created_at);
  CREATE INDEX suggestions_posted_at ON suggestions (community, posted_at);

  CREATE TABLE feedback (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community text COLLATE "C" NOT NULL,
    suggestion_id text COLLATE "C" NOT NULL,
    pair_key text COLLATE "C" NOT NULL,
    party text COLLATE "C" NOT NULL CHECK (party IN ('a', 'b')),
    profile_id text COLLATE "C" NOT NULL,
    verdict text COLLATE "C" NOT NULL CHECK (verdict IN ('interested', 'not_a_fit', 'know')),
    reason text COLLATE "C",
    actor text COLLATE "C" NOT NULL,
    at text COLLATE "C" NOT NULL,
    FOREIGN KEY (community, suggestion_id) REFERENCES suggestions (community, id) ON DELETE CASCADE
  );
  CREATE INDEX feedback_suggestion ON feedback (community, suggestion_id, party, id);
  CREATE INDEX feedback_pair ON feedback (community, pair_key, profile_id, id);

  CREATE TABLE introductions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community text COLLATE "C" NOT NULL,
    suggestion_id text COLLATE "C" NOT NULL,
    pair_key text COLLATE "C" NOT NULL,
    a_id text COLLATE "C" NOT NULL,
    b_id text COLLATE "C" NOT NULL,
    at text COLLATE "C" NOT NULL,
    UNIQUE (community, pair_key),
    FOREIGN KEY (community, suggestion_id) REFERENCES suggestions (community, id) ON DELETE CASCADE
  );

  CREATE TABLE feeds (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community text COLLATE "C" NOT NULL,
    url text COLLATE "C" NOT NULL,
    title text COLLATE "C",
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('rss', 'atom')),
    added_at text COLLATE "C" NOT NULL,
    synced_at text COLLATE "C",
    last_error text COLLATE "C",
    UNIQUE (community, url)
  );

  -- One row per item a feed listed: the article it became, or the reason it failed.
  CREATE TABLE feed_items (
    community text COLLATE "C" NOT NULL,
    feed_id integer NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key text COLLATE "C" NOT NULL,
    link text COLLATE "C" NOT NULL,
    marker text COLLATE "C" NOT NULL,
    article_url text COLLATE "C",
    article_id text COLLATE "C",
    content_hash text COLLATE "C",
    failure text COLLATE "C",
    seen_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, feed_id, item_key)
  );
  CREATE INDEX feed_items_feed ON feed_items (feed_id);
  CREATE INDEX feed_items_link ON feed_items (community, link);
  CREATE INDEX feed_items_article_url ON feed_items (community, article_url);
  CREATE INDEX feed_items_article_id ON feed_items (community, article_id);

  CREATE TABLE questions (
    community text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    asked_at text COLLATE "C" NOT NULL,
    question text COLLATE "C" NOT NULL,
    language text COLLATE "C" NOT NULL,
    platform text COLLATE "C" NOT NULL CHECK (platform IN ('cli', 'slack', 'discord')),
    -- The Slack team or Discord server it was asked in (not the matchcut community).
    community_id text COLLATE "C",
    channel_id text COLLATE "C",
    -- A salted hash of the asker's id, or the id itself with MATCHCUT_QUESTION_LOG_MEMBERS=1.
    member text COLLATE "C",
    path text COLLATE "C" NOT NULL CHECK (path IN ('extractive', 'generated', 'refused')),
    grounded boolean NOT NULL,
    cited_article_ids json NOT NULL,
    latency_ms integer NOT NULL,
    rating text COLLATE "C" CHECK (rating IN ('helpful', 'not_helpful')),
    PRIMARY KEY (community, id)
  );
  CREATE INDEX questions_asked_at ON questions (community, asked_at);

  CREATE TABLE answer_votes (
    community text COLLATE "C" NOT NULL,
    question_id text COLLATE "C" NOT NULL,
    member text COLLATE "C" NOT NULL,
    rating text COLLATE "C" NOT NULL CHECK (rating IN ('helpful', 'not_helpful')),
    at text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, question_id, member),
    FOREIGN KEY (community, question_id) REFERENCES questions (community, id) ON DELETE CASCADE
  );

  -- One row per configured channel; a channel without a row answers in the default mode (mention).
  CREATE TABLE channel_settings (
    community text COLLATE "C" NOT NULL,
    platform text COLLATE "C" NOT NULL CHECK (platform IN ('slack', 'discord')),
    channel_id text COLLATE "C" NOT NULL,
    -- The Slack team or Discord server of the channel, when known.
    community_id text COLLATE "C",
    mode text COLLATE "C" NOT NULL CHECK (mode IN ('mention', 'auto', 'off')),
    updated_by text COLLATE "C" NOT NULL,
    updated_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (community, platform, channel_id)
  );
`;

// An unfinished claim whose lease_until has passed (the database server's clock) may be taken over.
const claimSchema = `
  CREATE TABLE event_claims (
    community text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    attempts integer NOT NULL,
    lease_until timestamptz NOT NULL,
    claimed_at timestamptz NOT NULL,
    done_at timestamptz,
    PRIMARY KEY (community, key)
  );
  CREATE INDEX event_claims_claimed_at ON event_claims (community, claimed_at);

  CREATE TABLE schedule_runs (
    community text COLLATE "C" NOT NULL,
    schedule_id text COLLATE "C" NOT NULL,
    fire_time text COLLATE "C" NOT NULL,
    attempts integer NOT NULL,
    lease_until timestamptz NOT NULL,
    claimed_at timestamptz NOT NULL,
    done_at timestamptz,
    PRIMARY KEY (community, schedule_id, fire_time)
  );
  CREATE INDEX schedule_runs_claimed_at ON schedule_runs (community, claimed_at);
`;

// A member's questions in one rate window (the key names member and window); pruned once over.
const memberTurnsSchema = `
  CREATE TABLE member_turns (
    community text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    count integer NOT NULL,
    over_at timestamptz NOT NULL,
    PRIMARY KEY (community, key)
  );
  CREATE INDEX member_turns_over_at ON member_turns (community, over_at);
`;

// Published index generations (src/store/postgres/postgres-index-generations.ts): one row per generation
// with its files' list and hashes, its files in parts of bytea. At most one row per community is
// current; a publish inserts the row as uploading and makes it current in the same transaction.
const indexGenerationSchema = `
  CREATE TABLE index_generations (
    community text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL,
    -- sha256 over the files' list (path, size, sha256 of each), checked again after a download.
    content_hash text COLLATE "C" NOT NULL,
    manifest json NOT NULL,
    files json NOT NULL,
    total_bytes bigint NOT NULL,
    state text COLLATE "C" NOT NULL CHECK (state IN ('uploading', 'current', 'previous')),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (community, name)
  );
  CREATE UNIQUE INDEX index_generations_current ON index_generations (community) WHERE state = 'current';

  CREATE TABLE index_generation_parts (
    community text COLLATE "C" NOT NULL,
    generation text COLLATE "C" NOT NULL,
    file text COLLATE "C" NOT NULL,
    part integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (community, generation, file, part),
    FOREIGN KEY (community, generation) REFERENCES index_generations (community, name) ON DELETE CASCADE
  );
`;

// The digest/ingest job queue (src/jobs/postgres-job-queue.ts): one row per job, keyed by the caller's
// idempotency key, taken with FOR UPDATE SKIP LOCKED and held under a lease (locked_until) that its worker
// renews; a job whose lease ran out is taken again. Ingested articles (src/jobs/shared-articles.ts): the
// files every ingest job starts from, so a generation published by one replica holds every replica's pages.
const jobSchema = `
  CREATE TABLE jobs (
    community text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    kind text COLLATE "C" NOT NULL,
    payload json NOT NULL,
    state text COLLATE "C" NOT NULL CHECK (state IN ('waiting', 'active', 'done', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL,
    run_at timestamptz NOT NULL,
    locked_until timestamptz,
    locked_by text COLLATE "C",
    result json,
    last_error json,
    created_at timestamptz NOT NULL,
    finished_at timestamptz,
    PRIMARY KEY (community, key)
  );
  CREATE INDEX jobs_due ON jobs (community, kind, run_at) WHERE state IN ('waiting', 'active');
  CREATE INDEX jobs_finished ON jobs (community, finished_at) WHERE finished_at IS NOT NULL;

  -- content NULL: the article was removed (a tombstone, so a replica's cached copy is deleted, not brought back).
  CREATE TABLE ingested_articles (
    community text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL,
    content text,
    sha256 text COLLATE "C",
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (community, name)
  );
`;

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'the matchmaking store (SQLite schema 6): profiles to channel settings, a community on every row',
    sql: storeSchema,
  },
  {
    version: 2,
    name: 'event claims and schedule runs (SQLite schema 7): one replica does each event and scheduled run',
    sql: claimSchema,
  },
  {
    version: 3,
    name: 'member rate windows: questions per member per window, shared by every replica',
    sql: memberTurnsSchema,
  },
  {
    version: 4,
    name: 'published index generations: one knowledge index for every replica of a community',
    sql: indexGenerationSchema,
  },
  {
    version: 5,
    name: 'the digest/ingest job queue and the ingested articles every ingest job starts from',
    sql: jobSchema,
  },
];
