/**
 * Where word overlap beats the engine, on the TUNE half only: per tune studio whose first word-overlap suggestion is
 * a true partner and whose first engine suggestion is not, the partner's place in the engine's list, the pair's
 * reasons, the unplaced phrases of the studio's needs and the partner's offers and the words they share, and a
 * rough cause; then the counts per cause and per batch (block of tune.yaml). The check half is never read here.
 *
 *   npx tsx eval/overlap-disagreements.ts            every disagreement, then the counts
 *   npx tsx eval/overlap-disagreements.ts --counts   the counts only
 */
import type { Matchcut } from '../src/core-types.js';
import type { ValidProfileInput } from '../src/matchmaking/profile-schema.js';
import { evaluateHalf, type ImportedHalf, nameKey, readTruth, type StudioResult, words } from './matches.js';
import { blocksByName, otherSide, readTunePair, reasonLines } from './tune-pairs.js';

if (process.argv.some((argument) => /check/i.test(argument))) {
  process.stderr.write('This tool reads the tune half only; the check half is never printed studio by studio.\n');
  process.exit(1);
}

interface Disagreement {
  studio: string;
  block: string;
  partner: string;
  engineFirst: string | undefined;
  cause: string;
  lines: string[];
}

async function diagnose(
  core: Matchcut,
  all: ValidProfileInput[],
  imported: ImportedHalf,
  studio: string,
  partner: string,
): Promise<{ cause: string; lines: string[]; engineFirst: string | undefined }> {
  const pair = await readTunePair(core, all, imported, studio, partner);
  const { shared, needUnplaced, offerUnplaced, at, found, first } = pair;
  const holdsShared = (phrases: typeof needUnplaced) =>
    phrases.some((phrase) => [...words(phrase.phrase)].some((word) => shared.includes(word)));
  let cause: string;
  if (found === undefined) {
    if (holdsShared(offerUnplaced) && holdsShared(needUnplaced)) cause = 'not listed: both sides unplaced';
    else if (holdsShared(offerUnplaced)) cause = 'not listed: offer unplaced';
    else if (holdsShared(needUnplaced)) cause = 'not listed: need unplaced';
    else cause = 'not listed: both placed, no meet';
  } else {
    const wordMet = found.reasons.some((reason) => reason.message?.code === 'need_offer' && reason.message.sharedWords);
    const firstWordMet = first?.reasons.some(
      (reason) => reason.message?.code === 'need_offer' && reason.message.sharedWords,
    );
    cause = wordMet ? 'listed below: met on words' : 'listed below: met on taxonomy';
    if (firstWordMet === true) cause += ' (first met on words)';
  }
  const lines = [
    `    partner at ${at === -1 ? '-' : at + 1} (score ${found?.score ?? '-'}; first ${first?.score ?? '-'})`,
    `    shared words: ${shared.join(' ')}`,
    ...needUnplaced.map((phrase) => `    studio need unplaced: ${phrase.phrase}`),
    ...offerUnplaced.map((phrase) => `    partner offer unplaced: ${phrase.phrase}`),
    '    partner reasons:',
    ...reasonLines(found, { metNeedsOnly: true }),
    '    first reasons:',
    ...reasonLines(first, { metNeedsOnly: true }),
  ];
  return { cause, lines, engineFirst: first === undefined ? undefined : otherSide(first, studio).name };
}

const blocks = blocksByName();
const truth = readTruth().tune;
const found: Disagreement[] = [];
let engineOnly = 0;
const perBlock = new Map<string, { studios: number; engine: number; overlap: number; both: number; alike: number }>();
const evaluation = await evaluateHalf('tune', truth, async (core, all, imported, { results, baselineResults }) => {
  for (const [position, result] of results.entries()) {
    const baseline = baselineResults[position] as StudioResult;
    const block = blocks.get(nameKey(result.studio)) ?? '?';
    const tally = perBlock.get(block) ?? { studios: 0, engine: 0, overlap: 0, both: 0, alike: 0 };
    tally.alike += result.lookalikesInTop3.length;
    tally.studios += 1;
    if (result.rank === 1) tally.engine += 1;
    if (baseline.rank === 1) tally.overlap += 1;
    if (result.rank === 1 && baseline.rank === 1) tally.both += 1;
    perBlock.set(block, tally);
    if (result.rank === 1 && baseline.rank !== 1) engineOnly += 1;
    if (baseline.rank !== 1 || result.rank === 1) continue;
    const partner = baseline.top3[0] as string;
    const { cause, lines, engineFirst } = await diagnose(core, all, imported, result.studio, partner);
    found.push({ studio: result.studio, block, partner, engineFirst, cause, lines });
  }
});

const countsOnly = process.argv.includes('--counts');
for (const entry of found) {
  if (countsOnly) continue;
  process.stdout.write(
    `${entry.studio} [${entry.block}]: overlap first ${entry.partner}; engine first ${entry.engineFirst ?? '(none)'}\n` +
      `    cause: ${entry.cause}\n${entry.lines.join('\n')}\n`,
  );
}
const causes = new Map<string, number>();
for (const entry of found) causes.set(entry.cause, (causes.get(entry.cause) ?? 0) + 1);
process.stdout.write(
  `\nword overlap first right, engine first wrong: ${found.length} studios; the reverse: ${engineOnly}\n`,
);
for (const [cause, count] of [...causes].sort((left, right) => right[1] - left[1]))
  process.stdout.write(`  ${count}  ${cause}\n`);
process.stdout.write('\nper block: studios, engine top-1, overlap top-1, both, engine look-alikes in a top-3\n');
for (const [block, tally] of perBlock)
  process.stdout.write(
    `  ${block}: ${tally.studios}, ${tally.engine}, ${tally.overlap}, ${tally.both}, ${tally.alike}\n`,
  );
const { engine, baseline } = evaluation;
for (const [label, figures] of [
  ['engine', engine],
  ['word overlap', baseline],
] as const)
  process.stdout.write(
    `tune ${label}: top-1 ${figures.top1}, top-3 ${figures.top3}, MRR ${figures.mrr}, ` +
      `look-alikes ${figures.lookalikesInTop3}, no suggestion ${figures.noSuggestion}\n`,
  );
