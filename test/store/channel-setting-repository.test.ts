/**
 * Channel settings in the real SQLite store (migration 5): the default mode, an organizer's mode
 * kept across a reopened file, validation errors that name the repository and the field, and the
 * general question test `auto` channels use. (Every backend's behaviour: test/support/store-contract.ts.)
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../src/answer/looks-like-question.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { type MatchcutStore, openStore } from '../../src/store/open-store.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
let store: MatchcutStore | undefined;

afterEach(async () => {
  await store?.close();
  await cleanup?.();
  store = undefined;
  cleanup = undefined;
});

async function storeFile(): Promise<string> {
  const folder = await createTemporaryFolder('matchcut-channels-');
  cleanup = folder.cleanup;
  return path.join(folder.folder, 'matchcut.sqlite');
}

describe('channel settings in the SQLite store', () => {
  it('answers the default mode for an unset channel and keeps a set mode across a reopened file', async () => {
    const file = await storeFile();
    const logger = createSilentLogger();
    store = openStore(file, { logger });
    const channel = { platform: 'slack' as const, channelId: 'C0AUTO', communityId: 'T0TEST01' };
    expect(await store.channelSetting(channel)).toMatchObject({ mode: 'mention', configured: false });
    await store.setChannelMode(channel, 'auto', 'slack:U0ORGANIZER', '2026-12-04T02:00:00.000Z');
    await store.setChannelMode(
      { platform: 'discord', channelId: 'C0AUTO' },
      'off',
      'discord:1',
      '2026-12-04T02:01:00Z',
    );
    await store.close();

    store = openStore(file, { logger });
    expect(await store.channelSetting({ platform: 'slack', channelId: 'C0AUTO' })).toEqual({
      platform: 'slack',
      channelId: 'C0AUTO',
      communityId: 'T0TEST01',
      mode: 'auto',
      configured: true,
      updatedBy: 'slack:U0ORGANIZER',
      updatedAt: '2026-12-04T02:00:00.000Z',
    });
    // The same id on another platform is another channel.
    expect((await store.channelSetting({ platform: 'discord', channelId: 'C0AUTO' })).mode).toBe('off');
    expect(await store.schemaVersion()).toBeGreaterThanOrEqual(5);
  });

  it('refuses an unknown mode and an empty channel id, naming the repository and the field', async () => {
    store = openStore(await storeFile(), { logger: createSilentLogger() });
    await expect(
      store.setChannelMode({ platform: 'slack', channelId: 'C1' }, 'loud' as 'auto', 'slack:U1', 'now'),
    ).rejects.toThrow(/channel-setting-repository: mode: "loud" is not one of mention, auto, off/);
    await expect(store.channelSetting({ platform: 'slack', channelId: ' ' })).rejects.toThrow(
      /channel-setting-repository: channelId/,
    );
  });
});

describe('looksLikeQuestion', () => {
  it('recognises questions in the languages the bot serves, with or without a question mark', () => {
    for (const text of [
      'Where did IT Works Korea open an office?',
      'how do I apply for the training program',
      'Thanks for the intro. Which studios dub into Japanese',
      '한국에서 후반작업 교육은 누가 하나요',
      'VFX 교육 기관이 어디에 있습니까',
      'Ai đào tạo hậu kỳ ở Hà Nội',
      '東京でVFXを教える学校はどこですか',
      'Кто обучает VFX в Ташкенте',
      'Toshkentda VFX kursi bormi',
    ])
      expect(looksLikeQuestion(text), text).toBe(true);
  });

  it('leaves chatter, announcements and very short or long messages alone', () => {
    for (const text of [
      'Lunch is at noon, everyone.',
      'Great news: we launched our new dubbing studio today!',
      'ok?',
      `${'A long post about our festival lineup and the partners we met. '.repeat(12)}Any thoughts?`,
    ])
      expect(looksLikeQuestion(text), text).toBe(false);
  });
});
