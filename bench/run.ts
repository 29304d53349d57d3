/**
 * `npm run bench`: speed, memory and quality of the offline core at growing scale, side by
 * side with the baselines a user would otherwise pick, plus matchmaking and Slack overhead.
 *
 *   npm run bench                 1k and 10k chunks (a few minutes on 2 cores)
 *   npm run bench -- --full       adds the 100k tier
 *   npm run bench -- --quick      a tiny tier only (the harness test uses it)
 *   options: --results-dir <dir>  (default bench/results), --tiers 1000,5000, --no-sweep, --seed <n>,
 *            --skip-sections (no matching / Slack)
 *
 * Each tier runs in a fresh child process with a hard time limit. Writes
 * <results-dir>/<timestamp>.json and, for default and full runs, <results-dir>/latest.md,
 * and prints the Markdown table.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCorpusSeed } from './corpus/generate-corpus.js';
import { runTypeScriptChild } from './measure/child-process.js';
import { describeMachine } from './measure/machine.js';
import { round } from './measure/statistics.js';
import type { BenchReport } from './report/bench-report.js';
import { evaluateTargets } from './report/evaluate-targets.js';
import { recommendDefaults } from './report/recommend-defaults.js';
import { renderMarkdown } from './report/render-markdown.js';
import { measureMatching } from './sections/matching-section.js';
import type { MatchingSection, SlackSection } from './sections/section-types.js';
import { measureSlackOverhead } from './sections/slack-section.js';
import type { TierOptions, TierOutcome, TierResult } from './tier/tier-types.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface CommandLine {
  mode: BenchReport['mode'];
  resultsDir: string;
  tiers: number[];
  sweep: boolean;
  seed: number;
  sections: boolean;
}

function parseCommandLine(argv: string[]): CommandLine {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    if (index < 0) return undefined;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--'))
      throw new Error(`${flag} needs a value, e.g. ${flag} ${flag === '--tiers' ? '1000,5000' : '…'}`);
    return next;
  };
  const known = new Set(['--full', '--quick', '--results-dir', '--tiers', '--no-sweep', '--seed', '--skip-sections']);
  for (const argument of argv) {
    if (argument.startsWith('--') && !known.has(argument))
      throw new Error(
        `unknown option ${argument}: use --full, --quick, --results-dir <dir>, --tiers <n,n>, --no-sweep, --seed <n> or --skip-sections`,
      );
  }
  const quick = argv.includes('--quick');
  const full = argv.includes('--full');
  if (quick && full) throw new Error('--quick and --full exclude each other: choose one');
  const tierList = value('--tiers');
  const tiers = tierList
    ? tierList.split(',').map((entry) => {
        const chunks = Number(entry.replace(/k$/i, '000'));
        if (!Number.isInteger(chunks) || chunks < 50 || chunks > 1_000_000)
          throw new Error(`--tiers: "${entry}" is not a chunk count between 50 and 1,000,000`);
        return chunks;
      })
    : quick
      ? [300]
      : full
        ? [1_000, 10_000, 100_000]
        : [1_000, 10_000];
  const seedText = value('--seed');
  const seed = seedText === undefined ? defaultCorpusSeed : Number(seedText);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${seedText}"`);
  return {
    mode: tierList ? 'custom' : quick ? 'quick' : full ? 'full' : 'default',
    resultsDir: path.resolve(value('--results-dir') ?? path.join(repositoryRoot, 'bench', 'results')),
    tiers,
    sweep: !argv.includes('--no-sweep') && !quick,
    seed,
    sections: !argv.includes('--skip-sections') && !quick,
  };
}

function tierName(chunks: number): string {
  return chunks >= 1_000 && chunks % 1_000 === 0 ? `${chunks / 1_000}k` : String(chunks);
}

/** Query counts and time limits per size: bounded so the default run stays within a few minutes. */
function tierOptions(
  chunks: number,
  commandLine: CommandLine,
  scratch: string,
): { options: TierOptions; timeoutMilliseconds: number } {
  const name = tierName(chunks);
  const tiny = chunks < 1_000;
  const large = chunks >= 50_000;
  const options: TierOptions = {
    name,
    targetChunks: chunks,
    seed: commandLine.seed,
    workDir: path.join(scratch, `tier-${name}`),
    resultFile: path.join(scratch, `tier-${name}.json`),
    repositoryRoot,
    glossaryFile: path.join(repositoryRoot, 'knowledge', 'glossary.yaml'),
    monolingualQuestions: tiny ? 30 : 240,
    crossLanguageQuestions: tiny ? 12 : 120,
    latencyCalls: tiny ? 60 : large ? 300 : 400,
    vectorQueries: tiny ? 40 : large ? 200 : 300,
    memoryVectorStoreQueries: tiny ? 40 : large ? 20 : chunks >= 5_000 ? 100 : 300,
    efValues: tiny ? [10, 40, 160] : large ? [10, 20, 40, 80, 160, 320, 640, 1280] : [10, 20, 40, 80, 160, 320, 640],
    langChainStoreBaseline: true,
    sweep:
      commandLine.sweep && chunks >= 5_000 && chunks <= 20_000
        ? { dimensions: [256, 384, 768], mValues: [16, 24, 32] }
        : undefined,
    restartWarmAnswers: tiny ? 3 : 20,
  };
  const timeoutMilliseconds = tiny ? 180_000 : large ? 40 * 60_000 : chunks >= 5_000 ? 12 * 60_000 : 4 * 60_000;
  return { options, timeoutMilliseconds };
}

async function runTier(chunks: number, commandLine: CommandLine, scratch: string): Promise<TierOutcome> {
  const { options, timeoutMilliseconds } = tierOptions(chunks, commandLine, scratch);
  process.stderr.write(
    `\n▶ tier ${options.name}: about ${chunks.toLocaleString('en-US')} chunks (limit ${timeoutMilliseconds / 60_000} min)\n`,
  );
  const run = await runTypeScriptChild(
    path.join(repositoryRoot, 'bench', 'tier', 'run-tier.ts'),
    [JSON.stringify(options)],
    {
      cwd: repositoryRoot,
      timeoutMilliseconds,
      onStderrLine: (line) => process.stderr.write(`  ${line}\n`),
    },
  );
  await rm(options.workDir, { recursive: true, force: true });
  if (run.timedOut)
    return {
      name: options.name,
      status: 'timed out',
      targetChunks: chunks,
      detail: `stopped after ${timeoutMilliseconds / 60_000} min`,
    };
  try {
    const result = JSON.parse(await readFile(options.resultFile, 'utf8')) as TierResult;
    return result;
  } catch {
    return {
      name: options.name,
      status: 'failed',
      targetChunks: chunks,
      detail: `exit ${run.exitCode ?? run.signal}: ${run.stderr.trim().split('\n').slice(-6).join(' | ')}`,
    };
  }
}

async function main(): Promise<void> {
  const commandLine = parseCommandLine(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverageStart = round(os.loadavg()[0] ?? 0, 2);
  const machine = describeMachine(repositoryRoot);
  const scratch = path.join(os.tmpdir(), `matchcut-bench-${process.pid}`);
  await mkdir(scratch, { recursive: true });
  process.stderr.write(
    `matchcut bench (${commandLine.mode}): ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.nodeVersion}; load average ${loadAverageStart}\n`,
  );
  const tiers: TierOutcome[] = [];
  try {
    for (const chunks of commandLine.tiers) tiers.push(await runTier(chunks, commandLine, scratch));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  let matching: MatchingSection = { status: 'not measured', reason: '--quick or --skip-sections' };
  let slack: SlackSection = { status: 'not measured', reason: '--quick or --skip-sections' };
  if (commandLine.sections) {
    process.stderr.write('\n▶ matching\n');
    matching = await measureMatching({ repositoryRoot, onProgress: (line) => process.stderr.write(`  ${line}\n`) });
    process.stderr.write('\n▶ Slack overhead\n');
    slack = await measureSlackOverhead({ repositoryRoot, onProgress: (line) => process.stderr.write(`  ${line}\n`) });
  }

  const report: BenchReport = {
    formatVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    mode: commandLine.mode,
    machine,
    loadAverage: { start: loadAverageStart, end: round(os.loadavg()[0] ?? 0, 2) },
    tiers,
    matching,
    slack,
    targets: evaluateTargets(tiers, matching, slack),
    recommendations: recommendDefaults(tiers.filter((tier): tier is TierResult => tier.status === 'ok')),
    notes: [
      "¹ LangChain MemoryVectorStore is not installed here (langchain 1.x moved it to @langchain/classic, not a dependency): the bench replicates its query path — number[][] embeddings, ml-distance cosine recomputing both norms, a full sort with the store's comparator.",
      '² LangChain HNSWLib store (@langchain/community) cannot be installed here (peer-dependency conflict): the bench builds hnswlib-node exactly as the store does (space "cosine", initIndex(n) with defaults M = 16, efConstruction = 200, ef never set = 10).',
      'Every tier runs in a fresh process; memory is measured in another fresh process after a restart (RSS after GC, before and after opening the knowledge and answering once).',
      'The corpus is synthetic and seeded (same seed, same corpus): articles in English (½), Korean (¼), Vietnamese (¼) about fictional studios, with facts that are unique in the corpus; a question hits when a retrieved chunk contains its fact sentence.',
      "Cross-language questions name organizations as the question's language writes them (Korean-named studios in Hangul, romanised in English), so lexical overlap is not guaranteed: the glossary has to bridge skills and places.",
      'Caveat: background sentences come from 16 templates per language, so chunks share much of their wording and differ mainly in names, places and numbers. That is hard on the hashed dense vectors (shared words dominate them) and easy on BM25 (rare names decide): read the dense and fusion figures as pessimistic for real articles, and compare them across commits rather than as absolutes.',
    ],
  };
  await mkdir(commandLine.resultsDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const jsonFile = path.join(
    commandLine.resultsDir,
    `${stamp}${commandLine.mode === 'default' ? '' : `-${commandLine.mode}`}.json`,
  );
  await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  if (commandLine.mode === 'default' || commandLine.mode === 'full')
    await writeFile(path.join(commandLine.resultsDir, 'latest.md'), markdown);
  else await writeFile(path.join(commandLine.resultsDir, `${stamp}-${commandLine.mode}.md`), markdown);
  process.stdout.write(`${markdown}\nWrote ${path.relative(process.cwd(), jsonFile)}\n`);
  if (tiers.some((tier) => tier.status !== 'ok')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
