/**
 * Matching figures come from the matchmaking engineer's benchmark, bench/matching.ts, run in
 * its own process; until it has landed the section says so instead of giving a figure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lastJsonLine, runTypeScriptChild } from '../measure/child-process.js';
import type { MatchingMeasured, MatchingSection } from './section-types.js';

export async function measureMatching(options: { repositoryRoot: string; onProgress: (line: string) => void }): Promise<MatchingSection> {
  const entry = path.join(options.repositoryRoot, 'bench', 'matching.ts');
  if (!existsSync(entry)) return { status: 'not measured', reason: 'the matchmaking benchmark (bench/matching.ts) has not landed' };
  const run = await runTypeScriptChild(entry, ['--json'], { cwd: options.repositoryRoot, timeoutMilliseconds: 10 * 60_000, onStderrLine: options.onProgress });
  if (run.timedOut) return { status: 'not measured', reason: 'bench/matching.ts did not finish within 10 minutes' };
  const result = lastJsonLine<Omit<MatchingMeasured, 'status' | 'source'>>(run.stdout);
  if (run.exitCode !== 0 || !result) {
    return { status: 'not measured', reason: `bench/matching.ts failed (exit ${run.exitCode ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  }
  return { status: 'ok', source: 'bench/matching.ts', digests: result.digests ?? [], matchFor: result.matchFor ?? [], notes: result.notes ?? [] };
}
