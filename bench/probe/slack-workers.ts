/**
 * Slack acknowledgement with 50 events in flight, with asks on the bot's event loop and with one
 * ask worker, back to back under the same machine load (the bench's Slack section, run twice).
 *
 * Usage: npx tsx bench/probe/slack-workers.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSlackOverhead } from '../sections/slack-section.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const askWorkers of [0, 1]) {
  const section = await measureSlackOverhead({ repositoryRoot, askWorkers, onProgress: () => {} });
  const summary =
    section.status === 'ok'
      ? { ack: section.ack, answerPosted: section.answerPosted, askAlone: section.askAlone, answered: section.answered }
      : section;
  process.stdout.write(`${JSON.stringify({ askWorkers, ...summary })}\n`);
}
