/**
 * Where the Slack bot's main thread spends its time under the benchmark's burst (50 signed events in
 * flight × 4 rounds): runs the bench's Slack section with a V8 CPU profile of the bot process (from
 * ready to stop) and prints the ack and answer figures, then self time by function and by file.
 *
 * Usage: npx tsx bench/probe/slack-ack-profile.ts [profile.cpuprofile] [--top 30]
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSlackOverhead } from '../sections/slack-section.js';
import { type CpuProfile, profileTimes } from './cpu-profile-times.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argumentsGiven = process.argv.slice(2);
const topIndex = argumentsGiven.indexOf('--top');
const top = topIndex >= 0 ? Number(argumentsGiven[topIndex + 1]) : 30;
const file =
  argumentsGiven.find((value, index) => !value.startsWith('--') && index !== topIndex + 1) ??
  path.join(os.tmpdir(), `slack-bot-${Date.now()}.cpuprofile`);

const section = await measureSlackOverhead({ repositoryRoot, cpuProfile: file, onProgress: () => {} });
if (section.status !== 'ok') throw new Error(section.reason);
process.stdout.write(
  `${JSON.stringify({ ack: section.ack, answerPosted: section.answerPosted, askAlone: section.askAlone, answered: section.answered })}\n`,
);

const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
const shortUrl = (url: string) => {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  return url.startsWith('file://') ? path.relative(repositoryRoot, fileURLToPath(url)) : url;
};
const { all: total, self: byFunction } = profileTimes(
  profile,
  ({ callFrame }) =>
    `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`,
);
const byFile = profileTimes(profile, ({ callFrame }) => shortUrl(callFrame.url) || callFrame.functionName).self;
const print = (title: string, map: Map<string, number>) => {
  process.stdout.write(`\n${title} (of ${total.toFixed(0)} ms sampled)\n`);
  for (const [key, ms] of [...map].sort((left, right) => right[1] - left[1]).slice(0, top))
    process.stdout.write(`${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}\n`);
};
print('self time by function', byFunction);
print('self time by file', byFile);
process.stdout.write(`\nprofile: ${file}\n`);
