/**
 * Matching benchmark: builds N synthetic profiles (default 10,000; `--profiles N`) over the real
 * glossary in a temporary SQLite store, then times importing them, building the matching index,
 * matching single organizations and choosing a digest over all of them.
 * Run: npx tsx bench/matching.ts [--profiles 10000] [--json]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { matchSample, syntheticMatching } from './synthetic-matching.js';

const { values } = parseArgs({
  options: { profiles: { type: 'string', default: '10000' }, json: { type: 'boolean', default: false } },
});
const count = Number(values.profiles);
const timings: Record<string, number> = {};
const cpuTimings: Record<string, number> = {};
/** Wall time and CPU time (user + system, all threads of the process: GC included) of one step. */
const time = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  timings[label] = Math.round(performance.now() - started);
  cpuTimings[label] = Math.round((used.user + used.system) / 1000);
  return result;
};

const folder = mkdtempSync(path.join(tmpdir(), 'matchcut-bench-'));
try {
  const { profiles, store, open } = await syntheticMatching(folder, count);
  const matchmaking = open();
  const imported = await time('import (validate + store + index)', () =>
    matchmaking.profiles.importMany(profiles, { file: 'synthetic' }),
  );
  // A second service over the same file: builds the index from the store, as at start-up.
  // `ready` settles once the index is built (createMatchmaking starts the build and returns at once).
  const reopened = await time('open (index from store)', async () => {
    const service = open();
    await service.ready;
    return service;
  });
  const sample = matchSample(imported.imported, count);
  let matched = 0;
  const matchHash = createHash('sha256');
  await time(`match ×${sample.length}`, async () => {
    for (const party of sample) {
      const found = await reopened.match(party.id, { limit: 10 });
      matched += found.length;
      for (const match of found) matchHash.update(`${match.a.name}|${match.b.name}|${match.score}\n`);
    }
  });
  timings['match (mean per organization)'] = Math.round(
    (timings[`match ×${sample.length}`] ?? 0) / Math.max(1, sample.length),
  );
  cpuTimings['match (mean per organization)'] = Math.round(
    (cpuTimings[`match ×${sample.length}`] ?? 0) / Math.max(1, sample.length),
  );
  const digest = await time('digest (all organizations)', () => reopened.digest({ limit: 20 }));
  const report = await time('report (with unmet needs)', () => reopened.report());
  await store.close();
  // What was chosen (not the random ids): equal fingerprints across commits mean the same matches, digest and report.
  const digestHash = createHash('sha256');
  for (const suggestion of digest.suggestions) {
    digestHash.update(
      `${suggestion.a.name}|${suggestion.b.name}|${suggestion.score}|${suggestion.reasons.length}|${suggestion.citations.length}\n`,
    );
  }
  for (const need of digest.unmetNeeds) digestHash.update(`unmet ${need.profile.name}|${need.need}\n`);
  for (const need of report.unmetNeeds) digestHash.update(`report ${need.profile.name}|${need.need}\n`);
  const result = {
    profiles: imported.imported.length,
    problems: imported.problems.length,
    matchesFound: matched,
    fingerprints: { match: matchHash.digest('hex').slice(0, 12), digest: digestHash.digest('hex').slice(0, 12) },
    digestSuggestions: digest.suggestions.length,
    unmetNeeds: report.unmetNeeds.length,
    milliseconds: timings,
    cpuMilliseconds: cpuTimings,
    node: process.version,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `matching benchmark: ${result.profiles} profiles (${result.problems} problems), node ${result.node}\n`,
    );
    process.stdout.write(`  ${'step'.padEnd(36)} ${'wall'.padStart(8)} ${'cpu'.padStart(8)}\n`);
    for (const [label, milliseconds] of Object.entries(timings)) {
      process.stdout.write(
        `  ${label.padEnd(36)} ${String(milliseconds).padStart(5)} ms ${String(cpuTimings[label] ?? '').padStart(5)} ms\n`,
      );
    }
    process.stdout.write(
      `  matches found ${matched}, digest ${result.digestSuggestions} suggestions, ${result.unmetNeeds} unmet needs\n`,
    );
    process.stdout.write(`  fingerprints: match ${result.fingerprints.match}, digest ${result.fingerprints.digest}\n`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
