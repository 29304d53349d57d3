/**
 * A burst of mentions on the real Bolt app (HTTP mode) with the real core answering on its ask
 * worker: each event is acknowledged before its answer is posted, each thread gets exactly one
 * reply, and beyond the worker's queue members are told the bot is busy instead of waiting for a
 * late answer (issue 17 item 1). Behaviour only: no timing figure is asserted.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { isMatchcutError } from '../../src/errors.js';
import { createTestCore } from '../helpers/test-core.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let harness: SlackHarness;
let longQuestion: (index: number) => string;

beforeAll(async () => {
  // One worker with room for one waiting ask: a burst overflows it.
  const created = await createTestCore({
    askWorkers: 1,
    askQueueLimit: 1,
    environment: { MATCHCUT_MEMBER_RATE_LIMIT: 'off' },
  });
  core = created.core;
  cleanupCore = created.cleanup;
  // Long questions (many terms, every article's wording) keep the worker busy while the burst arrives.
  const folder = path.join(shippedKnowledgeDir, 'articles');
  const texts = await Promise.all((await readdir(folder)).map((file) => readFile(path.join(folder, file), 'utf8')));
  const words = texts.join(' ').replace(/\s+/g, ' ');
  longQuestion = (index) => `Question ${index}: which studio ${words}`.slice(0, 1_900).concat('?');
  // The worker starts on the first ask; asks run on the main thread (never BUSY) until it is ready.
  const deadline = Date.now() + 60_000;
  let busySeen = false;
  while (!busySeen && Date.now() < deadline) {
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, index) => core.ask(longQuestion(index))));
    busySeen = results.some(
      (result) => result.status === 'rejected' && isMatchcutError(result.reason) && result.reason.code === 'BUSY',
    );
    if (!busySeen) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(busySeen).toBe(true);
  harness = await startSlackHarness(core);
}, 120_000);
afterAll(async () => {
  await harness?.close();
  await cleanupCore?.();
});

describe('a burst of Slack mentions with asks on the worker', () => {
  it('acknowledges each event before its answer, one reply per thread, and tells those beyond the queue to try again', async () => {
    const events = 12;
    const threads = Array.from({ length: events }, (_, index) => `1720000000.${String(index + 1).padStart(6, '0')}`);
    const acknowledged = new Map<string, number>();
    const responses = await Promise.all(
      threads.map(async (ts, index) => {
        const response = await harness.sendEvent({
          type: 'app_mention',
          user: `U0BURST${String(index).padStart(2, '0')}`,
          text: `<@${harness.api.botUserId}> ${longQuestion(100 + index)}`,
          ts,
          channel: 'C0GENERAL',
        });
        acknowledged.set(ts, Date.now());
        return response;
      }),
    );
    expect(responses.map((response) => response.status)).toEqual(threads.map(() => 200));

    await harness.api.waitForCalls('chat.postMessage', events, 60_000);
    await harness.slack.idle(10_000);
    const all = harness.api.callsTo('chat.postMessage');
    // One reply per thread: an answer or the busy note, never both, never none.
    expect(all.map((post) => String(post.body.thread_ts)).sort()).toEqual([...threads].sort());

    const busyReplies = all.filter((post) => /try again in a moment/.test(String(post.body.text)));
    const answers = all.filter((post) => !busyReplies.includes(post));
    // The worker's ask and the one waiting are answered; at least one beyond them is told to try again.
    expect(answers.length).toBeGreaterThanOrEqual(2);
    // Acknowledgements do not wait for asks: each answered event's ack came back before its answer was posted.
    for (const post of answers) expect(acknowledged.get(String(post.body.thread_ts))).toBeLessThanOrEqual(post.at);
    expect(busyReplies.length).toBeGreaterThanOrEqual(1);
    for (const post of answers) expect(String(post.body.text)).toMatch(/Sources: \[1\]|not in the sources|can't find/i);
    for (const post of busyReplies) expect(String(post.body.text)).toMatch(/^Busy: many questions/);

    // Once the burst is over, a member asking again gets an answer.
    await harness.sendEvent({
      type: 'app_mention',
      user: 'U0BURST00',
      text: `<@${harness.api.botUserId}> Who trains post-production crews in Korea?`,
      ts: '1720000001.000001',
      channel: 'C0GENERAL',
    });
    const again = await harness.api.waitForCall(
      'chat.postMessage',
      (call) => call.body.thread_ts === '1720000001.000001',
      30_000,
    );
    expect(String(again.body.text)).toContain('Sources: [1]');
  }, 120_000);
});
