/**
 * Published index generations on a real PostgreSQL (issue 18 item 4), below the command line: a real
 * generation folder (the shipped knowledge base's index) published in parts under several names — the
 * replicas of the community notified, those of another not, the last three kept; downloaded into a fresh
 * data folder byte for byte and loadable; a damaged part refused on download (hash mismatch) with the data
 * folder left as it was; a publish failing part-way or damaged on the way rolled back, the previous
 * generation still current; the listening connection cut and re-established.
 */
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openGenerationFolder } from '../../src/retrieval/knowledge-index.js';
import { adoptPublishedGeneration, type PublishedIndexStore } from '../../src/retrieval/published-index.js';
import { openPostgresIndexGenerations } from '../../src/store/postgres/postgres-index-generations.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';

const logger = createSilentLogger();
// The shipped knowledge base's index is small (~75 kB): small parts, so files span several.
const partBytes = 4 * 1024;

let server: PostgresServer;
let template: TestCore;
let sourceGeneration: string;
let scratch: { folder: string; cleanup: () => Promise<void> };
let url: string;
let sql: pg.Client;
const opened: PublishedIndexStore[] = [];

async function open(community: string): Promise<PublishedIndexStore> {
  const store = await openPostgresIndexGenerations({ url, community, logger, partBytes });
  opened.push(store);
  return store;
}

/** A copy of the template's generation folder under another name, as a build would leave it. */
async function generationNamed(name: string): Promise<string> {
  const folder = path.join(scratch.folder, 'builder', 'index', name);
  await cp(sourceGeneration, folder, { recursive: true });
  return folder;
}

async function rows(community: string) {
  const result = await sql.query<{ name: string; state: string }>(
    'SELECT name, state FROM index_generations WHERE community = $1 ORDER BY name',
    [community],
  );
  return result.rows.map((row) => `${row.name}:${row.state}`);
}

function listenTo(store: PublishedIndexStore) {
  const notices: string[] = [];
  let connections = 0;
  const waiters = new Set<() => void>();
  const stop = store.listen({
    onNotice: (generation) => {
      notices.push(generation);
      for (const waiter of [...waiters]) waiter();
    },
    onConnected: () => {
      connections += 1;
      for (const waiter of [...waiters]) waiter();
    },
  });
  const until = (condition: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, 20_000);
      waiters.add(check);
      check();
    });
  return { notices, connections: () => connections, until, stop };
}

beforeAll(async () => {
  server = await startPostgres({ database: 'published_index' });
  url = server.url;
  template = await createTestCore();
  const current = (await readFile(path.join(template.dataDir, 'index', 'CURRENT'), 'utf8')).trim();
  sourceGeneration = path.join(template.dataDir, 'index', current);
  scratch = await createTemporaryFolder('matchcut-published-');
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});

afterAll(async () => {
  for (const store of opened) await store.close();
  await sql?.end();
  await template?.cleanup();
  await scratch?.cleanup();
  await server?.stop();
});

describe('published index generations', () => {
  it('publishes in parts, notifies the community, keeps the last three, and downloads byte for byte', async () => {
    const publisher = await open('film-korea');
    const replica = await open('film-korea');
    const elsewhere = await open('film-japan');
    const heard = listenTo(replica);
    const heardElsewhere = listenTo(elsewhere);
    await heard.until(() => heard.connections() === 1, 'the listener to connect');
    await heardElsewhere.until(() => heardElsewhere.connections() === 1, 'the other listener to connect');

    const names = ['gen-a1', 'gen-b2', 'gen-c3', 'gen-d4'];
    let previous: string | undefined;
    for (const name of names) {
      const result = await publisher.publish(await generationNamed(name), name);
      expect(result).toMatchObject({ generation: name, outcome: 'published', previous });
      expect(result.parts).toBeGreaterThan(result.files);
      previous = name;
    }
    await heard.until(() => heard.notices.length === names.length, 'four notices');
    expect(heard.notices).toEqual(names);
    expect(heardElsewhere.notices).toEqual([]);
    expect(await rows('film-korea')).toEqual(['gen-b2:previous', 'gen-c3:previous', 'gen-d4:current']);
    const orphans = await sql.query("SELECT 1 FROM index_generation_parts WHERE generation = 'gen-a1'");
    expect(orphans.rowCount).toBe(0);
    expect(await publisher.current()).toMatchObject({ name: 'gen-d4' });
    expect(await elsewhere.current()).toBeUndefined();
    expect((await publisher.publish(await generationNamed('gen-d4'), 'gen-d4')).outcome).toBe('already-current');

    const dataDir = path.join(scratch.folder, 'fresh-replica');
    expect(await adoptPublishedGeneration(replica, dataDir, 'gen-d4', logger)).toBe('downloaded');
    expect((await readFile(path.join(dataDir, 'index', 'CURRENT'), 'utf8')).trim()).toBe('gen-d4');
    const downloaded = path.join(dataDir, 'index', 'gen-d4');
    const files = (await readdir(sourceGeneration)).sort();
    expect((await readdir(downloaded)).sort()).toEqual(files);
    for (const file of files) {
      expect(
        (await readFile(path.join(downloaded, file))).equals(await readFile(path.join(sourceGeneration, file))),
      ).toBe(true);
    }
    const index = await openGenerationFolder(downloaded);
    expect(index.size).toBe(template.core.status().chunks);
    index.close();
    heard.stop();
    heardElsewhere.stop();
  });

  it('refuses a damaged part on download and leaves the data folder on its generation', async () => {
    const replica = await open('film-korea');
    const dataDir = path.join(scratch.folder, 'damaged-replica');
    expect(await adoptPublishedGeneration(replica, dataDir, 'gen-c3', logger)).toBe('downloaded');
    await sql.query(
      `UPDATE index_generation_parts SET data = set_byte(data, 10, (get_byte(data, 10) + 1) % 256)
       WHERE community = 'film-korea' AND generation = 'gen-d4' AND file = 'chunks.jsonl' AND part = 0`,
    );
    await expect(adoptPublishedGeneration(replica, dataDir, 'gen-d4', logger)).rejects.toThrow(
      /hash mismatch: chunks\.jsonl of the published index generation gen-d4/,
    );
    expect((await readFile(path.join(dataDir, 'index', 'CURRENT'), 'utf8')).trim()).toBe('gen-c3');
    const left = (await readdir(path.join(dataDir, 'index'))).filter((entry) => entry !== 'readers');
    expect(left.sort()).toEqual(['CURRENT', 'gen-c3']);
  });

  it('rolls a publish back when it fails part-way or a part arrives damaged: the previous one stays current', async () => {
    const publisher = await open('film-korea');
    const heard = listenTo(publisher);
    await heard.until(() => heard.connections() === 1, 'the listener to connect');
    await sql.query(`CREATE FUNCTION fail_third_part() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.part = 2 THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$`);
    await sql.query(
      'CREATE TRIGGER fail_third_part BEFORE INSERT ON index_generation_parts FOR EACH ROW EXECUTE FUNCTION fail_third_part()',
    );
    await expect(publisher.publish(await generationNamed('gen-e5'), 'gen-e5')).rejects.toThrow(
      /could not publish the index generation gen-e5 .*disk full \(simulated\); gen-d4 stays the published one/,
    );
    await sql.query('DROP TRIGGER fail_third_part ON index_generation_parts');
    await sql.query(`CREATE FUNCTION damage_second_part() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.part = 1 THEN NEW.data := set_byte(NEW.data, 0, (get_byte(NEW.data, 0) + 1) % 256); END IF;
      RETURN NEW; END $$`);
    await sql.query(
      'CREATE TRIGGER damage_second_part BEFORE INSERT ON index_generation_parts FOR EACH ROW EXECUTE FUNCTION damage_second_part()',
    );
    await expect(publisher.publish(await generationNamed('gen-e5'), 'gen-e5')).rejects.toThrow(
      /could not publish the index generation gen-e5 .*hash mismatch: part \S+\/1 as stored on the server/,
    );
    await sql.query('DROP TRIGGER damage_second_part ON index_generation_parts');
    expect(await rows('film-korea')).toEqual(['gen-b2:previous', 'gen-c3:previous', 'gen-d4:current']);
    // Nothing was announced for the rolled-back publishes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.notices).toEqual([]);
    heard.stop();
  });

  it('listens again after its connection is cut and hears the next publish', async () => {
    const publisher = await open('film-korea');
    const replica = await open('film-korea');
    const heard = listenTo(replica);
    await heard.until(() => heard.connections() === 1, 'the listener to connect');
    const cut = await sql.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN matchcut_index' AND pid <> pg_backend_pid()",
    );
    expect(cut.rowCount).toBeGreaterThanOrEqual(1);
    await heard.until(() => heard.connections() === 2, 'the listener to reconnect');
    await mkdir(path.join(scratch.folder, 'builder', 'index'), { recursive: true });
    await publisher.publish(await generationNamed('gen-f6'), 'gen-f6');
    await heard.until(() => heard.notices.includes('gen-f6'), 'the notice after reconnecting');
    expect(await rows('film-korea')).toEqual(['gen-c3:previous', 'gen-d4:previous', 'gen-f6:current']);
    heard.stop();
  });
});
