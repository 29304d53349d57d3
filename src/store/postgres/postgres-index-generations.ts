/**
 * Published index generations in PostgreSQL (migration 3), the server side of
 * ../../retrieval/published-index.ts. A publish is one transaction under the community's publish lock:
 * the generation row (state `uploading`), its files in 1 MiB `bytea` parts, a check on the server that
 * every file arrived whole (sha256 of its parts put together), the row made `current` (the previous one
 * `previous`), all but the last three generations of the community deleted, and
 * `NOTIFY matchcut_index, '<community>:<generation>'` — delivered on commit, so a replica never hears
 * of a generation it cannot read. A failed publish rolls back: the previous generation stays current.
 * Replicas LISTEN on a dedicated connection that reconnects with back-off.
 */
import pg from 'pg';
import { isMatchcutError, upstreamError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import {
  describeFile,
  filesContentHash,
  type GenerationFile,
  generationFileNames,
  type PublishedGeneration,
  type PublishedIndexStore,
  type PublishResult,
  publishPartBytes,
  readGenerationFile,
  sha256Hex,
} from '../../retrieval/published-index.js';
import { createPostgresPool } from './postgres-pool.js';
import { runPostgresMigrations } from './run-postgres-migrations.js';

/** The channel replicas LISTEN on. */
export const indexChannel = 'matchcut_index';

/** First half of the advisory lock key that serialises publishes of one community ("mtci"). */
const publishLockSpace = 0x6d746369;

/** How many published generations a community keeps (the current one and the two before). */
export const keptGenerations = 3;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the functions below work with: the pool, the community, where it is (no password), the settings. */
interface GenerationsContext {
  readonly pool: pg.Pool;
  readonly url: string;
  readonly location: string;
  readonly community: string;
  readonly partBytes: number;
  readonly logger: Logger;
}

/** The community's current published generation. */
async function currentOf(client: pg.Pool | pg.PoolClient, community: string): Promise<PublishedGeneration | undefined> {
  const result = await client.query<{ name: string; content_hash: string; created_at: Date; total_bytes: string }>(
    `SELECT name, content_hash, created_at, total_bytes FROM index_generations
     WHERE community = $1 AND state = 'current'`,
    [community],
  );
  const row = result.rows[0];
  return (
    row && {
      name: row.name,
      contentHash: row.content_hash,
      createdAt: row.created_at.toISOString(),
      bytes: Number(row.total_bytes),
    }
  );
}

/** Uploads the folder's files in parts (in the caller's transaction) and checks every part the server holds. */
async function upload(context: GenerationsContext, client: pg.PoolClient, folder: string, generation: string) {
  const { community, partBytes } = context;
  const manifest = (await readGenerationFile(folder, 'manifest.json')).toString('utf8');
  await client.query(
    `INSERT INTO index_generations (community, name, content_hash, manifest, files, total_bytes, state, created_at)
     VALUES ($1, $2, '', $3, '[]', 0, 'uploading', clock_timestamp())`,
    [community, generation, manifest],
  );
  const files: GenerationFile[] = [];
  /** `<file>/<part>` → sha256 of the bytes sent. */
  const sent = new Map<string, string>();
  for (const name of await generationFileNames(folder)) {
    const data = await readGenerationFile(folder, name);
    const file = describeFile(name, data, partBytes);
    for (let part = 0; part < file.parts; part += 1) {
      const bytes = data.subarray(part * partBytes, (part + 1) * partBytes);
      sent.set(`${name}/${part}`, sha256Hex(bytes));
      await client.query(
        'INSERT INTO index_generation_parts (community, generation, file, part, data) VALUES ($1, $2, $3, $4, $5)',
        [community, generation, name, part, bytes],
      );
    }
    files.push(file);
  }
  const contentHash = filesContentHash(files);
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  await client.query(
    'UPDATE index_generations SET content_hash = $3, files = $4, total_bytes = $5 WHERE community = $1 AND name = $2',
    [community, generation, contentHash, JSON.stringify(files), bytes],
  );
  // What the server holds, part by part (no file is put together there): a part lost or altered on the
  // way fails the publish.
  const stored = await client.query<{ file: string; part: number; sha256: string }>(
    `SELECT file, part, encode(sha256(data), 'hex') AS sha256
     FROM index_generation_parts WHERE community = $1 AND generation = $2`,
    [community, generation],
  );
  const held = new Map(stored.rows.map((row) => [`${row.file}/${row.part}`, row.sha256]));
  for (const [key, sha256] of sent) {
    const found = held.get(key);
    if (found !== sha256) {
      throw new Error(
        `hash mismatch: part ${key} as stored on the server ` +
          `(${found === undefined ? 'missing' : `sha256 ${found.slice(0, 12)}…`}) ` +
          `is not the part uploaded (sha256 ${sha256.slice(0, 12)}…)`,
      );
    }
  }
  if (held.size !== sent.size) throw new Error(`the server holds ${held.size} parts, ${sent.size} were uploaded`);
  return { files: files.length, bytes, parts: files.reduce((sum, file) => sum + file.parts, 0) };
}

/** Publishes one generation folder: one transaction under the community's publish lock (see the top of the file). */
async function publish(context: GenerationsContext, folder: string, generation: string): Promise<PublishResult> {
  const { pool, community, location } = context;
  let client: pg.PoolClient | undefined;
  let broken: Error | undefined;
  try {
    client = await pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2))', [publishLockSpace, community]);
    const before = await currentOf(client, community);
    if (before?.name === generation) {
      await client.query('COMMIT');
      return { generation, outcome: 'already-current', previous: before.name, files: 0, bytes: 0, parts: 0 };
    }
    const existing = await client.query<{ state: string }>(
      'SELECT state FROM index_generations WHERE community = $1 AND name = $2',
      [community, generation],
    );
    const restoring = existing.rows[0] !== undefined;
    const uploaded = restoring
      ? { files: 0, bytes: 0, parts: 0 }
      : await upload(context, client, folder, generation).catch((error: unknown) => {
          throw new Error(`uploading it failed: ${reasonOf(error)}`, { cause: error });
        });
    await client.query("UPDATE index_generations SET state = 'previous' WHERE community = $1 AND state = 'current'", [
      community,
    ]);
    await client.query("UPDATE index_generations SET state = 'current' WHERE community = $1 AND name = $2", [
      community,
      generation,
    ]);
    await client.query(
      `DELETE FROM index_generations WHERE community = $1 AND state <> 'current' AND name NOT IN (
         SELECT name FROM index_generations WHERE community = $1 ORDER BY created_at DESC, name DESC LIMIT $2)`,
      [community, keptGenerations],
    );
    await client.query('SELECT pg_notify($1, $2)', [indexChannel, `${community}:${generation}`]);
    await client.query('COMMIT');
    return { generation, outcome: restoring ? 'restored' : 'published', previous: before?.name, ...uploaded };
  } catch (error) {
    if (client) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
    }
    const still = await currentOf(pool, community).then(
      (generationNow) => (generationNow ? `${generationNow.name} stays the published one` : 'none is published yet'),
      () => 'the published one is unchanged (the transaction was not committed)',
    );
    throw upstreamError(
      `could not publish the index generation ${generation} to ${location} (community ${community}): ` +
        `${reasonOf(error)}; ${still}. The generation is built in the local data folder: run \`matchcut ingest\` ` +
        'again to publish it.',
      { cause: error },
    );
  } finally {
    client?.release(broken);
  }
}

async function filesOf({ pool, community }: GenerationsContext, generation: string) {
  const result = await pool.query<{ content_hash: string; files: string }>(
    "SELECT content_hash, files FROM index_generations WHERE community = $1 AND name = $2 AND state <> 'uploading'",
    [community, generation],
  );
  const row = result.rows[0];
  return row && { contentHash: row.content_hash, files: JSON.parse(row.files) as GenerationFile[] };
}

async function readParts(
  { pool, community }: GenerationsContext,
  generation: string,
  file: GenerationFile,
): Promise<Buffer> {
  const result = await pool.query<{ part: number; data: Buffer }>(
    `SELECT part, data FROM index_generation_parts
     WHERE community = $1 AND generation = $2 AND file = $3 ORDER BY part`,
    [community, generation, file.path],
  );
  if (result.rows.length !== file.parts || result.rows.some((row, index) => row.part !== index)) {
    throw new Error(
      `${file.path} of the published index generation ${generation} has ` +
        `${result.rows.length} of its ${file.parts} parts`,
    );
  }
  return Buffer.concat(result.rows.map((row) => row.data));
}

/** LISTENs on a dedicated connection, reconnecting with back-off (0.5 s doubling to 30 s); returns the stop. */
function listen(
  context: GenerationsContext,
  handlers: { onNotice: (generation: string) => void; onConnected: () => void },
): () => void {
  const { community, logger, location } = context;
  const prefix = `${community}:`;
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 500;
  let timer: NodeJS.Timeout | undefined;
  const retry = (lost: pg.Client, error?: unknown) => {
    if (stopped || lost !== client) return;
    client = undefined;
    lost.end().catch(() => undefined);
    logger.warn(
      { from: location, retryInMs: delay, err: error === undefined ? undefined : { message: reasonOf(error) } },
      'not listening for published index generations; reconnecting',
    );
    timer = setTimeout(connect, delay);
    timer.unref();
    delay = Math.min(delay * 2, 30_000);
  };
  const connect = () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: context.url, connectionTimeoutMillis: 10_000 });
    client = next;
    next.on('error', (error) => retry(next, error));
    next.on('end', () => retry(next));
    next.on('notification', (message) => {
      if (message.channel === indexChannel && message.payload?.startsWith(prefix) === true)
        handlers.onNotice(message.payload.slice(prefix.length));
    });
    next
      .connect()
      .then(() => next.query(`LISTEN ${indexChannel}`))
      .then(() => {
        if (stopped || next !== client) return;
        delay = 500;
        logger.debug({ from: location }, 'listening for published index generations');
        handlers.onConnected();
      })
      .catch((error: unknown) => retry(next, error));
  };
  connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const open = client;
    client = undefined;
    open?.end().catch(() => undefined);
  };
}

export interface OpenPostgresIndexGenerationsOptions {
  url: string;
  community: string;
  logger: Logger;
  /** Part size (default 1 MiB; tests use smaller ones to see several parts). */
  partBytes?: number | undefined;
}

/** Connects (a small pool; the schema migrated) and returns the community's published generations. */
export async function openPostgresIndexGenerations(
  options: OpenPostgresIndexGenerationsOptions,
): Promise<PublishedIndexStore> {
  const { community, logger } = options;
  const { pool, location } = createPostgresPool(options.url, logger, { maxConnections: 2 });
  try {
    await runPostgresMigrations(pool, { logger, location });
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (isMatchcutError(error)) throw error;
    throw upstreamError(
      `Cannot reach the PostgreSQL database at ${location} for the published index: ${reasonOf(error)}. ` +
        'Check that the server is running and MATCHCUT_DATABASE_URL is right.',
      { cause: error },
    );
  }
  const context: GenerationsContext = {
    pool,
    url: options.url,
    location,
    community,
    partBytes: options.partBytes ?? publishPartBytes,
    logger,
  };
  const listening = new Set<() => void>();
  return {
    location,
    community,
    current: () => currentOf(pool, community),
    files: (generation) => filesOf(context, generation),
    readFile: (generation, file) => readParts(context, generation, file),
    publish: (folder, generation) => publish(context, folder, generation),
    listen(handlers) {
      const stopListening = listen(context, handlers);
      const stop = () => {
        listening.delete(stop);
        stopListening();
      };
      listening.add(stop);
      return stop;
    },
    async close() {
      for (const stop of [...listening]) stop();
      await pool.end().catch(() => undefined);
    },
  };
}
