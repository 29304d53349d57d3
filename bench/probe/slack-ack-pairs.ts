/**
 * The bench's Slack section (50 signed events in flight × 4 rounds) for two or more checkouts, alternated
 * back to back so all see the same machine load: one JSON line per run with the load average.
 *
 * Usage: npx tsx bench/probe/slack-ack-pairs.ts <checkout A> <checkout B> [more checkouts] [--pairs 2]
 * A checkout may end in `@raw`, `@http` or `@fetch`: the sender for its runs (this checkout's bench code each way;
 * `raw`, the default, signs a round's events first and writes each to a connection opened before the rounds; `http`,
 * the sender of sessions 18-28, posts them with node:http, whose set-up of the burst delayed its first requests;
 * `fetch`, the sender before session 18, signs and fetches each as it goes).
 */
import os from 'node:os';
import path from 'node:path';
import { measureSlackOverhead } from '../sections/slack-section.js';

const given = process.argv.slice(2);
const pairsIndex = given.indexOf('--pairs');
const pairs = pairsIndex >= 0 ? Number(given[pairsIndex + 1]) : 2;
const checkouts = given
  .filter((_, index) => pairsIndex < 0 || (index !== pairsIndex && index !== pairsIndex + 1))
  .map((value) => {
    const [root, sender] = value.split('@') as [string, string | undefined];
    if (sender !== undefined && sender !== 'raw' && sender !== 'http' && sender !== 'fetch')
      throw new Error(`unknown sender ${sender}: use @raw, @http or @fetch`);
    return { label: value, root: path.resolve(root), sender: sender as 'raw' | 'http' | 'fetch' | undefined };
  });
if (checkouts.length < 2)
  throw new Error(
    'usage: slack-ack-pairs.ts <checkout A>[@raw|@http|@fetch] <checkout B>[@raw|@http|@fetch] … [--pairs n]',
  );
for (let pair = 0; pair < pairs; pair += 1) {
  for (const { label, root, sender } of checkouts) {
    const load = os.loadavg()[0]?.toFixed(2);
    const section = await measureSlackOverhead({ repositoryRoot: root, onProgress: () => {}, sender });
    const summary =
      section.status === 'ok'
        ? {
            ack: [section.ack.p50, section.ack.p95, section.ack.p99].map((value) => Math.round(value * 10) / 10),
            answerPosted: [section.answerPosted.p50, section.answerPosted.p95, section.answerPosted.p99],
            askAloneP50: section.askAlone.p50,
            loopDelay: section.loopDelay,
            botMainThreadMsPerEvent: section.botMainThreadMsPerEvent,
            senderLoopDelay: section.senderLoopDelay,
            ackSplit: section.ackSplit,
            answered: section.answered,
          }
        : section;
    process.stdout.write(`${JSON.stringify({ checkout: label, pair, loadBefore: load, ...summary })}\n`);
  }
}
