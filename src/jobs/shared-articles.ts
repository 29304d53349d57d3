/**
 * The ingested articles every replica's ingest starts from (PostgreSQL mode, migration 5, table
 * `ingested_articles`): an ingest job (a page added from chat, a feed sync) or `matchcut ingest` runs
 * under the community's ingest lock with the data folder's `articles/` first brought up to the shared
 * set (files written, removed ones deleted), then shares what it changed there (new or changed files;
 * files it deleted become tombstones), then builds and publishes — so the generation one replica
 * publishes holds every page any replica added, and two ingests never publish over each other.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import { writeFileAtomically } from '../retrieval/atomic-files.js';
import { createPostgresPool } from '../store/postgres/postgres-pool.js';
import { runPostgresMigrations } from '../store/postgres/run-postgres-migrations.js';

/** First half of the advisory lock key that serialises a community's ingests ("mtij"). */
const ingestLockSpace = 0x6d74696a;

const isArticleFile = (name: string) => /^[A-Za-z0-9._-]+\.md$/u.test(name) && !name.startsWith('.');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The folder's article files: name → sha256 of the content. */
async function snapshot(folder: string): Promise<Map<string, { sha: string; content: string }>> {
  const files = new Map<string, { sha: string; content: string }>();
  for (const name of (await readdir(folder)).filter(isArticleFile).sort()) {
    const content = await readFile(path.join(folder, name), 'utf8');
    files.set(name, { sha: sha256(content), content });
  }
  return files;
}

export interface SharedIngestResult<T> {
  result: T;
  /** Files shared (new or changed) and removed by this run. */
  shared: number;
  removed: number;
}

/**
 * Runs `work` (which changes `articlesFolder`) and then `publish` under the community's ingest lock, the
 * folder brought up to the shared set before and its changes shared after `work` (see the top of the file).
 */
export async function withSharedArticles<T>(
  options: { url: string; community: string; logger: Logger; articlesFolder: string },
  work: () => Promise<T>,
  publish: () => Promise<void>,
): Promise<SharedIngestResult<T>> {
  const { community, logger, articlesFolder } = options;
  const { pool, location } = createPostgresPool(options.url, logger, { maxConnections: 2 });
  try {
    await runPostgresMigrations(pool, { logger, location });
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('SELECT pg_advisory_lock($1::integer, hashtext($2))', [ingestLockSpace, community]);
      try {
        const rows = await client.query<{ name: string; content: string | null; sha256: string | null }>(
          'SELECT name, content, sha256 FROM ingested_articles WHERE community = $1',
          [community],
        );
        await mkdir(articlesFolder, { recursive: true });
        const local = await snapshot(articlesFolder);
        for (const row of rows.rows) {
          if (!isArticleFile(row.name)) continue;
          const file = path.join(articlesFolder, row.name);
          if (row.content === null) await rm(file, { force: true });
          else if (local.get(row.name)?.sha !== row.sha256) await writeFileAtomically(file, row.content);
        }
        const before = await snapshot(articlesFolder);
        const result = await work();
        const after = await snapshot(articlesFolder);
        const table = new Map(rows.rows.map((row) => [row.name, row.sha256]));
        let shared = 0;
        for (const [name, file] of after) {
          if (table.get(name) === file.sha) continue;
          await client.query(
            `INSERT INTO ingested_articles (community, name, content, sha256, updated_at)
             VALUES ($1, $2, $3, $4, clock_timestamp())
             ON CONFLICT (community, name) DO UPDATE SET content = $3, sha256 = $4, updated_at = clock_timestamp()`,
            [community, name, file.content, file.sha],
          );
          shared += 1;
        }
        const gone = [...before.keys()].filter((name) => !after.has(name));
        for (const name of gone) {
          await client.query(
            `UPDATE ingested_articles SET content = NULL, sha256 = NULL, updated_at = clock_timestamp()
             WHERE community = $1 AND name = $2`,
            [community, name],
          );
        }
        await publish();
        if (shared + gone.length > 0)
          logger.info({ community, shared, removed: gone.length }, 'ingested articles shared with every replica');
        return { result, shared, removed: gone.length };
      } finally {
        await client
          .query('SELECT pg_advisory_unlock($1::integer, hashtext($2))', [ingestLockSpace, community])
          .catch((error: Error) => {
            broken = error;
          });
      }
    } finally {
      client.release(broken);
    }
  } finally {
    await pool.end().catch(() => undefined);
  }
}
