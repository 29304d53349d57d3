/**
 * What every PostgreSQL repository works through: the community its rows belong to, where its
 * queries go (the pool, or the client of an open transaction), and `atomic`, which runs a multi-step
 * write in one transaction holding the community's write lock (`pg_advisory_xact_lock`). A store
 * transaction holds that lock from its start, so inside it `atomic` just joins it: writes of one
 * community never interleave, in this process or another (the SQLite store's BEGIN IMMEDIATE).
 */
import type pg from 'pg';
import type { Queryable } from './postgres-pool.js';

export interface PostgresContext {
  readonly community: string;
  /** The pool, or the session's client inside a store transaction. */
  readonly query: Queryable['query'];
  /** Runs `work` in one transaction holding the community's write lock (joins the open one in a session). */
  atomic<T>(work: (client: Queryable) => Promise<T>): Promise<T>;
}

/** First half of the two-number advisory lock key of a community's write lock ("mtch"). */
const communityLockSpace = 0x6d746368;

/** Takes the community's write lock until the current transaction ends. */
export async function lockCommunity(client: Queryable, community: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2))', [communityLockSpace, community]);
}

/**
 * Runs `work` on one pooled client in one transaction holding the community's write lock: committed
 * when it resolves, rolled back (and the error rethrown) when it throws.
 */
export async function inCommunityTransaction<T>(
  pool: pg.Pool,
  community: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      await lockCommunity(client, community);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    }
  } finally {
    // A client that could not roll back is in an unknown state: destroy it rather than reuse it.
    client.release(broken);
  }
}

/** The context of the store itself: queries go to the pool, writes open their own transaction. */
export function poolContext(pool: pg.Pool, community: string): PostgresContext {
  return {
    community,
    query: (text, values) => pool.query(text, values as unknown[]),
    atomic: (work) => inCommunityTransaction(pool, community, work),
  };
}

/** The context of an open store transaction: everything runs on its client, in it. */
export function sessionContext(client: Queryable, community: string): PostgresContext {
  return {
    community,
    query: (text, values) => client.query(text, values),
    atomic: (work) => work(client),
  };
}
