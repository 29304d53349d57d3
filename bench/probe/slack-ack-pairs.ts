/**
 * The bench's Slack section (50 signed events in flight × 4 rounds) for two checkouts, alternated
 * back to back so both see the same machine load: one JSON line per run with the load average.
 *
 * Usage: npx tsx bench/probe/slack-ack-pairs.ts <checkout A> <checkout B> [pairs, default 2]
 */
import os from 'node:os';
import path from 'node:path';
import { measureSlackOverhead } from '../sections/slack-section.js';

const [first, second, pairsText] = process.argv.slice(2);
if (first === undefined || second === undefined)
  throw new Error('usage: slack-ack-pairs.ts <checkout A> <checkout B> [pairs]');
const pairs = Number(pairsText ?? 2);
for (let pair = 0; pair < pairs; pair += 1) {
  for (const root of [first, second]) {
    const repositoryRoot = path.resolve(root);
    const load = os.loadavg()[0]?.toFixed(2);
    const section = await measureSlackOverhead({ repositoryRoot, onProgress: () => {} });
    const summary =
      section.status === 'ok'
        ? {
            ack: [section.ack.p50, section.ack.p95, section.ack.p99].map((value) => Math.round(value * 10) / 10),
            answerPosted: [section.answerPosted.p50, section.answerPosted.p95, section.answerPosted.p99],
            askAloneP50: section.askAlone.p50,
            loopDelay: section.loopDelay,
            senderLoopDelay: section.senderLoopDelay,
            ackSplit: section.ackSplit,
            answered: section.answered,
          }
        : section;
    process.stdout.write(`${JSON.stringify({ checkout: root, pair, loadBefore: load, ...summary })}\n`);
  }
}
