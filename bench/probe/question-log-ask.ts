/**
 * What the question log adds to the answer path, in one process on a real SQLite file (WAL, full
 * sync), for one or more checkouts: the time from an answer being ready to `loggedAsk` returning
 * it, logged (`platform: 'slack'`, a member id) against not logged (`log: false`), the two
 * interleaved call by call so the machine's load falls on both alike. Two shapes:
 * - one at a time: 300 asks of each, one after another;
 * - bursts: 50 asks at once whose answers become ready over ~20 ms (as from ask workers), 6 bursts;
 *   the time from each answer being ready to its caller going on (what the Slack adapter waits
 *   for before posting), so a write that blocks the event loop shows up on the asks around it.
 * The answer itself is a constant (retrieval is not measured here). Prints one JSON line per
 * checkout and shape, with the machine's load average.
 *
 * Usage: npx tsx bench/probe/question-log-ask.ts <label>=<checkout folder> [...]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarize } from '../measure/statistics.js';

interface LogModule {
  openQuestionLog(deps: Record<string, unknown>): {
    loggedAsk(question: string, options: Record<string, unknown>, answer: () => Promise<unknown>): Promise<unknown>;
    close(): void | Promise<void>;
  };
}

const answer = { text: 'x', citations: [], grounded: true, path: 'extractive', language: 'en', query: 'q' };
const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

async function openCheckout(root: string, folder: string) {
  const load = async <T>(file: string) => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const { openQuestionLog } = await load<LogModule>('src/operations/question-log.ts');
  const { openStore } = await load<{
    openStore(file: string, options: Record<string, unknown>): { close(): Promise<void> };
  }>('src/store/open-store.ts');
  const { createSilentLogger } = await load<{ createSilentLogger(): unknown }>('src/logging/logger.ts');
  const store = openStore(path.join(folder, 'matchcut.sqlite'), { logger: createSilentLogger() });
  const log = openQuestionLog({
    store,
    config: { enabled: true, retentionDays: 90, storeMemberIds: false },
    logger: createSilentLogger(),
    now: () => new Date(),
    findConcepts: () => [],
    pruneIntervalMs: 0,
  });
  return {
    log,
    async close() {
      await log.close();
      await store.close();
    },
  };
}

type Log = Awaited<ReturnType<typeof openCheckout>>['log'];
const optionsFor = (logged: boolean, index: number) =>
  logged ? { platform: 'slack', channelId: 'C1', memberId: `slack:U${index % 7}` } : { platform: 'slack', log: false };

/** Ready → returned, for one ask whose answer is ready `delayMs` from now. */
async function timedAsk(log: Log, logged: boolean, index: number, delayMs: number): Promise<number> {
  let readyAt = 0;
  await log.loggedAsk(`Question ${index}?`, optionsFor(logged, index), async () => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    readyAt = performance.now();
    return answer;
  });
  // The caller goes on in a later turn of the loop (as an adapter posting after an await would).
  await new Promise((resolve) => setImmediate(resolve));
  return performance.now() - readyAt;
}

async function oneAtATime(log: Log) {
  const times = { on: [] as number[], off: [] as number[] };
  for (let index = 0; index < 600; index += 1) {
    const logged = index % 2 === 0;
    times[logged ? 'on' : 'off'].push(await timedAsk(log, logged, index, 0));
  }
  return times;
}

async function bursts(log: Log) {
  const times = { on: [] as number[], off: [] as number[] };
  for (let burst = 0; burst < 6; burst += 1) {
    const logged = burst % 2 === 0;
    const spread = Array.from({ length: 50 }, (_, index) => timedAsk(log, logged, index, (index * 7) % 21));
    times[logged ? 'on' : 'off'].push(...(await Promise.all(spread)));
    // Bursts 150 ms apart: queued rows are written when their wait is over, during whichever burst runs then.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return times;
}

const checkouts = process.argv.slice(2).map((argument) => {
  const [label, folder] = argument.split('=');
  if (!label || !folder) throw new Error(`expected <label>=<checkout folder>, got "${argument}"`);
  return { label, root: path.resolve(folder) };
});
for (const checkout of checkouts) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'matchcut-probe-question-log-'));
  try {
    const opened = await openCheckout(checkout.root, folder);
    await oneAtATime(opened.log); // warm-up: statements prepared, salt created
    for (const [shape, run] of [
      ['one at a time', oneAtATime],
      ['bursts of 50', bursts],
    ] as const) {
      const loadBefore = loadAverage();
      const times = await run(opened.log);
      const line = {
        checkout: checkout.label,
        shape,
        loadBefore,
        loadAfter: loadAverage(),
        logOn: summarize(times.on),
        logOff: summarize(times.off),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    await opened.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
