/**
 * Discord digests that lose nothing and never repeat, with the real discord.js Client against the
 * Discord stand-in and the real core: a send Discord refuses marks nothing and the retry posts the
 * same pairs; the first suggestion sent and the second refused records only the first, and the
 * retry sends the rest once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeedbackCustomId } from '../../adapters/discord/custom-ids.js';
import type { Json, StandInMessage } from '../stand-ins/discord-server.js';
import { seedProfiles } from '../slack/seed-profiles.js';
import { type DiscordHarness, runDigest, startHarness } from './discord-harness.js';

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const missingAccess = { message: 'Missing Access', code: 50001 };

/** The suggestion id each posted message answers for (its buttons). */
const suggestionIdsOf = (messages: StandInMessage[]) =>
  messages.map((message) => {
    const [row] = message.components;
    const [button] = (row?.components ?? []) as Json[];
    return parseFeedbackCustomId(String(button?.custom_id))?.suggestionId;
  });

async function started(): Promise<DiscordHarness> {
  harness = await startHarness();
  await seedProfiles(harness.core);
  return harness;
}

describe('Discord digests: choose, post, then record', () => {
  it('a send Discord refuses marks nothing, and the retry posts the same pairs', async () => {
    const running = await started();
    const { standIn, core } = running;
    const messagesPath = new RegExp(`^/channels/${standIn.matchmakingChannelId}/messages$`);
    standIn.failNext('POST', messagesPath, 1, 403, missingAccess);
    expect(await runDigest(running)).toMatch(/^⚠️ .*run `\/digest` again once this is fixed to post the same digest/);
    expect(await core.report()).toMatchObject({ suggested: 0, digests: 0 });
    const failed = await core.showDigest();
    expect(failed.state).toBe('released');
    expect(failed.digest.suggestions.length).toBeGreaterThan(1);
    expect(standIn.messagesIn(standIn.matchmakingChannelId)).toHaveLength(0);

    expect(await runDigest(running)).toMatch(/^Posted \d+ suggestions to/);
    const posted = standIn.messagesIn(standIn.matchmakingChannelId);
    expect(suggestionIdsOf(posted)).toEqual(failed.digest.suggestions.map((entry) => entry.id));
    expect((await core.showDigest()).digest.id).toBe(failed.digest.id);
    expect(await core.report()).toMatchObject({ suggested: failed.digest.suggestions.length, digests: 1 });
  });

  it('the first suggestion sent and the second refused: only the first is recorded; the retry sends the rest once', async () => {
    const running = await started();
    const { standIn, core } = running;
    const channelId = standIn.matchmakingChannelId;
    const messagesPath = new RegExp(`^/channels/${channelId}/messages$`);
    // Discord refuses the send after the first one (armed as soon as the first is answered).
    const armed = standIn
      .waitForRequest((request) => request.method === 'POST' && messagesPath.test(request.path))
      .then(() => standIn.failNext('POST', messagesPath, 1, 403, missingAccess));
    expect(await runDigest(running)).toMatch(/^⚠️/);
    await armed;
    const partial = await core.showDigest();
    const [first, ...rest] = partial.parts;
    const [firstMessage] = standIn.messagesIn(channelId);
    expect(first).toMatchObject({ postedAt: expect.any(String), messageRef: firstMessage?.id });
    expect(rest.length).toBeGreaterThan(0);
    for (const part of rest) expect(part.postedAt).toBeUndefined();
    expect((await core.report()).suggested).toBe(1);

    expect((await runDigest(running)).split('\n')[0]).toBe(`Posted ${rest.length} suggestions to <#${channelId}>.`);
    const posted = standIn.messagesIn(channelId);
    expect(suggestionIdsOf(posted)).toEqual(partial.digest.suggestions.map((entry) => entry.id));
    expect((await core.showDigest()).state).toBe('posted');
    expect((await core.report()).suggested).toBe(partial.digest.suggestions.length);
  });
});
