import { fork } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const child = path.join(import.meta.dirname, 'crash-writer-child.ts');

function runChild(
  file: string,
  mode: 'digest' | 'profiles',
): Promise<{ signal: NodeJS.Signals | null; code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const process = fork(child, [file, mode], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stdout = '';
    let stderr = '';
    process.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
    });
    process.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    process.on('error', reject);
    process.on('exit', (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve({ signal, code, stdout });
    });
  });
}

describe('store crash safety', () => {
  let folder: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ folder, cleanup } = await createTemporaryFolder());
  });
  afterEach(async () => cleanup());

  it('a process killed in the middle of writing a digest leaves no half-written digest', async () => {
    const file = path.join(folder, 'matchcut.sqlite');
    const result = await runChild(file, 'digest');
    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).toContain('committed');
    expect(result.stdout).not.toContain('not reached');

    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const store = openStore(file, { logger: createSilentLogger() });
    expect((await store.getDigest('committed'))?.suggestions).toHaveLength(2);
    expect(await store.getDigest('crashing')).toBeUndefined();
    expect(
      (await store.suggestionsSince('1970-01-01T00:00:00.000Z')).filter((row) => row.digestId === 'crashing'),
    ).toHaveLength(0);
    // Still writable after the crash.
    await store.saveDigest({ id: 'after', createdAt: new Date().toISOString(), suggestions: [], unmetNeeds: [] });
    expect(await store.getDigest('after')).toBeDefined();
    await store.close();
  });

  it('a process killed in the middle of importing profiles imports none of that batch', async () => {
    const file = path.join(folder, 'matchcut.sqlite');
    const result = await runChild(file, 'profiles');
    expect(result.signal).toBe('SIGKILL');
    const store = openStore(file, { logger: createSilentLogger() });
    const names = (await store.listProfiles()).map((profile) => profile.name);
    expect(names).toEqual(['Crash profile 0']);
    expect(await store.profilesRevision()).toBe(1);
    await store.close();
  });
});
