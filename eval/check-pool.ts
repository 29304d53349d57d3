/**
 * The pool for blind judgement (issue #11): each batch's truth lists only the partners its own writer built, so an
 * organization of another batch that serves a studio would count as a miss. This writes every (studio, candidate)
 * pair that the engine or the word-overlap baseline put in a check studio's top 3 and that truth.yaml lists neither as
 * a partner nor as a look-alike, and that pooled-judgements.yaml has not judged yet — shuffled, without saying which
 * system proposed it — to a YAML file for a judge who reads the two profiles and nothing else. The lead runs it after
 * a fresh check batch joins; nothing is printed pair by pair (the check half is read as totals only).
 *
 *   npx tsx eval/check-pool.ts <output.yaml>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { evaluateHalf, nameKey, profileSetFolder, readTruth, type StudioResult } from './matches.js';

interface Pair {
  studio: string;
  candidate: string;
}

function judgedPairs(): Set<string> {
  const raw: unknown = parse(readFileSync(path.join(profileSetFolder, 'pooled-judgements.yaml'), 'utf8'));
  const list = Array.isArray(raw) ? (raw as Partial<Pair>[]) : [];
  return new Set(list.map((pair) => `${nameKey(pair.studio ?? '')}\u0000${nameKey(pair.candidate ?? '')}`));
}

/** A small seeded generator, so the same pool comes out in the same order. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function checkPool(): Promise<Pair[]> {
  const truth = readTruth().check;
  const judged = judgedPairs();
  const listed = new Map(
    truth.map((entry) => [entry.studio, new Set([...entry.partners, ...entry.lookalikes].map(nameKey))]),
  );
  const seen = new Set<string>();
  const pool: Pair[] = [];
  const add = (results: StudioResult[]) => {
    for (const result of results) {
      for (const candidate of result.top3) {
        const key = `${nameKey(result.studio)}\u0000${nameKey(candidate)}`;
        if (seen.has(key) || judged.has(key) || listed.get(result.studio)?.has(nameKey(candidate))) continue;
        if (result.lookalikesInTop3.includes(candidate)) continue;
        seen.add(key);
        pool.push({ studio: result.studio, candidate });
      }
    }
  };
  const evaluation = await evaluateHalf('check', truth);
  add(evaluation.results);
  add(evaluation.baselineResults);
  const random = seeded(pool.length);
  for (let index = pool.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other] as Pair, pool[index] as Pair];
  }
  return pool;
}

const output = process.argv[2];
if (output === undefined) {
  process.stderr.write('usage: npx tsx eval/check-pool.ts <output.yaml>\n');
  process.exitCode = 1;
} else {
  const pool = await checkPool();
  writeFileSync(output, stringify(pool));
  process.stdout.write(`${pool.length} unjudged top-3 pairs written to ${output}\n`);
}
