/**
 * A throwaway Redis server for the scale tests: `redis-server` on a free loopback port, without
 * persistence, its working folder a fresh temporary one. `stop()` sends SIGINT to its PID, waits for
 * it to exit and removes the folder. Redis runs as whoever runs the tests (root included).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** The temporary folder holding the server's files (removed by `stop()`). */
  readonly folder: string;
  /** SIGINT to the server, waits for it to exit, removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

const installHint =
  'Install it (Debian: `apt-get install redis-server`), or put the folder holding redis-server on PATH.';

/** `redis-server` from PATH or /usr/bin, /usr/local/bin, /usr/sbin. */
export function findRedisServer(): string {
  const folders = [
    ...(process.env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== ''),
    '/usr/bin',
    '/usr/local/bin',
    '/usr/sbin',
  ];
  for (const folder of folders) {
    const file = path.join(folder, 'redis-server');
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // Not here.
    }
  }
  throw new Error(`redis-server not found on PATH or in /usr/bin, /usr/local/bin, /usr/sbin. ${installHint}`);
}

function freePort(): Promise<number> {
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

/** One PING over a plain socket: true when the server answers +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const finish = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data: Buffer) => {
      reply += data.toString();
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function waitForPong(port: number, server: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`redis-server exited before accepting connections:\n${log()}`);
    }
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer PING within ${timeoutMs} ms:\n${log()}`);
    await pause(50);
  }
}

/** Starts a Redis server without persistence on a free loopback port. */
export async function startRedis(options: { startTimeoutMs?: number } = {}): Promise<RedisServer> {
  const binary = findRedisServer();
  const folder = await mkdtemp(path.join(tmpdir(), 'matchcut-redis-'));
  let server: ChildProcess | undefined;
  const stopSync = () => server?.kill('SIGKILL');
  try {
    let port = 0;
    // A free port may be taken between the probe and the bind: try a few.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      port = await freePort();
      let log = '';
      const started = spawn(
        binary,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder],
        { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      server = started;
      started.stdout?.on('data', (data: Buffer) => (log += data.toString()));
      started.stderr?.on('data', (data: Buffer) => (log += data.toString()));
      process.once('exit', stopSync);
      try {
        await waitForPong(port, started, () => log, options.startTimeoutMs ?? 30_000);
        break;
      } catch (error) {
        process.off('exit', stopSync);
        started.kill('SIGKILL');
        await waitForExit(started, 5_000);
        server = undefined;
        if (attempt === 2 || !/address already in use/i.test(log)) throw error;
      }
    }
    const running = server;
    if (running === undefined) throw new Error('redis-server did not start');
    let stopped: Promise<void> | undefined;
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      folder,
      stop() {
        stopped ??= (async () => {
          process.off('exit', stopSync);
          running.kill('SIGINT');
          await waitForExit(running, 10_000);
          await rm(folder, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  } catch (error) {
    process.off('exit', stopSync);
    if (server !== undefined) {
      server.kill('SIGKILL');
      await waitForExit(server, 5_000);
    }
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
