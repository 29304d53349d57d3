/**
 * Fits the sureness model (src/answer/sureness.ts) on the tune half and writes it to src/answer/sureness-model.json.
 * One command, deterministic (no random numbers: the folds come from the articles' names), under a minute:
 *
 *   npx tsx eval/fit-sureness.ts            fit, print the cross-validated curve, write the model
 *   npx tsx eval/fit-sureness.ts --dry-run  the same without writing
 *   npx tsx eval/fit-sureness.ts --hand-rule  write the hand rule whatever the fit finds
 *   --wrong-cost 2                          weigh a wrong answer as two right ones (default 1) when choosing
 *   --rows file.json                        read the rows from that file when it exists, else collect and save them
 *                                           there (to try settings without asking every question again)
 *   --without name,name                     fit as if those features were not there (they are held at 0): what a
 *                                           feature adds, measured on the same rows; implies --dry-run
 *   --without-sets ao,ap,aq                 fit without those sets' rows (sets held out to judge the model on)
 *
 * An answer whose best sentence ties with another that gives a different answer is never sure (SurenessReport.tied);
 * the model decides the others. The candidates are logistic regressions (eval/sureness-logistic.ts) of "the best
 * grounded sentence is the right answer" against "it is wrong, or the question has no answer in the sources", fitted
 * on the answers that do not tie, at a few penalties and thresholds, and the hand rule of session 14 (every answer
 * that does not tie is sure). Each is
 * judged on the tune half cross-validated by article (an article's questions are all in one fold, so what the model
 * learns of an article never judges it), by its utility: right answers given as sure minus `wrongCost` times wrong
 * ones. A learnt model replaces the hand rule only when its utility is higher in total and lower in at most one
 * fold; then it is fitted again on every row. The rows come from the answerer as it is (its features do not depend
 * on the model it ships), so after a change to the answerer this is run again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSurenessModel, surenessFeatureNames } from '../src/answer/sureness.js';
import type { SurenessRow } from './sureness-features.js';
import { type FittedSureness, fitLogistic, probabilityOf, separationOf } from './sureness-logistic.js';

/**
 * A wrong answer given as sure costs this many right answers shown as "not sure" (default 1: a trade is taken only
 * when it removes more wrong answers than it costs right ones). More than 1 would say a right answer shown as "not
 * sure" costs less, since it still quotes its passage; on the tune half with set I, 2 picks a model that trades 35
 * right answers for 35 wrong ones, so the choice is left to whoever runs the fit.
 */
const costFlag = process.argv.indexOf('--wrong-cost');
export const wrongCost = costFlag === -1 ? 1 : Number(process.argv[costFlag + 1]);
if (!(wrongCost > 0)) throw new Error(`--wrong-cost wants a positive number, e.g. --wrong-cost 2`);
const folds = 5;
const penalties = [1, 3, 10, 30];
const thresholds = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** The hand rule of session 14 as a model: every answer that does not tie is sure (threshold 0). */
export const handRule: FittedSureness & { threshold: number } = {
  means: surenessFeatureNames.map(() => 0),
  scales: surenessFeatureNames.map(() => 1),
  weights: surenessFeatureNames.map(() => 0),
  bias: 0,
  threshold: 0,
};

const modelFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'answer',
  'sureness-model.json',
);
const handProvenance = {
  fittedOn: 'nothing: the hand rule',
  command: 'npx tsx eval/fit-sureness.ts',
  figures: ['written before the rows were collected: the features had changed'],
};

/** The fold of each row: its article's, the articles dealt round the folds in a fixed order. */
export function foldsOf(rows: SurenessRow[]): number[] {
  const groups = [...new Set(rows.map((row) => row.group))].sort(
    (left, right) => hash(left) - hash(right) || left.localeCompare(right),
  );
  const foldOf = new Map(groups.map((group, index) => [group, index % folds]));
  return rows.map((row) => foldOf.get(row.group) as number);
}

/** Out-of-fold probabilities: each fold judged by a model fitted on the others. */
export function crossValidated(rows: SurenessRow[], lambda: number, fold = foldsOf(rows)): number[] {
  const probabilities = new Array<number>(rows.length).fill(0);
  for (let held = 0; held < folds; held += 1) {
    const model = fitLogistic(
      rows.filter((row, index) => fold[index] !== held && !row.tied),
      lambda,
    );
    for (const [index, row] of rows.entries())
      if (fold[index] === held) probabilities[index] = probabilityOf(model, row);
  }
  return probabilities;
}

/** What a rule that gives the answers marked `sure` as sure does on these rows (an answer that ties never is). */
export function outcome(rows: SurenessRow[], sure: boolean[]) {
  const given = rows.filter((row, index) => sure[index] && !row.tied);
  const right = given.filter((row) => row.label === 'right').length;
  return {
    right,
    wrong: given.length - right,
    grounded: given.length,
    refusedUnanswerable: rows.filter((row, index) => row.label === 'refuse' && !(sure[index] && !row.tied)).length,
    utility: right - wrongCost * (given.length - right),
  };
}

function describe(name: string, figures: ReturnType<typeof outcome>): string {
  const share = figures.grounded === 0 ? 0 : (figures.wrong / figures.grounded) * 100;
  return (
    `${name.padEnd(24)} right ${String(figures.right).padStart(3)}, grounded-but-wrong ${figures.wrong}/` +
    `${figures.grounded} (${share.toFixed(1)}%), should-refuse refused ${figures.refusedUnanswerable}, utility ` +
    `${figures.utility}`
  );
}

interface Candidate {
  name: string;
  lambda?: number;
  threshold: number;
  sure: boolean[];
  total: number;
  worseFolds: number;
}

/** Every learnt candidate, judged against the hand rule fold by fold. */
function candidates(rows: SurenessRow[], handSure: boolean[]): Candidate[] {
  const fold = foldsOf(rows);
  const foldUtility = (sure: boolean[], held: number) =>
    outcome(
      rows.filter((_, index) => fold[index] === held),
      sure.filter((_, index) => fold[index] === held),
    ).utility;
  const found: Candidate[] = [];
  for (const lambda of penalties) {
    const probabilities = crossValidated(rows, lambda, fold);
    const free = rows.filter((row) => !row.tied);
    const freeProbabilities = probabilities.filter((_, index) => !(rows[index] as SurenessRow).tied);
    process.stdout.write(
      `penalty ${lambda}: cross-validated AUC ${separationOf(free, freeProbabilities).toFixed(3)} (answers that do not tie)\n`,
    );
    for (const threshold of thresholds) {
      const sure = probabilities.map((probability) => probability >= threshold);
      let worseFolds = 0;
      for (let held = 0; held < folds; held += 1)
        if (foldUtility(sure, held) < foldUtility(handSure, held)) worseFolds += 1;
      const name = `learnt, penalty ${lambda}, >= ${threshold}`;
      found.push({ name, lambda, threshold, sure, total: outcome(rows, sure).utility, worseFolds });
    }
  }
  return found;
}

/** Writes the model's data file (src/answer/sureness-model.json), every digit kept, in the house format. */
async function writeModel(model: FittedSureness, threshold: number, provenance: Record<string, unknown>) {
  const data = { provenance, features: surenessFeatureNames, ...model, threshold };
  const prettier = await import('prettier');
  const style = (await prettier.resolveConfig(modelFile)) ?? {};
  writeFileSync(modelFile, await prettier.format(JSON.stringify(data), { ...style, filepath: modelFile }));
}

async function rowsOf(file: string | undefined): Promise<{ rows: SurenessRow[]; questions: number }> {
  if (file !== undefined && existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as { rows: SurenessRow[]; questions: number };
  // The answerer refuses a model whose features are not its own: after a change to the features, the hand rule is
  // written first, so that the rows can be collected (the features do not depend on the model).
  try {
    loadSurenessModel(JSON.parse(readFileSync(modelFile, 'utf8')));
  } catch {
    await writeModel(handRule, handRule.threshold, handProvenance);
  }
  const { collectSurenessRows } = await import('./sureness-features.js');
  const collected = await collectSurenessRows();
  if (file !== undefined) writeFileSync(file, JSON.stringify(collected));
  return collected;
}

/** The rows with the named features held at 0 (a constant feature weighs nothing in the fit). */
export function without(rows: SurenessRow[], names: string[]): SurenessRow[] {
  const unknown = names.filter((name) => !(surenessFeatureNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--without: no feature ${unknown.join(', ')}`);
  return rows.map((row) => ({
    ...row,
    features: { ...row.features, ...Object.fromEntries(names.map((name) => [name, 0])) },
  }));
}

async function main(): Promise<void> {
  const rowsFlag = process.argv.indexOf('--rows');
  const withoutFlag = process.argv.indexOf('--without');
  const left = withoutFlag === -1 ? [] : (process.argv[withoutFlag + 1] ?? '').split(',').filter(Boolean);
  const setsFlag = process.argv.indexOf('--without-sets');
  const heldOut = new Set(setsFlag === -1 ? [] : (process.argv[setsFlag + 1] ?? '').split(',').filter(Boolean));
  const collected = await rowsOf(rowsFlag === -1 ? undefined : process.argv[rowsFlag + 1]);
  const { questions } = collected;
  const rows = without(
    collected.rows.filter((row) => !heldOut.has(row.set)),
    left,
  );
  if (left.length > 0) process.stdout.write(`without ${left.join(', ')}\n`);
  if (heldOut.size > 0) process.stdout.write(`without the rows of sets ${[...heldOut].join(', ')}\n`);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`${questions} tune questions, ${rows.length} with a grounded sentence; a wrong answer costs ${wrongCost}`);
  const handSure = rows.map((row) => probabilityOf(handRule, row) >= handRule.threshold);
  const hand = outcome(rows, handSure);
  print(describe('hand rule (no tie: sure)', hand));
  const found = candidates(rows, handSure);
  for (const candidate of found) {
    print(`${describe(candidate.name, outcome(rows, candidate.sure))}, worse in ${candidate.worseFolds} folds`);
  }
  const eligible = found.filter((candidate) => candidate.total > hand.utility && candidate.worseFolds <= 1);
  const best = process.argv.includes('--hand-rule')
    ? undefined
    : eligible.sort((left, right) => right.total - left.total)[0];
  const chosen = best ?? { name: 'hand rule (no tie: sure)', threshold: handRule.threshold, sure: handSure };
  const figures = outcome(rows, chosen.sure);
  const summary = [
    `cross-validated by article (${folds} folds), a wrong answer costing ${wrongCost}`,
    `${chosen.name}: right ${figures.right}, grounded-but-wrong ${figures.wrong}/${figures.grounded}`,
    `the hand rule: right ${hand.right}, grounded-but-wrong ${hand.wrong}/${hand.grounded}`,
  ];
  print(`chosen: ${summary.join('; ')}`);
  const model =
    best?.lambda === undefined
      ? handRule
      : fitLogistic(
          rows.filter((row) => !row.tied),
          best.lambda,
        );
  for (const [index, name] of surenessFeatureNames.entries())
    print(`  ${name.padEnd(18)} ${(model.weights[index] as number).toFixed(3)}`);
  if (process.argv.includes('--dry-run') || left.length > 0) return;
  const sets = [...new Set(rows.map((row) => row.set))].sort().join(', ');
  const judged = `the tune half of the answer sets and the seed set (${sets}), ${rows.length} questions with a grounded sentence`;
  const provenance = {
    fittedOn: best === undefined ? 'nothing: the hand rule did best' : judged,
    command: 'npx tsx eval/fit-sureness.ts',
    figures: [`judged on ${judged}`, ...summary],
  };
  await writeModel(model, chosen.threshold, provenance);
  print(`wrote ${modelFile}`);
}

/** A small deterministic string hash (FNV-1a): deals the articles round the folds in a fixed, unsorted order. */
function hash(text: string): number {
  let value = 2166136261;
  for (const character of text) value = Math.imul(value ^ (character.codePointAt(0) as number), 16777619) >>> 0;
  return value;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
