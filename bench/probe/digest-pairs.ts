/**
 * The digest step of bench/matching.ts alone, for two checkouts alternated back to back over one store of N
 * synthetic profiles imported once (each run opens a fresh copy of it in its own process): the open and digest
 * CPU and wall times of each run, with the load average, and the digest's fingerprint.
 *
 * Usage: npx tsx bench/probe/digest-pairs.ts <checkout A> <checkout B> [--profiles 10000] [--pairs 3]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { syntheticMatching } from '../synthetic-matching.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profiles: { type: 'string', default: '10000' },
    pairs: { type: 'string', default: '3' },
    // Internal: one measured run in this process.
    run: { type: 'string' },
    store: { type: 'string' },
  },
});
const count = Number(values.profiles);

async function setUp(root: string, folder: string) {
  const module = (await import(pathToFileURL(path.join(root, 'bench', 'synthetic-matching.ts')).href)) as {
    syntheticMatching: typeof syntheticMatching;
  };
  return module.syntheticMatching(folder, count);
}

if (values.run !== undefined && values.store !== undefined) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'matchcut-digest-run-'));
  try {
    copyFileSync(values.store, path.join(folder, 'matchcut.sqlite'));
    const { store, open } = await setUp(path.resolve(values.run), folder);
    const measure = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = await work();
      const used = process.cpuUsage(cpu);
      return {
        result,
        wall: Math.round(performance.now() - started),
        cpu: Math.round((used.user + used.system) / 1000),
      };
    };
    const opened = await measure(async () => {
      const service = open();
      await service.ready;
      return service;
    });
    const digest = await measure(() => opened.result.digest({ limit: 20 }));
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256');
    for (const suggestion of digest.result.suggestions)
      hash.update(`${suggestion.a.name}|${suggestion.b.name}|${suggestion.score}\n`);
    for (const need of digest.result.unmetNeeds) hash.update(`unmet ${need.profile.name}|${need.need}\n`);
    await store.close();
    process.stdout.write(
      `${JSON.stringify({ open: { wall: opened.wall, cpu: opened.cpu }, digest: { wall: digest.wall, cpu: digest.cpu }, fingerprint: hash.digest('hex').slice(0, 12) })}\n`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
} else {
  const [first, second] = positionals;
  if (first === undefined || second === undefined) throw new Error('usage: digest-pairs.ts <checkout A> <checkout B>');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'matchcut-digest-store-'));
  try {
    const { profiles, store, open } = await setUp(path.resolve(first), folder);
    await open().profiles.importMany(profiles, { file: 'synthetic' });
    await store.close();
    const storeFile = path.join(folder, 'matchcut.sqlite');
    if (!existsSync(storeFile)) throw new Error('the store was not written');
    for (let pair = 0; pair < Number(values.pairs); pair += 1) {
      for (const root of [first, second]) {
        const load = os.loadavg()[0]?.toFixed(2);
        const output = execFileSync(
          process.execPath,
          [
            '--import',
            'tsx',
            import.meta.filename,
            '--run',
            path.resolve(root),
            '--store',
            storeFile,
            '--profiles',
            String(count),
          ],
          { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
        );
        process.stdout.write(
          `${JSON.stringify({ checkout: root, pair, loadBefore: load, ...JSON.parse(output.trim().split('\n').at(-1) ?? '{}') })}\n`,
        );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
