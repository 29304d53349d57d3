/**
 * A throwaway PostgreSQL server for the scale tests: `initdb` into a fresh temporary folder (trust
 * authentication, loopback only, the unix socket inside the folder), the postmaster on a free port,
 * one database created. `stop()` sends SIGINT (fast shutdown) to the postmaster's PID and removes the
 * folder. As root, `initdb` and `postgres` run as the `postgres` user (they refuse root); as a normal
 * user they run as that user.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  readonly url: string;
  readonly port: number;
  /** The temporary folder holding the server's files (removed by `stop()`). */
  readonly folder: string;
  /** Creates another (empty) database on the same server and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** SIGINT to the postmaster, waits for it to exit, removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** The database created at start (default `matchcut`). */
  database?: string;
  /** How long to wait for the server to accept connections (default 60 s). */
  startTimeoutMs?: number;
}

const superuser = 'postgres';
const installHint =
  'Install the server (Debian: `apt-get install postgresql-15`), or put the folder holding initdb and postgres on PATH.';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder holding `initdb` and `postgres`: the newest /usr/lib/postgresql/<version>/bin, then PATH. */
export function findPostgresBinaries(): string {
  const candidates: string[] = [];
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((entry) => /^\d+$/.test(entry))
      .sort((left, right) => Number(right) - Number(left));
    candidates.push(...versions.map((version) => path.join('/usr/lib/postgresql', version, 'bin')));
  } catch {
    // No Debian layout; try PATH.
  }
  candidates.push(...(process.env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== ''));
  const found = candidates.find(
    (folder) => isExecutable(path.join(folder, 'initdb')) && isExecutable(path.join(folder, 'postgres')),
  );
  if (found === undefined) {
    throw new Error(
      `PostgreSQL server binaries (initdb, postgres) not found in /usr/lib/postgresql/*/bin or PATH. ${installHint}`,
    );
  }
  return found;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface RunAs {
  uid: number;
  gid: number;
}

/** As root: the `postgres` account's ids (initdb refuses root). Otherwise: undefined (run as ourselves). */
function serverAccount(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${superuser}:`));
  const fields = line?.split(':');
  if (fields === undefined || fields.length < 4) {
    throw new Error(
      'Running as root, but there is no `postgres` user to run initdb as (initdb refuses root). ' +
        `Create one (\`useradd --system postgres\`) or run the tests as a normal user. ${installHint}`,
    );
  }
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

function runToEnd(file: string, args: string[], account: RunAs | undefined, environment: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { ...account, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data: Buffer) => (output += data.toString()));
    child.stderr.on('data', (data: Buffer) => (output += data.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function waitForConnections(port: number, postmaster: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (postmaster.exitCode !== null || postmaster.signalCode !== null) {
      throw new Error(`postgres exited before accepting connections:\n${log()}`);
    }
    const client = new pg.Client({ host: '127.0.0.1', port, user: superuser, database: 'postgres' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(`postgres did not accept connections within ${timeoutMs} ms:\n${log()}`);
      await pause(100);
    }
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Starts a PostgreSQL server in a new temporary folder and creates one database. */
export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const binaries = findPostgresBinaries();
  const account = serverAccount();
  const folder = await mkdtemp(path.join(tmpdir(), 'matchcut-postgres-'));
  const dataDirectory = path.join(folder, 'data');
  // The server's own user needs the folder: the data directory and the unix socket live there.
  if (account !== undefined) await chown(folder, account.uid, account.gid);
  const environment: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: folder, LC_ALL: 'C', TZ: 'UTC' };
  let postmaster: ChildProcess | undefined;
  const stopSync = () => postmaster?.kill('SIGKILL');
  try {
    await runToEnd(
      path.join(binaries, 'initdb'),
      [
        '-D',
        dataDirectory,
        '-U',
        superuser,
        '--auth=trust',
        '-E',
        'UTF8',
        '--no-locale',
        '--no-sync',
        '--no-instructions',
      ],
      account,
      environment,
    );
    let log = '';
    let port = 0;
    // A free port may be taken between the probe and the bind: try a few.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      port = await freePort();
      log = '';
      const started = spawn(
        path.join(binaries, 'postgres'),
        [
          ...['-D', dataDirectory, '-p', String(port), '-k', folder],
          ...['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
          ...['-c', 'full_page_writes=off', '-c', 'max_connections=200', '-c', 'shared_buffers=32MB'],
        ],
        { ...account, env: environment, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      postmaster = started;
      started.stdout?.on('data', (data: Buffer) => (log += data.toString()));
      started.stderr?.on('data', (data: Buffer) => (log += data.toString()));
      process.once('exit', stopSync);
      try {
        await waitForConnections(port, started, () => log, options.startTimeoutMs ?? 60_000);
        break;
      } catch (error) {
        process.off('exit', stopSync);
        started.kill('SIGKILL');
        await waitForExit(started, 5_000);
        postmaster = undefined;
        if (attempt === 2 || !/could not bind|address already in use/i.test(log)) throw error;
      }
    }
    const running = postmaster;
    if (running === undefined) throw new Error('postgres did not start');
    const urlOf = (database: string) => `postgres://${superuser}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    const createDatabase = async (name: string) => {
      const client = new pg.Client({ connectionString: urlOf('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    };
    const database = options.database ?? 'matchcut';
    const url = await createDatabase(database);
    let stopped: Promise<void> | undefined;
    return {
      url,
      port,
      folder,
      createDatabase,
      stop() {
        stopped ??= (async () => {
          process.off('exit', stopSync);
          running.kill('SIGINT');
          await waitForExit(running, 15_000);
          await rm(folder, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  } catch (error) {
    process.off('exit', stopSync);
    if (postmaster !== undefined) {
      postmaster.kill('SIGKILL');
      await waitForExit(postmaster, 5_000);
    }
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
