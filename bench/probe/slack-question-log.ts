/**
 * The Slack section with the question log on and off, for one or more checkouts, alternated
 * (checkout A on, A off, B on, B off, then each off first) so the machine's load falls on every variant
 * alike. Each checkout is a folder holding the repository at some commit (e.g. `git archive`
 * into a temporary folder, with a `node_modules` link); this run's section is imported from it.
 * Prints one JSON line per run, with the machine's load average before and after it.
 *
 * Usage: npx tsx bench/probe/slack-question-log.ts <pairs> <label>=<checkout folder> [...]  (`--help`: this)
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SlackSection } from '../sections/section-types.js';

type Measure = (options: {
  repositoryRoot: string;
  onProgress: (line: string) => void;
  questionLog?: 'on' | 'off' | undefined;
}) => Promise<SlackSection>;

const usage = 'usage: npx tsx bench/probe/slack-question-log.ts <pairs> <label>=<checkout folder> [...]';
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    `${usage}\n` +
      'Runs the Slack section with the question log on and off, <pairs> times per checkout (alternated),\n' +
      'and prints one JSON line per run with the load average before and after it.\n',
  );
  process.exit(0);
}

const [pairsArgument, ...checkoutArguments] = process.argv.slice(2);
const pairs = Number(pairsArgument);
const checkouts = checkoutArguments.map((argument) => {
  const [label, folder] = argument.split('=');
  if (!label || !folder) throw new Error(`expected <label>=<checkout folder>, got "${argument}"`);
  return { label, root: path.resolve(folder) };
});
if (!Number.isInteger(pairs) || pairs < 1 || checkouts.length === 0) {
  throw new Error(usage);
}

const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);
for (let pair = 1; pair <= pairs; pair += 1) {
  for (const checkout of checkouts) {
    const section = (await import(pathToFileURL(path.join(checkout.root, 'bench/sections/slack-section.ts')).href)) as {
      measureSlackOverhead: Measure;
    };
    // On first in odd pairs, off first in even ones: a drift in load falls on both alike.
    for (const questionLog of pair % 2 === 1 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const loadBefore = loadAverage();
      const result = await section.measureSlackOverhead({
        repositoryRoot: checkout.root,
        questionLog,
        onProgress: () => {},
      });
      const summary =
        result.status === 'ok'
          ? { ack: result.ack, answerPosted: result.answerPosted, askAlone: result.askAlone, answered: result.answered }
          : result;
      const line = { checkout: checkout.label, pair, questionLog, loadBefore, loadAfter: loadAverage(), ...summary };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}
