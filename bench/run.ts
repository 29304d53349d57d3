/**
 * `npm run bench`: speed, memory and quality of the offline core at growing scale, side by
 * side with the baselines a user would otherwise pick, plus matchmaking and Slack overhead.
 *
 *   npm run bench                 1k and 10k chunks (a few minutes on 2 cores)
 *   npm run bench -- --full       the 1k, 10k and 100k tiers with the matching and Slack sections: issue 17's
 *                                 acceptance run (every target met or missed at 100k; ~8 min on 2 quiet cores)
 *   npm run bench -- --huge       the 1M-chunk tier alone (bench/tier/run-huge.ts; never in CI): ingest rate,
 *                                 memory per chunk, ask p95, restart; stops cleanly over its memory budget
 *   npm run bench -- --quick      a tiny tier only (the harness test uses it)
 *   options: --results-dir <dir>  (default bench/results), --tiers 1000,5000, --no-sweep, --seed <n>,
 *            --skip-sections (no matching / Slack), --scale <0..1> (multiplies the tier sizes and matching
 *            profile counts: a smoke run of --full or --huge, e.g. --full --scale 0.01; never written as latest.md),
 *            --memory-budget <MB> (--huge: resident memory it may reach; default 3/4 of the memory free at start)
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
import { matchingProfileCounts, measureMatching } from './sections/matching-section.js';
import type { MatchingSection, SlackSection } from './sections/section-types.js';
import { measureSlackOverhead } from './sections/slack-section.js';
import type { TierOptions, TierOutcome, TierResult } from './tier/tier-types.js';
import type { HugeOptions, HugeResult } from './tier/run-huge.js';
import { renderHugeMarkdown } from './report/render-huge.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface CommandLine {
  mode: BenchReport['mode'] | 'huge';
  /** --scale: tier sizes and matching profile counts multiplied by this (1: as stated). */
  scale: number;
  huge: boolean;
  memoryBudgetBytes: number;
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
  const known = new Set([
    '--full',
    '--huge',
    '--quick',
    '--results-dir',
    '--tiers',
    '--no-sweep',
    '--seed',
    '--skip-sections',
    '--scale',
    '--memory-budget',
  ]);
  for (const argument of argv) {
    if (argument.startsWith('--') && !known.has(argument))
      throw new Error(
        `unknown option ${argument}: use --full, --huge, --quick, --results-dir <dir>, --tiers <n,n>, --no-sweep, --seed <n>, --skip-sections, --scale <0..1> or --memory-budget <MB>`,
      );
  }
  const quick = argv.includes('--quick');
  const full = argv.includes('--full');
  const huge = argv.includes('--huge');
  if ([quick, full, huge].filter(Boolean).length > 1)
    throw new Error('--quick, --full and --huge exclude each other: choose one');
  const scaleText = value('--scale');
  const scale = scaleText === undefined ? 1 : Number(scaleText);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be a number above 0 and at most 1, not "${scaleText}"`);
  const budgetText = value('--memory-budget');
  const memoryBudgetBytes = budgetText === undefined ? Math.floor(os.freemem() * 0.75) : Number(budgetText) * 1_048_576;
  if (!(memoryBudgetBytes > 0)) throw new Error(`--memory-budget must be a number of MB, not "${budgetText}"`);
  const tierList = value('--tiers');
  const tiers = tierList
    ? tierList.split(',').map((entry) => {
        const chunks = Number(entry.replace(/k$/i, '000'));
        if (!Number.isInteger(chunks) || chunks < 50 || chunks > 1_000_000)
          throw new Error(`--tiers: "${entry}" is not a chunk count between 50 and 1,000,000`);
        return chunks;
      })
    : [
        ...new Set(
          (quick ? [300] : huge ? [1_000_000] : full ? [1_000, 10_000, 100_000] : [1_000, 10_000]).map((chunks) =>
            Math.max(50, Math.round(chunks * scale)),
          ),
        ),
      ];
  const seedText = value('--seed');
  const seed = seedText === undefined ? defaultCorpusSeed : Number(seedText);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${seedText}"`);
  return {
    mode: tierList ? 'custom' : quick ? 'quick' : huge ? 'huge' : full ? 'full' : 'default',
    scale,
    huge,
    memoryBudgetBytes,
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

/**
 * The --huge tier in its own process (bench/tier/run-huge.ts), which stops itself over the memory budget; this side
 * adds a time limit and reads whatever the tier measured before it finished or stopped.
 */
async function runHuge(commandLine: CommandLine, scratch: string): Promise<HugeResult> {
  const chunks = commandLine.tiers[0] ?? 1_000_000;
  const options: HugeOptions = {
    targetChunks: chunks,
    seed: commandLine.seed,
    workDir: path.join(scratch, 'huge'),
    resultFile: path.join(scratch, 'huge.json'),
    repositoryRoot,
    glossaryFile: path.join(repositoryRoot, 'knowledge', 'glossary.yaml'),
    memoryBudgetBytes: commandLine.memoryBudgetBytes,
    askCalls: chunks < 10_000 ? 40 : 300,
  };
  const hours = 8;
  process.stderr.write(
    `\n▶ huge tier: about ${chunks.toLocaleString('en-US')} chunks (limit ${hours} h, memory budget ${(options.memoryBudgetBytes / 1_048_576).toFixed(0)} MB)\n`,
  );
  const run = await runTypeScriptChild(
    path.join(repositoryRoot, 'bench', 'tier', 'run-huge.ts'),
    [JSON.stringify(options)],
    {
      cwd: repositoryRoot,
      timeoutMilliseconds: hours * 3_600_000,
      onStderrLine: (line) => process.stderr.write(`  ${line}\n`),
    },
  );
  let result: HugeResult;
  try {
    result = JSON.parse(await readFile(options.resultFile, 'utf8')) as HugeResult;
  } catch {
    result = {
      targetChunks: chunks,
      status: 'stopped',
      phase: 'generate',
      memoryBudgetBytes: options.memoryBudgetBytes,
    };
  }
  if (result.status !== 'ok' && result.stoppedBecause === undefined)
    result.stoppedBecause = run.timedOut
      ? `stopped after the ${hours} h limit during ${result.phase}`
      : `the tier process ended during ${result.phase} (exit ${run.exitCode ?? run.signal}; out of memory?): ${run.stderr.trim().split('\n').slice(-2).join(' | ')}`;
  return result;
}

async function mainHuge(commandLine: CommandLine): Promise<void> {
  const startedAt = new Date();
  const machine = describeMachine(repositoryRoot);
  const scratch = path.join(os.tmpdir(), `matchcut-bench-${process.pid}`);
  await mkdir(scratch, { recursive: true });
  let result: HugeResult;
  try {
    result = await runHuge(commandLine, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
  const report = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), command, machine, result };
  await mkdir(commandLine.resultsDir, { recursive: true });
  const stamp = `${startedAt.toISOString().replace(/[:.]/g, '-')}-huge${commandLine.scale < 1 ? '-scaled' : ''}`;
  const markdown = renderHugeMarkdown(report, commandLine.scale);
  await writeFile(path.join(commandLine.resultsDir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(commandLine.resultsDir, `${stamp}.md`), markdown);
  process.stdout.write(
    `${markdown}\nWrote ${path.relative(process.cwd(), path.join(commandLine.resultsDir, `${stamp}.md`))}\n`,
  );
  if (result.status !== 'ok') process.exitCode = 1;
}

async function main(): Promise<void> {
  const commandLine = parseCommandLine(process.argv.slice(2));
  if (commandLine.huge) return mainHuge(commandLine);
  const mode = commandLine.mode === 'huge' ? 'custom' : commandLine.mode;
  const startedAt = new Date();
  const loadAverageStart = round(os.loadavg()[0] ?? 0, 2);
  const machine = describeMachine(repositoryRoot);
  const scratch = path.join(os.tmpdir(), `matchcut-bench-${process.pid}`);
  await mkdir(scratch, { recursive: true });
  process.stderr.write(
    `matchcut bench (${mode}${commandLine.scale < 1 ? `, scaled ×${commandLine.scale}` : ''}): ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.nodeVersion}; load average ${loadAverageStart}\n`,
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
    matching = await measureMatching({
      repositoryRoot,
      onProgress: (line) => process.stderr.write(`  ${line}\n`),
      profileCounts: [
        ...new Set(matchingProfileCounts.map((count) => Math.max(100, Math.round(count * commandLine.scale)))),
      ],
    });
    process.stderr.write('\n▶ Slack overhead\n');
    slack = await measureSlackOverhead({ repositoryRoot, onProgress: (line) => process.stderr.write(`  ${line}\n`) });
  }

  const report: BenchReport = {
    formatVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    mode,
    ...(commandLine.scale < 1 ? { scale: commandLine.scale } : {}),
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
    `${stamp}${mode === 'default' ? '' : `-${mode}`}${commandLine.scale < 1 ? '-scaled' : ''}.json`,
  );
  await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  // A scaled (smoke) run is never the latest result.
  if ((mode === 'default' || mode === 'full') && commandLine.scale === 1)
    await writeFile(path.join(commandLine.resultsDir, 'latest.md'), markdown);
  else
    await writeFile(
      path.join(commandLine.resultsDir, `${stamp}-${mode}${commandLine.scale < 1 ? '-scaled' : ''}.md`),
      markdown,
    );
  process.stdout.write(`${markdown}\nWrote ${path.relative(process.cwd(), jsonFile)}\n`);
  if (tiers.some((tier) => tier.status !== 'ok')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
