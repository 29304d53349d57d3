/**
 * Matching figures come from the matchmaking engineer's benchmark, bench/matching.ts, run in
 * its own process at 1k and 10k profiles (`--profiles N --json`); until it has landed the
 * section says so instead of giving a figure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lastJsonLine, runTypeScriptChild } from '../measure/child-process.js';
import { round } from '../measure/statistics.js';
import type { MatchingMeasured, MatchingSection } from './section-types.js';

/** What bench/matching.ts prints with --json. */
interface MatchingBenchOutput {
  profiles: number;
  problems: number;
  matchesFound: number;
  digestSuggestions: number;
  milliseconds: Record<string, number>;
}

export const matchingProfileCounts = [1_000, 10_000];

export async function measureMatching(options: {
  repositoryRoot: string;
  onProgress: (line: string) => void;
  profileCounts?: number[];
}): Promise<MatchingSection> {
  const entry = path.join(options.repositoryRoot, 'bench', 'matching.ts');
  if (!existsSync(entry))
    return { status: 'not measured', reason: 'the matchmaking benchmark (bench/matching.ts) has not landed' };
  const measured: MatchingMeasured = {
    status: 'ok',
    source: 'bench/matching.ts',
    digests: [],
    matchFor: [],
    timings: {},
    notes: [],
  };
  for (const count of options.profileCounts ?? matchingProfileCounts) {
    options.onProgress(`bench/matching.ts --profiles ${count}`);
    const run = await runTypeScriptChild(entry, ['--profiles', String(count), '--json'], {
      cwd: options.repositoryRoot,
      timeoutMilliseconds: 5 * 60_000,
      onStderrLine: options.onProgress,
    });
    const output = lastJsonLine<MatchingBenchOutput>(run.stdout);
    if (run.timedOut || run.exitCode !== 0 || !output || typeof output.milliseconds !== 'object') {
      const why = run.timedOut
        ? 'did not finish within 5 minutes'
        : `failed (exit ${run.exitCode ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`;
      if (measured.digests.length === 0)
        return { status: 'not measured', reason: `bench/matching.ts --profiles ${count} ${why}` };
      measured.notes.push(`--profiles ${count} ${why}`);
      break;
    }
    measured.timings[String(output.profiles)] = output.milliseconds;
    const digest = output.milliseconds['digest (all organizations)'];
    if (digest !== undefined)
      measured.digests.push({ profiles: output.profiles, milliseconds: digest, suggestions: output.digestSuggestions });
    const matchKey = Object.keys(output.milliseconds).find((key) => /^match ×\d+$/.test(key));
    if (matchKey !== undefined) {
      const calls = Number(matchKey.replace('match ×', ''));
      const total = output.milliseconds[matchKey] as number;
      measured.matchFor.push({
        profiles: output.profiles,
        calls,
        suggestions: output.matchesFound,
        suggestionsPerSecond: round(output.matchesFound / Math.max(0.001, total / 1_000), 0),
        meanMilliseconds: round(total / Math.max(1, calls), 1),
      });
    }
    if (output.problems > 0)
      measured.notes.push(`${output.problems} of the ${count} synthetic profiles were rejected at import`);
  }
  measured.notes.push(
    'Synthetic profiles over the shipped glossary, in a temporary SQLite store (bench/matching.ts by the matchmaking engineer); match = the core call behind `match --for`, limit 10.',
  );
  return measured;
}
