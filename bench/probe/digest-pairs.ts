/**
 * The digest step of bench/matching.ts alone, for two checkouts alternated back to back over one store of N
 * synthetic profiles imported once (each run opens a fresh copy of it in its own process): the open and digest
 * CPU and wall times of each run, with the load average, and the digest's fingerprint.
 *
 * With several sizes (`--profiles 1000,10000`) each pair runs every size for both checkouts, and the end prints each
 * checkout's growth: median digest CPU at each size and the ratio of the largest to the smallest against the ratio
 * of the sizes (linear growth: the two ratios about equal).
 *
 * Usage: npx tsx bench/probe/digest-pairs.ts <checkout A> <checkout B> [--profiles 10000 | 1000,10000] [--pairs 3]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
  const sizes = String(values.profiles)
    .split(',')
    .map((entry) => Number(entry));
  const folder = mkdtempSync(path.join(os.tmpdir(), 'matchcut-digest-store-'));
  const cpu = new Map<string, number[]>();
  try {
    const stores = new Map<number, string>();
    for (const size of sizes) {
      const sizeFolder = path.join(folder, String(size));
      mkdirSync(sizeFolder);
      const module = (await import(
        pathToFileURL(path.join(path.resolve(first), 'bench', 'synthetic-matching.ts')).href
      )) as {
        syntheticMatching: typeof syntheticMatching;
      };
      const { profiles, store, open } = await module.syntheticMatching(sizeFolder, size);
      await open().profiles.importMany(profiles, { file: 'synthetic' });
      await store.close();
      const storeFile = path.join(sizeFolder, 'matchcut.sqlite');
      if (!existsSync(storeFile)) throw new Error('the store was not written');
      stores.set(size, storeFile);
    }
    for (let pair = 0; pair < Number(values.pairs); pair += 1) {
      for (const size of sizes) {
        // Alternate which checkout runs first, so neither always runs in the other's wake (caches, heat, load).
        for (const root of pair % 2 === 0 ? [first, second] : [second, first]) {
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
              stores.get(size) as string,
              '--profiles',
              String(size),
            ],
            { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
          );
          const measured = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { digest?: { cpu: number } };
          const key = `${root}|${size}`;
          cpu.set(key, [...(cpu.get(key) ?? []), measured.digest?.cpu ?? Number.NaN]);
          process.stdout.write(
            `${JSON.stringify({ checkout: root, profiles: size, pair, loadBefore: load, ...measured })}\n`,
          );
        }
      }
    }
    if (sizes.length > 1) {
      const median = (list: number[]) =>
        [...list].sort((left, right) => left - right)[Math.floor(list.length / 2)] ?? 0;
      const smallest = Math.min(...sizes);
      const largest = Math.max(...sizes);
      for (const root of [first, second]) {
        const low = median(cpu.get(`${root}|${smallest}`) ?? []);
        const high = median(cpu.get(`${root}|${largest}`) ?? []);
        process.stdout.write(
          `${JSON.stringify({ checkout: root, growth: Object.fromEntries(sizes.map((size) => [size, median(cpu.get(`${root}|${size}`) ?? [])])), timeRatio: Math.round((high / Math.max(1, low)) * 10) / 10, sizeRatio: largest / smallest })}\n`,
        );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
