/**
 * The digest and match lists of one checkout written out in full, to compare two checkouts byte for byte (a speed
 * change must give the same pairs, order, scores and reasons), with the digest's CPU time: over N synthetic profiles
 * (bench/matching.ts's pool) or over the TUNE pool (tune.yaml with the shipped profiles, as eval/matches.ts imports
 * it; the check half is never opened). Ids, digest ids and dates are left out (they are random or the clock's).
 *
 * Written: the first `digest({ limit: 20 })` (timed, as the bench times it), then `previewDigest({ limit: 200 })`,
 * the unmet needs, and match lists (limit 10) for the bench's sample of organizations (every one in the tune pool).
 * With --profile FILE, a V8 CPU profile of the timed digest only (node:inspector).
 *
 * Usage: npx tsx bench/probe/digest-dump.ts <checkout> (--profiles 10000 | --tune) --out FILE [--profile FILE]
 */
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { withHalfImported } from '../../eval/matches.js';
import type { Matchmaking } from '../../src/matchmaking/index.js';
import type { matchSample, syntheticMatching } from '../synthetic-matching.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profiles: { type: 'string' },
    tune: { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'string' },
  },
});
const root = path.resolve(positionals[0] ?? '.');
if (values.out === undefined || (values.profiles === undefined && !values.tune))
  throw new Error('usage: digest-dump.ts <checkout> (--profiles N | --tune) --out FILE [--profile FILE]');
const out = values.out;

type Service = Pick<Matchmaking, 'digest' | 'previewDigest' | 'match' | 'report'>;
const hidden = new Set(['id', 'digestId', 'createdAt', 'updatedAt', 'importedAt', 'aId', 'bId']);
const text = (value: unknown) =>
  JSON.stringify(value, (key, inner: unknown) => (hidden.has(key) ? undefined : inner), 1);

async function dump(service: Service, names: readonly string[]): Promise<void> {
  const session = values.profile === undefined ? undefined : new Session();
  if (session !== undefined) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  const digest = await service.digest({ limit: 20 });
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  if (session !== undefined) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(values.profile as string, JSON.stringify(profile));
    session.disconnect();
  }
  const preview = await service.previewDigest({ limit: 200 });
  const lists: string[] = [];
  for (const name of names) lists.push(`match ${name}\n${text(await service.match(name, { limit: 10 }))}`);
  const report = await service.report();
  writeFileSync(
    out,
    [
      `digest 20\n${text(digest)}`,
      `preview 200\n${text(preview)}`,
      `report unmet\n${text(report.unmetNeeds)}`,
      ...lists,
    ].join('\n'),
  );
  const cpuMs = Math.round((used.user + used.system) / 1000);
  process.stdout.write(
    `${JSON.stringify({ checkout: root, digest: { wall: Math.round(wall), cpu: cpuMs }, suggestions: digest.suggestions.length, lists: names.length, load: os.loadavg()[0]?.toFixed(2) })}\n`,
  );
}

if (values.tune) {
  const module = (await import(pathToFileURL(path.join(root, 'eval', 'matches.ts')).href)) as {
    withHalfImported: typeof withHalfImported;
  };
  await module.withHalfImported('tune', async (core) => {
    const names = (await core.profiles.list()).map((profile) => profile.name);
    await dump(core as unknown as Service, names);
  });
} else {
  const count = Number(values.profiles);
  const module = (await import(pathToFileURL(path.join(root, 'bench', 'synthetic-matching.ts')).href)) as {
    syntheticMatching: typeof syntheticMatching;
    matchSample: typeof matchSample;
  };
  const folder = mkdtempSync(path.join(os.tmpdir(), 'matchcut-digest-dump-'));
  try {
    const { profiles, store, open } = await module.syntheticMatching(folder, count);
    const imported = await open().profiles.importMany(profiles, { file: 'synthetic' });
    const service = open();
    await service.ready;
    const names = module.matchSample(imported.imported, count).map((profile) => profile.name);
    await dump(service, names);
    await store.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
