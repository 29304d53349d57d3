/**
 * Where the matching benchmark's time goes: the same steps as bench/matching.ts (import, open, match, digest),
 * each under the V8 sampling profiler, written as one .cpuprofile per step into a folder, with the functions
 * that took the most time (self and total) printed per step.
 * Run: npx tsx bench/probe/matching-phases.ts [--profiles 3000] [--out folder] [--top 25]
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { matchSample, syntheticMatching } from '../synthetic-matching.js';
import { type CpuProfile, functionLabel, profileTimes } from './cpu-profile-times.js';

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '3000' },
    out: { type: 'string', default: path.join(tmpdir(), 'matching-phases') },
    top: { type: 'string', default: '25' },
  },
});
const count = Number(values.profiles);
const top = Number(values.top);
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

/** Self and total milliseconds per function (name, file, line), from a profile's samples. */
function summarize(profile: CpuProfile): void {
  const { all, self, total } = profileTimes(profile, (node) => functionLabel(node, true));
  const print = (title: string, table: Map<string, number>) => {
    process.stdout.write(`  ${title}\n`);
    for (const [name, milliseconds] of [...table].sort((left, right) => right[1] - left[1]).slice(0, top))
      process.stdout.write(`    ${milliseconds.toFixed(0).padStart(7)} ms  ${name}\n`);
  };
  process.stdout.write(`  sampled ${all.toFixed(0)} ms\n`);
  print('self', self);
  print('total', total);
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  await session.post('Profiler.start');
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(path.join(out, `${name}.cpuprofile`), JSON.stringify(profile));
  process.stdout.write(`${name}: cpu ${Math.round((used.user + used.system) / 1000)} ms\n`);
  summarize(profile);
  return result;
};

const folder = mkdtempSync(path.join(tmpdir(), 'matchcut-phases-'));
try {
  const { profiles, store, open } = await syntheticMatching(folder, count);
  const matchmaking = open();
  const imported = await step('import', () => matchmaking.profiles.importMany(profiles, { file: 'synthetic' }));
  const reopened = await step('open', async () => {
    const service = open();
    await service.ready;
    return service;
  });
  const sample = matchSample(imported.imported, count);
  await step('match', async () => {
    for (const party of sample) await reopened.match(party.id, { limit: 10 });
  });
  await step('digest', () => reopened.digest({ limit: 20 }));
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
  session.disconnect();
}
