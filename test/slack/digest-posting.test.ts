/**
 * Slack digests that lose nothing and never repeat, against the Slack Web API stand-in with the
 * real core: a post Slack refuses marks nothing and the retry posts the same pairs; a digest whose
 * first message went out and second failed records only the first, and the retry posts the rest;
 * the scheduled digest retries the same digest after a failed run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import type { Matchcut } from '../../src/core-types.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createTestCore } from '../helpers/test-core.js';
import { type RecordedCall, type SlackWebApiStandIn, startSlackWebApiStandIn } from '../stand-ins/slack-web-api.js';
import { seedProfiles } from './seed-profiles.js';

const botToken = 'xoxb-test-token';
let core: Matchcut;
let cleanupCore: () => Promise<void>;
let api: SlackWebApiStandIn;
let slack: SlackApp | undefined;

beforeEach(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanupCore = created.cleanup;
  await seedProfiles(core);
  api = await startSlackWebApiStandIn({ botToken });
});
afterEach(async () => {
  await slack?.stop();
  slack = undefined;
  await api.close();
  await cleanupCore();
});

async function startApp(environment: Record<string, string> = {}): Promise<SlackApp> {
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: 's',
    SLACK_API_URL: api.apiUrl,
    ...environment,
  });
  slack = createSlackApp({ core, config, logger: createMemoryLogger().logger });
  await slack.start({ port: 0, host: '127.0.0.1' });
  return slack;
}

/** The suggestion ids a posted message carries (its feedback buttons' values), in order. */
function suggestionIdsOf(call: RecordedCall): string[] {
  const blocks = (call.body.blocks ?? []) as { type: string; elements?: { value?: string }[] }[];
  const ids = blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block.elements ?? []).map((element) => element.value ?? ''));
  return [...new Set(ids)];
}

const postsTo = (channel: string) =>
  api.callsTo('chat.postMessage').filter((call) => call.body.channel === channel && call.response.ok === true);

describe('Slack digests: choose, post, then record', () => {
  it('a post Slack refuses (channel_not_found) marks nothing, and the retry posts the same pairs', async () => {
    const app = await startApp();
    api.failNext('chat.postMessage', 'channel_not_found');
    await expect(app.postDigest('C0GONE', { size: 6 })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    expect(await core.report()).toMatchObject({ suggested: 0, digests: 0 });
    const failed = await core.showDigest();
    expect(failed.state).toBe('released');
    expect(failed.digest.suggestions.length).toBeGreaterThan(0);

    const retry = await app.postDigest('C0GONE', { size: 6 });
    expect(retry.digest.id).toBe(failed.digest.id);
    expect(retry.digest.suggestions.map((entry) => [entry.a.id, entry.b.id])).toEqual(
      failed.digest.suggestions.map((entry) => [entry.a.id, entry.b.id]),
    );
    expect(postsTo('C0GONE').flatMap(suggestionIdsOf)).toEqual(failed.digest.suggestions.map((entry) => entry.id));
    expect(await core.report()).toMatchObject({ suggested: failed.digest.suggestions.length, digests: 1 });
    expect((await core.showDigest()).state).toBe('posted');
  });

  it('part 1 posted and part 2 refused: only part 1 is recorded, and the retry posts the rest once', async () => {
    const app = await startApp();
    // Slack refuses the message after the first one (armed as soon as the first is answered).
    const armed = api
      .waitForCall('chat.postMessage', (call) => call.body.channel === 'C0PARTS')
      .then(() => api.failNext('chat.postMessage', 'channel_not_found'));
    await expect(app.postDigest('C0PARTS', { size: 12 })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await armed;
    const partial = await core.showDigest();
    expect(partial.parts.length).toBeGreaterThan(1);
    const [first, ...rest] = partial.parts;
    const [firstPost] = postsTo('C0PARTS');
    expect(first).toMatchObject({ postedAt: expect.any(String), messageRef: firstPost?.response.ts });
    for (const part of rest) expect(part.postedAt).toBeUndefined();
    expect(suggestionIdsOf(firstPost as RecordedCall)).toEqual(first?.suggestionIds);
    expect((await core.report()).suggested).toBe(first?.suggestionIds.length);

    const retry = await app.postDigest('C0PARTS', { size: 12 });
    expect(retry.digest.id).toBe(partial.digest.id);
    expect(retry.alreadyPosted).toBe(1);
    expect(retry.timestamps).toHaveLength(rest.length);
    // Every suggestion went out exactly once, in order, over the two tries.
    expect(postsTo('C0PARTS').flatMap(suggestionIdsOf)).toEqual(partial.digest.suggestions.map((entry) => entry.id));
    expect((await core.showDigest()).state).toBe('posted');
    expect((await core.report()).suggested).toBe(partial.digest.suggestions.length);
  });

  it('a scheduled run that fails is retried with the same digest by the next run', async () => {
    api.failNext('chat.postMessage', 'channel_not_found');
    await startApp({ MATCHCUT_DIGEST_CRON: '* * * * * *', MATCHCUT_DIGEST_CHANNEL: 'slack:C0SCHEDULED' });
    const posted = await api.waitForCall(
      'chat.postMessage',
      (call) => call.body.channel === 'C0SCHEDULED' && call.response.ok === true,
      6_000,
    );
    await slack?.stop();
    slack = undefined;
    const [refused] = api.callsTo('chat.postMessage').filter((call) => call.response.ok !== true);
    expect(refused?.response.error).toBe('channel_not_found');
    expect(suggestionIdsOf(posted)).toEqual(suggestionIdsOf(refused as RecordedCall));
    expect((await core.report()).digests).toBe(1);
  });
});
