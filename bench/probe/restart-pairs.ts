/**
 * Restart to the first answer in pairs: two checkouts (A and B), each opening its own data folder over the same
 * knowledge folder in a fresh process as the bots do (`openKnowledge`, `sourceCheck: 'after-open'`) and answering two
 * questions, run alternately so that a loaded machine weighs on both alike. Prints each run, then the medians of the
 * open, the first ask, open + first ask (wall, the process's CPU and the main thread's alone — what a quiet machine waits
 * for), process start → first answer and the second ask,
 * and whether both sides gave the same first answers. Each data folder must hold an index its checkout reuses (open it once before: the first run
 * of each side is a warm-up and not counted).
 *
 * Usage: npx tsx bench/probe/restart-pairs.ts <corpus folder from build-corpus-index.ts> <root A> <data A> <root B>
 *        <data B> [pairs, default 5] [idle ms between the open and the first ask, default 0: a bot's connect]
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const [corpus, rootA, dataA, rootB, dataB, pairsText, idleText] = process.argv.slice(2);
if (!corpus || !rootA || !dataA || !rootB || !dataB)
  throw new Error('usage: restart-pairs.ts <corpus> <root A> <data A> <root B> <data B> [pairs]');
const pairs = Number(pairsText ?? 5);
const idleMs = Number(idleText ?? 0);
const questions = (JSON.parse(await readFile(path.join(corpus, 'questions.json'), 'utf8')) as { question: string }[])
  .slice(0, 2)
  .map((entry) => entry.question);

interface Run {
  openMs: number;
  /** 1 when the dense vectors were in by the time the open returned. */
  denseReadyAtOpen: number;
  /** CPU of the whole process (every thread) during the open and during the first ask. */
  openCpuMs: number;
  firstAskCpuMs: number;
  /** CPU of the main thread alone during the open and during the first ask (Linux). */
  openMainCpuMs: number;
  firstAskMainCpuMs: number;
  firstAskMs: number;
  secondAskMs: number;
  startToFirstAnswerMs: number;
  answers: string;
}

/** The script a fresh process runs: everything is imported from the checkout's own sources. */
const script = (root: string, dataDir: string) => `
const { openKnowledge } = await import(${JSON.stringify(path.join(root, 'src/open-knowledge.ts'))});
const { createSilentLogger } = await import(${JSON.stringify(path.join(root, 'src/logging/logger.ts'))});
const questions = ${JSON.stringify(questions)};
const { readFileSync } = await import('node:fs');
// The main thread's own processor time (ns, Linux schedstat): what the first answer waits for on a quiet machine.
const mainCpu = () => Number(readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]) / 1e6;
const openStart = performance.now();
const cpuStart = process.cpuUsage();
const mainOpenStart = mainCpu();
const opened = await openKnowledge(
  { dataDir: ${JSON.stringify(dataDir)}, knowledgeDir: ${JSON.stringify(path.join(corpus, 'knowledge'))} },
  { logger: createSilentLogger(), sourceCheck: 'after-open' },
);
const openMs = performance.now() - openStart;
const openCpu = process.cpuUsage(cpuStart);
const openMainCpuMs = mainCpu() - mainOpenStart;
let denseReady = false;
void opened.index.denseLoaded.then(() => { denseReady = true; });
await Promise.resolve();
const denseReadyAtOpen = denseReady ? 1 : 0;
if (${idleMs} > 0) await new Promise((resolve) => setTimeout(resolve, ${idleMs}));
const askStart = performance.now();
const askCpuStart = process.cpuUsage();
const mainAskStart = mainCpu();
const first = await opened.ask(questions[0]);
const startToFirstAnswerMs = performance.now();
const firstAskMainCpuMs = mainCpu() - mainAskStart;
const firstAskMs = startToFirstAnswerMs - askStart;
const firstCpu = process.cpuUsage(askCpuStart);
const openCpuMs = (openCpu.user + openCpu.system) / 1000;
const firstAskCpuMs = (firstCpu.user + firstCpu.system) / 1000;
const secondStart = performance.now();
const second = await opened.ask(questions[1]);
const secondAskMs = performance.now() - secondStart;
if (opened.rebuilt) throw new Error('the index was rebuilt: open each data folder once before');
process.stdout.write(JSON.stringify({ openMs, openCpuMs, openMainCpuMs, denseReadyAtOpen, firstAskMs, firstAskCpuMs,
  firstAskMainCpuMs, secondAskMs, startToFirstAnswerMs,
  answers: JSON.stringify([first.text, second.text]) }) + '\\n');
process.exit(0);
`;

function run(root: string, dataDir: string): Run {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(root, dataDir)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`${root}: ${child.stderr.slice(-2_000)}`);
  return JSON.parse(line) as Run;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const sides = { A: [] as Run[], B: [] as Run[] };
run(rootA, dataA);
run(rootB, dataB);
for (let pair = 0; pair < pairs; pair += 1) {
  // Alternate which side goes first.
  const order: ('A' | 'B')[] = pair % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
  for (const side of order) {
    const result = side === 'A' ? run(rootA, dataA) : run(rootB, dataB);
    sides[side].push(result);
    const { answers: _answers, ...figures } = result;
    process.stdout.write(
      `${side} ${JSON.stringify(Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, Math.round(value)])))}\n`,
    );
  }
}
const summary = (runs: Run[]) => ({
  openMs: Math.round(median(runs.map((entry) => entry.openMs))),
  firstAskMs: Math.round(median(runs.map((entry) => entry.firstAskMs))),
  openAndFirstAskMs: Math.round(median(runs.map((entry) => entry.openMs + entry.firstAskMs))),
  openCpuMs: Math.round(median(runs.map((entry) => entry.openCpuMs))),
  firstAskCpuMs: Math.round(median(runs.map((entry) => entry.firstAskCpuMs))),
  openMainCpuMs: Math.round(median(runs.map((entry) => entry.openMainCpuMs))),
  firstAskMainCpuMs: Math.round(median(runs.map((entry) => entry.firstAskMainCpuMs))),
  openAndFirstAskMainCpuMs: Math.round(median(runs.map((entry) => entry.openMainCpuMs + entry.firstAskMainCpuMs))),
  startToFirstAnswerMs: Math.round(median(runs.map((entry) => entry.startToFirstAnswerMs))),
  secondAskMs: Math.round(median(runs.map((entry) => entry.secondAskMs))),
});
const sameAnswers = sides.A.every((entry, index) => entry.answers === sides.B[index]?.answers);
process.stdout.write(`${JSON.stringify({ pairs, A: summary(sides.A), B: summary(sides.B), sameAnswers }, null, 1)}\n`);
