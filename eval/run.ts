/**
 * `npm run eval`: answer quality on real-article evaluation sets, match quality on profile sets and
 * telling partner questions from fact questions, each reported for its tune half and its check half.
 * Prints the figures and writes eval/results/latest.md and eval/results/latest.json.
 *
 *   npm run eval                    all three evaluations
 *   npm run eval -- --only answers  one of them (answers | matches | intents)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnswerEvaluation } from './answers.js';
import { runIntentEvaluation } from './intents.js';
import type { EvaluationSection } from './evaluation-section.js';
import { runMatchEvaluation } from './matches.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
  if (only !== undefined && only !== 'answers' && only !== 'matches' && only !== 'intents') {
    process.stderr.write(`--only takes answers, matches or intents, not "${only}"\n`);
    process.exitCode = 2;
    return;
  }
  const sections: EvaluationSection[] = [];
  if (only === undefined || only === 'answers') sections.push(...(await runAnswerEvaluation()));
  if (only === undefined || only === 'matches') sections.push(...(await runMatchEvaluation()));
  if (only === undefined || only === 'intents') sections.push(...(await runIntentEvaluation()));
  const markdown = [`# matchcut evaluation (${new Date().toISOString()})`, ...sections.map((s) => s.markdown)].join(
    '\n\n',
  );
  process.stdout.write(`${markdown}\n`);
  const results = path.join(here, 'results');
  await mkdir(results, { recursive: true });
  await writeFile(path.join(results, 'latest.md'), `${markdown}\n`);
  const figures = Object.fromEntries(sections.map((s) => [s.title, s.figures]));
  await writeFile(path.join(results, 'latest.json'), `${JSON.stringify(figures, null, 2)}\n`);
}

await main();
