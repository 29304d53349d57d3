/**
 * A bot replica for the scale tests: the real `matchcut` command (bin/matchcut.js) in its own process
 * with its own data folder (the index copied from a prepared one, so it starts without rebuilding),
 * its JSON log lines collected from its output so a test can wait for what it reports, stopped with
 * SIGTERM or killed with SIGKILL by its PID.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../helpers/temporary-folder.js';
import { copyBuiltIndex } from '../helpers/test-core-template.js';

export interface ReplicaLogRecord {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface BotReplica {
  readonly name: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  records(): ReplicaLogRecord[];
  /** Resolves with the first log record matching, rejects after `timeoutMs` (or when the process ends). */
  waitFor(predicate: (record: ReplicaLogRecord) => boolean, timeoutMs?: number): Promise<ReplicaLogRecord>;
  /** SIGKILL: no shutdown work at all. */
  kill(): Promise<void>;
  /** SIGTERM, and waits for the process to end. */
  stop(): Promise<void>;
}

export interface StartReplicaOptions {
  name: string;
  /** `slack`, `discord` or `serve`. */
  command: string;
  env: Record<string, string>;
  /** A data folder whose `index` and `cache` the replica starts from. */
  templateDataDir: string;
}

function ended(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startReplica(options: StartReplicaOptions): Promise<BotReplica> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `matchcut-${options.name}-`));
  await copyBuiltIndex(options.templateDataDir, dataDir);
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'bin/matchcut.js'), options.command], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      MATCHCUT_DATA_DIR: dataDir,
      MATCHCUT_LOG_LEVEL: process.env.REPLICA_LOG_LEVEL ?? 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const records: ReplicaLogRecord[] = [];
  const other: string[] = [];
  const listeners = new Set<() => void>();
  let partial = '';
  const take = (data: Buffer) => {
    const lines = (partial + data.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        records.push(JSON.parse(line) as ReplicaLogRecord);
      } catch {
        if (line.trim() !== '') other.push(line);
      }
    }
    for (const listener of [...listeners]) listener();
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const describe = () =>
    `${options.name}: ${records
      .slice(-15)
      .map((record) => record.msg)
      .join(' | ')} ${other.slice(-5).join(' | ')}`;
  return {
    name: options.name,
    dataDir,
    child,
    records: () => [...records],
    waitFor(predicate, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = records.find(predicate);
          if (found !== undefined) {
            finish();
            resolve(found);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            finish();
            reject(new Error(`${options.name} ended before logging what was awaited; ${describe()}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`${options.name} did not log what was awaited within ${timeoutMs} ms; ${describe()}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', check);
        };
        listeners.add(check);
        child.on('exit', check);
        check();
      });
    },
    async kill() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await ended(child);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await ended(child);
      clearTimeout(timer);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
