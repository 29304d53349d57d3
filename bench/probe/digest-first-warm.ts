/**
 * The matching benchmark's steps in one process (import, reopen, match the sample, digest — as bench/matching.ts),
 * then a second and third digest in the same process: each step's CPU time, so the first digest's first-time work
 * (caches filled on first use, code compiled) shows against a warm digest. A later digest leaves out the pairs the
 * earlier ones hold reserved (as any digest leaves out reserved and recent pairs), so it scores about as many pairs,
 * not the same ones.
 *
 * With --profile, the first and second digest run under the V8 sampling profiler and a table compares them function by
 * function (sampled ms, first against second, largest first-digest total first): what the first digest does that a
 * warm one does not. Profiles are written to --out (default: a temporary folder).
 *
 * Usage: npx tsx bench/probe/digest-first-warm.ts [--profiles 10000] [--profile] [--out folder] [--top 30]
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { matchSample, syntheticMatching } from '../synthetic-matching.js';
import { type CpuProfile, profileTimes } from './cpu-profile-times.js';

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '10000' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(os.tmpdir(), 'digest-first-warm') },
    top: { type: 'string', default: '30' },
  },
});
const count = Number(values.profiles);

function compare(first: CpuProfile, second: CpuProfile): void {
  const [one, two] = [profileTimes(first), profileTimes(second)];
  process.stdout.write('  sampled ms: first digest, second, first − second\n');
  const line = (name: string, milliseconds: number, warm: number) =>
    process.stdout.write(
      `  ${milliseconds.toFixed(0).padStart(7)} ${warm.toFixed(0).padStart(7)} ${(milliseconds - warm).toFixed(0).padStart(7)}  ${name}\n`,
    );
  line('(all)', one.all, two.all);
  const rows = [...one.total].sort((left, right) => right[1] - left[1]).slice(0, Number(values.top));
  for (const [name, milliseconds] of rows) line(name, milliseconds, two.total.get(name) ?? 0);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

const session = values.profile ? new Session() : undefined;
const profiles: CpuProfile[] = [];
/** One step's CPU ms (and, when asked, its profile). */
async function step<T>(name: string, work: () => Promise<T>, profiled = false): Promise<T> {
  if (profiled && session !== undefined) await session.post('Profiler.start');
  const since = process.cpuUsage();
  const result = await work();
  const used = cpuMs(since);
  if (profiled && session !== undefined) {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    profiles.push(profile);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(path.join(values.out, `${name}.cpuprofile`), JSON.stringify(profile));
  }
  process.stdout.write(`${JSON.stringify({ profiles: count, step: name, cpu: used })}\n`);
  return result;
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'matchcut-first-warm-'));
try {
  if (session !== undefined) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  const { profiles: inputs, store, open } = await syntheticMatching(folder, count);
  const imported = await step('import', () => open().profiles.importMany(inputs, { file: 'synthetic' }));
  const service = await step('reopen', async () => {
    const opened = open();
    await opened.ready;
    return opened;
  });
  await step('match sample', async () => {
    for (const party of matchSample(imported.imported, count)) await service.match(party.id, { limit: 10 });
  });
  await step('first digest', () => service.digest({ limit: 20 }), true);
  await step('second digest', () => service.digest({ limit: 20 }), true);
  await step('third digest', () => service.digest({ limit: 20 }));
  process.stdout.write(`load ${os.loadavg()[0]?.toFixed(2)}\n`);
  if (profiles.length === 2) compare(profiles[0] as CpuProfile, profiles[1] as CpuProfile);
  await store.close();
} finally {
  session?.disconnect();
  rmSync(folder, { recursive: true, force: true });
}
