/**
 * The match half of `npm run eval`: each half of the profile evaluation set
 * (test/fixtures/eval/profiles/{tune,check}.yaml) is imported into a temporary data folder
 * through the real core, as `matchcut profiles import` does (the shipped profiles stay, as
 * distractors), then every studio of truth.yaml is matched as `matchcut match --for NAME` does.
 * Reported per half: top-1 and top-3 (a true partner first / among the first three), MRR (first
 * true partner, over the first ten), look-alikes in any top-3, studios with no suggestion, and
 * the same figures for a word-overlap baseline over the same profiles.
 *
 *   npx tsx eval/matches.ts --tune-failures   the tune half's studios whose first suggestion is not a true
 *                                             partner or whose top-3 holds a look-alike, one by one; the
 *                                             check half is never printed studio by studio.
 *   npx tsx eval/matches.ts --tune-unplaced   the tune half's phrases the taxonomy could not place, one by one.
 *   npx tsx eval/matches.ts --figures         both halves' totals (with unplaced phrases), without writing
 *                                             eval/results; with --tune, the tune half's only (for helpers, who
 *                                             do not read the check half).
 *   npx tsx eval/matches.ts --batch "<marker>" the tune half's totals split in two: the studios written after the
 *                                             comment line holding <marker> in tune.yaml (a fresh batch) and the
 *                                             rest; with --tune-failures, the batch's misses only.
 *   npx tsx eval/matches.ts --check-batch "<marker>" the same split of the check half (check.yaml), totals only: a
 *                                             batch written this session, never tuned on, reads apart from the rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../src/config/config.js';
import type { Matchcut } from '../src/core-types.js';
import { createSilentLogger } from '../src/logging/logger.js';
import { loadProfilesFile } from '../src/matchmaking/load-profiles.js';
import type { ValidProfileInput } from '../src/matchmaking/profile-schema.js';
import type { Match } from '../src/matchmaking/types.js';
import { openMatchcut } from '../src/open-matchcut.js';
import { matchKey, wordTokens } from '../src/retrieval/text-normalize.js';
import type { EvaluationSection } from './evaluation-section.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..');
export const profileSetFolder = path.join(repositoryRoot, 'test', 'fixtures', 'eval', 'profiles');
const shippedKnowledge = path.join(repositoryRoot, 'knowledge');

export const halves = ['tune', 'check'] as const;
export type Half = (typeof halves)[number];

const names = z.array(z.string()).default([]);
const halfTruthSchema = z.object({
  /** Studio name → its true partners, best first. */
  partners: z.record(z.string(), names).default({}),
  /** Centers no studio needs: never in any top-3. */
  lookAlikes: names,
});

export interface StudioTruth {
  studio: string;
  partners: string[];
  lookalikes: string[];
}

/** truth.yaml: per half, each studio's partners (best first) and the half's look-alikes. */
export function readTruth(file = path.join(profileSetFolder, 'truth.yaml')): Record<Half, StudioTruth[]> {
  const raw = z
    .object({ tune: halfTruthSchema.optional(), check: halfTruthSchema.optional() })
    .parse(parse(readFileSync(file, 'utf8')));
  const byHalf: Record<Half, StudioTruth[]> = { tune: [], check: [] };
  for (const half of halves) {
    const truth = raw[half];
    if (truth === undefined) continue;
    byHalf[half] = Object.entries(truth.partners).map(([studio, partners]) => ({
      studio,
      partners,
      lookalikes: truth.lookAlikes,
    }));
  }
  return byHalf;
}

export interface StudioResult {
  studio: string;
  /** 1-based position of the first true partner in the first ten, undefined when none. */
  rank: number | undefined;
  top3: string[];
  lookalikesInTop3: string[];
}

export interface MatcherFigures {
  studios: number;
  top1: number;
  top3: number;
  mrr: number;
  lookalikesInTop3: number;
  noSuggestion: number;
}

export const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether a suggested organization is the truth's name (its name or one of its aliases). */
function sameOrganization(profile: ValidProfileInput | undefined, suggested: string, truthName: string): boolean {
  const wanted = nameKey(truthName);
  if (nameKey(suggested) === wanted) return true;
  return profile !== undefined && [profile.name, ...profile.aliases].some((alias) => nameKey(alias) === wanted);
}

function judge(truth: StudioTruth, ranked: string[], profilesByName: Map<string, ValidProfileInput>): StudioResult {
  const isOne = (list: string[], suggested: string) =>
    list.some((name) => sameOrganization(profilesByName.get(nameKey(suggested)), suggested, name));
  const position = ranked.slice(0, 10).findIndex((name) => isOne(truth.partners, name));
  const top3 = ranked.slice(0, 3);
  return {
    studio: truth.studio,
    rank: position === -1 ? undefined : position + 1,
    top3,
    lookalikesInTop3: top3.filter((name) => isOne(truth.lookalikes, name)),
  };
}

export function summarize(results: readonly StudioResult[], noSuggestion: number): MatcherFigures {
  const count = results.length;
  const share = (value: number) => (count === 0 ? 0 : Math.round((value / count) * 1_000) / 1_000);
  return {
    studios: count,
    top1: share(results.filter((result) => result.rank === 1).length),
    top3: share(results.filter((result) => result.rank !== undefined && result.rank <= 3).length),
    mrr: share(results.reduce((sum, result) => sum + (result.rank === undefined ? 0 : 1 / result.rank), 0)),
    lookalikesInTop3: results.reduce((sum, result) => sum + result.lookalikesInTop3.length, 0),
    noSuggestion,
  };
}

/** Content words of a text, as the lexicon matches them. */
export function words(text: string): Set<string> {
  return new Set(
    wordTokens(text)
      .map(matchKey)
      .filter((key) => [...key].length >= 2),
  );
}

/** A profile's need and offer words. */
type ProfileWords = (profile: ValidProfileInput) => { needs: Set<string>; offers: Set<string> };

/**
 * Each profile's need and offer words, worked out on first asking and kept for one evaluation: the baseline reads every
 * profile of the pool for every studio, and working its words out again each time was most of a half's evaluation.
 */
function profileWords(): ProfileWords {
  const kept = new Map<ValidProfileInput, { needs: Set<string>; offers: Set<string> }>();
  return (profile) => {
    let found = kept.get(profile);
    if (found === undefined) {
      found = { needs: words(profile.needs.join('\n')), offers: words(profile.offers.join('\n')) };
      kept.set(profile, found);
    }
    return found;
  };
}

/** The baseline: partners ranked by the Jaccard overlap of one side's needs with the other's offers (both ways). */
function wordOverlapRanking(
  studio: ValidProfileInput,
  all: readonly ValidProfileInput[],
  wordsOf: ProfileWords = profileWords(),
): string[] {
  const overlap = (left: Set<string>, right: Set<string>) => {
    let shared = 0;
    for (const word of left) if (right.has(word)) shared += 1;
    return shared === 0 ? 0 : shared / (left.size + right.size - shared);
  };
  const { needs, offers } = wordsOf(studio);
  return all
    .filter((other) => other.name !== studio.name)
    .map((other) => ({
      name: other.name,
      score: overlap(needs, wordsOf(other).offers) + 0.5 * overlap(offers, wordsOf(other).needs),
    }))
    .filter((entry) => entry.score > 0)
    .sort((left, right) => right.score - left.score)
    .map((entry) => entry.name);
}

export interface HalfEvaluation {
  half: Half;
  engine: MatcherFigures;
  baseline: MatcherFigures;
  results: StudioResult[];
  baselineResults: StudioResult[];
  importProblems: number;
  /** Offer and need phrases of the half's profiles the taxonomy could not place (as `profiles import` lists them). */
  unplaced: number;
}

export type ImportedHalf = Awaited<ReturnType<Matchcut['profiles']['importMany']>>;

/**
 * Opens a real core on a temporary data folder with the shipped knowledge, imports one half's profile
 * file into it and hands both to `use`; the core and the folder are gone afterwards.
 */
export async function withHalfImported<T>(
  half: Half,
  use: (core: Matchcut, imported: ImportedHalf) => Promise<T>,
): Promise<T> {
  const file = path.join(profileSetFolder, `${half}.yaml`);
  const dataDir = await mkdtemp(path.join(tmpdir(), `matchcut-eval-${half}-`));
  let core: Matchcut | undefined;
  try {
    const config = loadConfig({ MATCHCUT_DATA_DIR: dataDir }, { cwd: dataDir, defaultKnowledgeDir: shippedKnowledge });
    core = await openMatchcut(config, { logger: createSilentLogger() });
    const raw: unknown = parse(readFileSync(file, 'utf8'));
    const list = Array.isArray(raw) ? raw : ((raw as { profiles?: unknown[] }).profiles ?? []);
    return await use(core, await core.profiles.importMany(list, { file }));
  } finally {
    await core?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Imports one half through the real core and matches every studio of its truth. */
export async function evaluateHalf(
  half: Half,
  truth: readonly StudioTruth[],
  inspect?: (
    core: Matchcut,
    all: ValidProfileInput[],
    imported: ImportedHalf,
    judged: { results: StudioResult[]; baselineResults: StudioResult[] },
  ) => Promise<void>,
): Promise<HalfEvaluation> {
  const file = path.join(profileSetFolder, `${half}.yaml`);
  const { profiles: halfProfiles } = await loadProfilesFile(file);
  const shipped = (await loadProfilesFile(path.join(shippedKnowledge, 'profiles.yaml'))).profiles;
  return withHalfImported(half, async (core, imported) => {
    const all = [...halfProfiles, ...shipped];
    const profilesByName = new Map(all.map((profile) => [nameKey(profile.name), profile]));
    const results: StudioResult[] = [];
    const baselineResults: StudioResult[] = [];
    let noSuggestion = 0;
    let baselineNone = 0;
    const wordsOf = profileWords();
    for (const entry of truth) {
      let matches: Match[];
      try {
        matches = await core.match(entry.studio, { limit: 10 });
      } catch {
        matches = [];
      }
      if (matches.length === 0) noSuggestion += 1;
      const ranked = matches.map((match) =>
        nameKey(match.a.name) === nameKey(entry.studio) ? match.b.name : match.a.name,
      );
      results.push(judge(entry, ranked, profilesByName));
      const studio = all.find((profile) => sameOrganization(profile, profile.name, entry.studio));
      const baseline = studio === undefined ? [] : wordOverlapRanking(studio, all, wordsOf);
      if (baseline.length === 0) baselineNone += 1;
      baselineResults.push(judge(entry, baseline, profilesByName));
    }
    await inspect?.(core, all, imported, { results, baselineResults });
    return {
      half,
      engine: summarize(results, noSuggestion),
      baseline: summarize(baselineResults, baselineNone),
      results,
      baselineResults,
      importProblems: imported.problems.length,
      unplaced: imported.unplaced.length,
    };
  });
}

const percent = (value: number) => `${Math.round(value * 1_000) / 10}%`;

function row(label: string, figures: MatcherFigures, unplaced: number | string = '-'): string {
  const cells = [label, figures.studios, percent(figures.top1), percent(figures.top3), figures.mrr.toFixed(3)];
  return `| ${[...cells, figures.lookalikesInTop3, figures.noSuggestion, unplaced].join(' | ')} |`;
}

export async function runMatchEvaluation(only?: Half): Promise<EvaluationSection[]> {
  const truthFile = path.join(profileSetFolder, 'truth.yaml');
  if (!existsSync(truthFile)) {
    return [
      {
        title: 'matches',
        markdown: '## Matches\n\nNo profile evaluation set (test/fixtures/eval/profiles/truth.yaml).',
        figures: {},
      },
    ];
  }
  const truth = readTruth(truthFile);
  const lines = [
    '## Matches',
    '',
    'Each half imported through the core with the shipped profiles; `match --for` every studio of truth.yaml.',
    '',
    '| half / matcher | studios | top-1 | top-3 | MRR | look-alikes in a top-3 | no suggestion | unplaced phrases |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const figures: Record<string, unknown> = {};
  for (const half of halves) {
    if (only !== undefined && half !== only) continue;
    if (!existsSync(path.join(profileSetFolder, `${half}.yaml`)) || truth[half].length === 0) continue;
    const evaluation = await evaluateHalf(half, truth[half]);
    lines.push(
      row(`${half} / matchcut`, evaluation.engine, evaluation.unplaced),
      row(`${half} / word overlap`, evaluation.baseline),
    );
    figures[half] = {
      engine: evaluation.engine,
      baseline: evaluation.baseline,
      importProblems: evaluation.importProblems,
      unplaced: evaluation.unplaced,
    };
  }
  return [{ title: 'matches', markdown: lines.join('\n'), figures }];
}

/**
 * The studios of a batch: those whose profile tune.yaml holds after the first comment line containing
 * `marker` (a fresh batch), up to the next block heading (a comment line starting `# ─`), so a batch
 * written before a later one is counted alone. Undefined when no comment holds it.
 */
export function batchStudios(marker: string, file = path.join(profileSetFolder, 'tune.yaml')): Set<string> | undefined {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trimStart().startsWith('#') && line.includes(marker));
  if (start === -1) return undefined;
  const next = lines.findIndex((line, at) => at > start && line.startsWith('# ─'));
  const raw: unknown = parse(lines.slice(start, next === -1 ? undefined : next).join('\n'));
  const list = Array.isArray(raw) ? (raw as { name?: unknown }[]) : [];
  return new Set(list.flatMap((entry) => (typeof entry.name === 'string' ? [nameKey(entry.name)] : [])));
}

function batchMarker(flag = '--batch'): string | undefined {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** The tune half's misses, one by one: what to work from (never the check half's). */
async function printTuneFailures(): Promise<void> {
  const truth = readTruth();
  const marker = batchMarker();
  const batch = marker === undefined ? undefined : batchStudios(marker);
  const evaluation = await evaluateHalf('tune', truth.tune);
  for (const result of evaluation.results) {
    if (batch !== undefined && !batch.has(nameKey(result.studio))) continue;
    if (result.rank === 1 && result.lookalikesInTop3.length === 0) continue;
    const expected = truth.tune.find((entry) => entry.studio === result.studio)?.partners ?? [];
    process.stdout.write(
      `${result.studio}: rank ${result.rank ?? '-'}; expected ${expected.join(' / ')}\n` +
        `    top-3 ${result.top3.join(' | ') || '(none)'}` +
        `${result.lookalikesInTop3.length > 0 ? `; look-alikes ${result.lookalikesInTop3.join(', ')}` : ''}\n`,
    );
  }
  process.stdout.write(`tune: ${row('matchcut', evaluation.engine, evaluation.unplaced)}\n`);
}

/** The tune half's unplaced phrases, one by one (the check half's are never printed). */
async function printTuneUnplaced(): Promise<void> {
  await withHalfImported('tune', (_core, imported) => {
    for (const phrase of imported.unplaced) {
      process.stdout.write(`${phrase.profile.name} [${phrase.side}]: ${phrase.phrase}\n`);
    }
    process.stdout.write(`tune: ${imported.unplaced.length} unplaced phrases\n`);
    return Promise.resolve();
  });
}

/** A half's totals for a batch of studios and for the rest (the check half's as totals only, read once). */
async function printBatchFigures(half: 'tune' | 'check', marker: string): Promise<void> {
  const batch = batchStudios(marker, path.join(profileSetFolder, `${half}.yaml`));
  if (batch === undefined) {
    process.stderr.write(`No comment line in ${half}.yaml holds "${marker}".\n`);
    process.exitCode = 1;
    return;
  }
  const truth = readTruth();
  const evaluation = await evaluateHalf(half, truth[half]);
  const inBatch = (result: StudioResult) => batch.has(nameKey(result.studio));
  const none = (results: StudioResult[]) => results.filter((result) => result.top3.length === 0).length;
  const batchResults = evaluation.results.filter(inBatch);
  const rest = evaluation.results.filter((result) => !inBatch(result));
  process.stdout.write(
    `${row(`${half} / batch "${marker}"`, summarize(batchResults, none(batchResults)))}\n` +
      `${row(`${half} / the rest`, summarize(rest, none(rest)))}\n` +
      `${row(`${half} / all`, evaluation.engine, evaluation.unplaced)}\n`,
  );
}

/** Both halves' totals on the terminal, without writing eval/results (the check half as totals only). */
async function printFigures(): Promise<void> {
  const [section] = await runMatchEvaluation(process.argv.includes('--tune') ? 'tune' : undefined);
  process.stdout.write(`${section?.markdown ?? ''}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const marker = batchMarker();
  const checkMarker = batchMarker('--check-batch');
  if (process.argv.includes('--tune-failures')) await printTuneFailures();
  else if (marker !== undefined) await printBatchFigures('tune', marker);
  else if (checkMarker !== undefined) await printBatchFigures('check', checkMarker);
  else if (process.argv.includes('--tune-unplaced')) await printTuneUnplaced();
  else if (process.argv.includes('--figures')) await printFigures();
  else {
    process.stderr.write(
      'usage: npx tsx eval/matches.ts --tune-failures [--batch MARKER] | --batch MARKER | --check-batch MARKER |\n' +
        '       --tune-unplaced | --figures [--tune]\n' +
        '(npm run eval measures both halves)\n',
    );
  }
}
