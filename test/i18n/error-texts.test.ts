/**
 * Core refusals that used to reach members in English only, said in their language: the digest
 * errors and match limits (by `details.reason`) and web pages that cannot be added (by
 * `details.problem`), with the real core and the real page fetcher against the news-site stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf } from '../helpers/refusal.js';
import { createAddressGuard } from '../../src/knowledge/web/address-guard.js';
import { fetchDocument, pageContentTypes } from '../../src/knowledge/web/fetch-page.js';
import { mistakeText, pageRefusalText } from '../../adapters/i18n/error-messages.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import { type NewsSite, startNewsSite } from '../stand-ins/news-site.js';

describe('digest and limit refusals in the member language', () => {
  let test: TestCore;
  beforeAll(async () => {
    test = await createTestCore();
  }, 120_000);
  afterAll(async () => {
    await test.cleanup();
  });

  it('says there is no digest yet, an unknown digest id and a bad limit in Korean, Russian and Uzbek', async () => {
    const none = await refusalOf(() => test.core.showDigest());
    expect(mistakeText(none, 'slack', 'ko')).toBe('아직 만들어진 다이제스트가 없습니다.');
    const unknown = await refusalOf(() => test.core.showDigest('d-nothere'));
    expect(mistakeText(unknown, 'discord', 'ru')).toBe('Дайджеста «d-nothere» нет.');
    const profiles = await test.core.profiles.list();
    const first = profiles[0];
    expect(first).toBeDefined();
    const limit = await refusalOf(() => test.core.match(first?.name ?? '', { limit: 500 }));
    expect(mistakeText(limit, 'discord', 'uz')).toBe('Chegara 1 dan 200 gacha butun son boʻlishi kerak.');
    expect(mistakeText(limit, 'slack', 'en')).toBe('The limit must be a whole number from 1 to 200.');
  });
});

describe('pages that cannot be added, in the member language', () => {
  let site: NewsSite;
  beforeAll(async () => {
    site = await startNewsSite();
  });
  afterAll(async () => {
    await site.close();
  });
  const fetchOptions = { guard: createAddressGuard(['127.0.0.1']), accept: pageContentTypes };

  it('names the HTTP status in Japanese and keeps the full English sentence in English', async () => {
    const missing = await refusalOf(() => fetchDocument(`${site.base}/no-such-page`, fetchOptions));
    expect(missing.details?.problem).toBe('status');
    expect(pageRefusalText(missing, 'ja')).toBe('サイトがエラー 404 を返しました。');
    expect(pageRefusalText(missing, 'en')).toMatch(
      /^cannot fetch http:\/\/127\.0\.0\.1:\d+\/no-such-page: the server answered 404/u,
    );
  });

  it('says a private address and a non-web address in Vietnamese, through a redirect too', async () => {
    const guarded = await refusalOf(() =>
      fetchDocument(`${site.base}/no-such-page`, { ...fetchOptions, guard: createAddressGuard() }),
    );
    expect(pageRefusalText(guarded, 'vi')).toBe('địa chỉ đó thuộc mạng riêng hoặc mạng nội bộ, nên không được tải.');
    const redirected = await refusalOf(() => fetchDocument(`${site.base}/to-private`, fetchOptions));
    expect(redirected.details?.problem).toBe('notAllowed');
    expect(pageRefusalText(redirected, 'vi')).toBe('địa chỉ đó thuộc mạng riêng hoặc mạng nội bộ, nên không được tải.');
    const notUrl = await refusalOf(() => fetchDocument('news site', fetchOptions));
    expect(pageRefusalText(notUrl, 'ru')).toBe('это не веб-адрес; укажите адрес, начинающийся с https:// или http://.');
  });
});
