/**
 * Design and held-out batches inside the TUNE half, to simulate unseen material honestly: some fresh tune batches
 * (by default session 24's batches W and X and session 25's batch Z, the least tuned on) are held out — their
 * figures are read only with `--held-out`, their studios never listed — and the rest are the design batches. Per
 * design batch: both systems' top-1, top-3, MRR and look-alikes in a top-3; with `--list`, each design studio whose
 * first word-overlap suggestion is a true partner and whose first engine suggestion is not, and every look-alike in an
 * engine top-3, with the reasons, unplaced phrases and shared words to classify the cause. The check half is never
 * read here.
 *
 *   npx tsx eval/held-out-design.ts                       the design batches' figures
 *   npx tsx eval/held-out-design.ts --list                 and their disagreements and look-alikes, one by one
 *   npx tsx eval/held-out-design.ts --misses               and every design studio whose first suggestion is no partner
 *   npx tsx eval/held-out-design.ts --held-out             the held-out batches' figures and the whole tune half's
 *   npx tsx eval/held-out-design.ts --hold-out "A,B" ...   other held-out batches (markers of tune.yaml blocks)
 */
import type { Matchcut } from '../src/core-types.js';
import type { ValidProfileInput } from '../src/matchmaking/profile-schema.js';
import type { Match } from '../src/matchmaking/types.js';
import {
  evaluateHalf,
  type ImportedHalf,
  type MatcherFigures,
  nameKey,
  readTruth,
  type StudioResult,
  summarize,
} from './matches.js';
import { blocksByName, otherSide, readTunePair, reasonLines } from './tune-pairs.js';

if (process.argv.some((argument) => /check/i.test(argument))) {
  process.stderr.write('This tool reads the tune half only; the check half is never read here.\n');
  process.exit(1);
}

const argument = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
};
const heldOutMarkers = (argument('--hold-out') ?? 'session 24 batch W,session 24 batch X,session 25 batch Z')
  .split(',')
  .map((marker) => marker.trim())
  .filter((marker) => marker !== '');

/** What to read about one pair: its place in the engine's list, scores, reasons, unplaced phrases, shared words. */
async function pairLines(
  core: Matchcut,
  all: ValidProfileInput[],
  imported: ImportedHalf,
  studio: string,
  partner: string,
): Promise<string[]> {
  const pair = await readTunePair(core, all, imported, studio, partner);
  const { shared, needUnplaced, offerUnplaced, at, found, first } = pair;
  const scores = (match: Match | undefined) =>
    match === undefined ? '-' : `${match.score} (for studio ${match.scoreForA}, back ${match.scoreForB})`;
  return [
    `    ${partner} at ${at === -1 ? '-' : at + 1}: ${scores(found)}; first ${first ? otherSide(first, studio).name : '-'}`,
    `      first: ${scores(first)}`,
    `    shared words: ${shared.join(' ')}`,
    ...needUnplaced.map((phrase) => `    studio need unplaced: ${phrase.phrase}`),
    ...offerUnplaced.map((phrase) => `    ${partner} offer unplaced: ${phrase.phrase}`),
    `    ${partner} reasons:`,
    ...reasonLines(found),
    '    first reasons:',
    ...reasonLines(first),
  ];
}

const percent = (value: number) => `${Math.round(value * 1_000) / 10}%`;
const figuresLine = (label: string, engine: MatcherFigures, overlap: MatcherFigures) =>
  `  ${label}: ${engine.studios} studios; engine ${percent(engine.top1)} / ${percent(engine.top3)} / ` +
  `${engine.mrr.toFixed(3)} / ${engine.lookalikesInTop3} look-alikes; word overlap ${percent(overlap.top1)} / ` +
  `${percent(overlap.top3)} / ${overlap.mrr.toFixed(3)} / ${overlap.lookalikesInTop3}`;

const blocks = blocksByName();
const isHeldOut = (block: string) => heldOutMarkers.some((marker) => block.includes(marker));
const showHeldOut = process.argv.includes('--held-out');
const list = process.argv.includes('--list');
const misses = process.argv.includes('--misses');
const listed: string[] = [];
const perBlock = new Map<string, { engine: StudioResult[]; overlap: StudioResult[] }>();

await evaluateHalf('tune', readTruth().tune, async (core, all, imported, { results, baselineResults }) => {
  for (const [position, result] of results.entries()) {
    const baseline = baselineResults[position] as StudioResult;
    const block = blocks.get(nameKey(result.studio));
    if (block === undefined) throw new Error(`no block of tune.yaml names ${result.studio}`);
    const tally = perBlock.get(block) ?? { engine: [], overlap: [] };
    tally.engine.push(result);
    tally.overlap.push(baseline);
    perBlock.set(block, tally);
    if (isHeldOut(block)) continue;
    if (misses && result.rank !== 1)
      listed.push(`miss [${block}] ${result.studio}: rank ${result.rank ?? '-'}; top-3 ${result.top3.join(' | ')}`);
    if (!list) continue;
    if (baseline.rank === 1 && result.rank !== 1) {
      const partner = baseline.top3[0] as string;
      listed.push(
        `${result.studio} [${block}]: overlap first ${partner} (a partner); engine rank ${result.rank ?? '-'}`,
        ...(await pairLines(core, all, imported, result.studio, partner)),
      );
    }
    for (const alike of result.lookalikesInTop3)
      listed.push(
        `${result.studio} [${block}]: look-alike ${alike} in the top 3 (${result.top3.join(' | ')})`,
        ...(await pairLines(core, all, imported, result.studio, alike)),
      );
  }
});

if (listed.length > 0) process.stdout.write(`${listed.join('\n')}\n\n`);
const none = (results: StudioResult[]) => results.filter((result) => result.top3.length === 0).length;
const figures = (results: StudioResult[]) => summarize(results, none(results));
const gather = (keep: (block: string) => boolean) => {
  const engine: StudioResult[] = [];
  const overlap: StudioResult[] = [];
  for (const [block, tally] of perBlock)
    if (keep(block)) {
      engine.push(...tally.engine);
      overlap.push(...tally.overlap);
    }
  return { engine: figures(engine), overlap: figures(overlap) };
};
process.stdout.write(`held out: ${heldOutMarkers.join(', ')}\nper design block (top-1 / top-3 / MRR / look-alikes):\n`);
for (const [block, tally] of perBlock)
  if (!isHeldOut(block)) process.stdout.write(`${figuresLine(block, figures(tally.engine), figures(tally.overlap))}\n`);
const design = gather((block) => !isHeldOut(block));
process.stdout.write(`${figuresLine('DESIGN', design.engine, design.overlap)}\n`);
if (showHeldOut) {
  for (const [block, tally] of perBlock)
    if (isHeldOut(block))
      process.stdout.write(`${figuresLine(`held out ${block}`, figures(tally.engine), figures(tally.overlap))}\n`);
  const held = gather(isHeldOut);
  const whole = gather(() => true);
  process.stdout.write(`${figuresLine('HELD OUT', held.engine, held.overlap)}\n`);
  process.stdout.write(`${figuresLine('WHOLE TUNE', whole.engine, whole.overlap)}\n`);
}
