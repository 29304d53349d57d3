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
  const partBytes = options.partBytes ?? publishPartBytes;
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

  async function current(client: pg.Pool | pg.PoolClient = pool): Promise<PublishedGeneration | undefined> {
    const result = await client.query<{ name: string; content_hash: string; created_at: Date }>(
      "SELECT name, content_hash, created_at FROM index_generations WHERE community = $1 AND state = 'current'",
      [community],
    );
    const row = result.rows[0];
    return row && { name: row.name, contentHash: row.content_hash, createdAt: row.created_at.toISOString() };
  }

  async function upload(client: pg.PoolClient, folder: string, generation: string) {
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
          `hash mismatch: part ${key} as stored on the server (${found === undefined ? 'missing' : `sha256 ${found.slice(0, 12)}…`}) ` +
            `is not the part uploaded (sha256 ${sha256.slice(0, 12)}…)`,
        );
      }
    }
    if (held.size !== sent.size) throw new Error(`the server holds ${held.size} parts, ${sent.size} were uploaded`);
    return { files: files.length, bytes, parts: files.reduce((sum, file) => sum + file.parts, 0) };
  }

  async function publish(folder: string, generation: string): Promise<PublishResult> {
    let client: pg.PoolClient | undefined;
    let broken: Error | undefined;
    try {
      client = await pool.connect();
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2))', [publishLockSpace, community]);
      const before = await current(client);
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
        : await upload(client, folder, generation).catch((error: unknown) => {
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
      const still = await current().then(
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

  async function files(generation: string) {
    const result = await pool.query<{ content_hash: string; files: string }>(
      "SELECT content_hash, files FROM index_generations WHERE community = $1 AND name = $2 AND state <> 'uploading'",
      [community, generation],
    );
    const row = result.rows[0];
    return row && { contentHash: row.content_hash, files: JSON.parse(row.files) as GenerationFile[] };
  }

  async function readFile(generation: string, file: GenerationFile): Promise<Buffer> {
    const result = await pool.query<{ part: number; data: Buffer }>(
      'SELECT part, data FROM index_generation_parts WHERE community = $1 AND generation = $2 AND file = $3 ORDER BY part',
      [community, generation, file.path],
    );
    if (result.rows.length !== file.parts || result.rows.some((row, index) => row.part !== index)) {
      throw new Error(
        `${file.path} of the published index generation ${generation} has ${result.rows.length} of its ${file.parts} parts`,
      );
    }
    return Buffer.concat(result.rows.map((row) => row.data));
  }

  const listeners = new Set<() => void>();

  function listen(handlers: { onNotice: (generation: string) => void; onConnected: () => void }): () => void {
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
      const next = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10_000 });
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
    const stop = () => {
      stopped = true;
      listeners.delete(stop);
      if (timer) clearTimeout(timer);
      const open = client;
      client = undefined;
      open?.end().catch(() => undefined);
    };
    listeners.add(stop);
    return stop;
  }

  return {
    location,
    community,
    current: () => current(),
    files,
    readFile,
    publish,
    listen,
    async close() {
      for (const stop of [...listeners]) stop();
      await pool.end().catch(() => undefined);
    },
  };
}
