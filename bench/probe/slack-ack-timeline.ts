/**
 * One run of the bench's Slack section (50 signed events in flight × 4 rounds) printed as a timeline: per round,
 * when (ms after the round's first send) the sender wrote each request, the bot parsed and acknowledged it and the
 * sender read the ack — so a slow ack can be placed: behind the sender's own writes, behind the bot's queue, or in
 * the reading. The two processes' clocks are paired (one machine).
 *
 * Usage: npx tsx bench/probe/slack-ack-timeline.ts [--every 5] [checkout, default this one]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AckTimelineEvent, measureSlackOverhead } from '../sections/slack-section.js';

const argumentsGiven = process.argv.slice(2);
const everyIndex = argumentsGiven.indexOf('--every');
const every = everyIndex >= 0 ? Number(argumentsGiven[everyIndex + 1]) : 5;
const root =
  argumentsGiven.find((value, index) => !value.startsWith('--') && index !== everyIndex + 1) ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let timeline: AckTimelineEvent[] = [];
const section = await measureSlackOverhead({
  repositoryRoot: path.resolve(root),
  onProgress: () => {},
  onTimeline: (events) => {
    timeline = events;
  },
});
if (section.status !== 'ok') throw new Error(section.reason);
// The bench's Slack row, then the timeline.
const row = (summary: { p50: number; p95: number; p99: number }) => [summary.p50, summary.p95, summary.p99];
process.stdout.write(
  `${JSON.stringify({
    ack: row(section.ack),
    answerPosted: row(section.answerPosted),
    askAlone: row(section.askAlone),
    answered: section.answered,
    loopDelay: section.loopDelay,
    botMainThreadMsPerEvent: section.botMainThreadMsPerEvent,
    writtenToAcked: section.ackSplit === undefined ? undefined : row(section.ackSplit.writtenToAcked),
  })}\n`,
);
const fixed = (value: number) => value.toFixed(1).padStart(6);
for (const round of [...new Set(timeline.map((event) => event.round))].sort((left, right) => left - right)) {
  const events = timeline.filter((event) => event.round === round).sort((left, right) => left.written - right.written);
  const start = Math.min(...events.map((event) => event.sent));
  const span = (key: keyof AckTimelineEvent) => {
    const values = events.map((event) => event[key] - start);
    return `${fixed(Math.min(...values))}–${fixed(Math.max(...values))}`;
  };
  process.stdout.write(
    `\nround ${round}: sent ${span('sent')}  written ${span('written')}  parsed ${span('parsed')}  acked ${span('acked')}  read ${span('read')}\n`,
  );
  process.stdout.write('   #  written  parsed   acked    read   ack\n');
  events.forEach((event, index) => {
    if (index % every !== 0 && index !== events.length - 1) return;
    process.stdout.write(
      `${String(index).padStart(4)} ${fixed(event.written - start)}  ${fixed(event.parsed - start)}  ${fixed(event.acked - start)}  ${fixed(event.read - start)}  ${fixed(event.read - event.sent)}\n`,
    );
  });
}
