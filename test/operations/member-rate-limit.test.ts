/**
 * MATCHCUT_MEMBER_RATE_LIMIT with the real core on a temporary data folder (SQLite): a member over the
 * limit gets BUSY (reason MEMBER_RATE_LIMIT, seconds to wait) before any answer, other members and the
 * terminal are not counted, the window ends; and on Discord (the real client against the stand-in) the
 * member reads it in their language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseMemberRateLimit } from '../../src/config/config.js';
import { refusalOf } from '../helpers/refusal.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { createMemberRateLimiter } from '../../src/operations/member-rate-limit.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';
import {
  bodyOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
  type DiscordHarness,
} from '../discord/discord-harness.js';

const question = 'Who trains production crews in Korea?';

let test: TestCore | undefined;
let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await test?.cleanup();
  test = undefined;
});

describe('MATCHCUT_MEMBER_RATE_LIMIT', () => {
  it('reads questions per window, off, and refuses what is not one', () => {
    expect(parseMemberRateLimit('20/60s')).toEqual({ limit: 20, windowMs: 60_000 });
    expect(parseMemberRateLimit('100 / 1h')).toEqual({ limit: 100, windowMs: 3_600_000 });
    expect(parseMemberRateLimit('5/m')).toEqual({ limit: 5, windowMs: 60_000 });
    expect(parseMemberRateLimit('off')).toBeUndefined();
    for (const bad of ['20', '0/60s', '20/0s', '20 per minute', '20/2d'])
      expect(parseMemberRateLimit(bad)).toBe('invalid');
  });

  it('answers a member up to the limit, then says BUSY with the wait; others and the terminal go on', async () => {
    test = await createTestCore({ environment: { MATCHCUT_MEMBER_RATE_LIMIT: '3/60s' } });
    const asMina = { platform: 'slack' as const, memberId: 'slack:U0MINA' };
    for (let turn = 0; turn < 3; turn += 1) expect((await test.core.ask(question, asMina)).text).not.toBe('');
    const busy = await refusalOf(() => test!.core.ask(question, asMina));
    expect(busy.code).toBe('BUSY');
    expect(busy.details).toMatchObject({ reason: 'MEMBER_RATE_LIMIT', limit: 3, windowSeconds: 60 });
    expect(busy.details?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(busy.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(busy.userMessage).toMatch(/^You have asked 3 questions in 60 seconds/);
    // The refused question was not logged (no answer was given).
    expect((await test.core.questions?.())?.length).toBe(3);
    expect((await test.core.ask(question, { platform: 'slack', memberId: 'slack:U0JUN' })).text).not.toBe('');
    expect((await test.core.ask(question)).text).not.toBe('');
  });

  it('counts per window: a new window lets the member ask again', async () => {
    let nowMs = 1_000_000_000_000;
    const counted = new Map<string, number>();
    const limiter = createMemberRateLimiter({
      limit: { limit: 1, windowMs: 10_000 },
      counter: {
        countTurn: async (key) => {
          counted.set(key, (counted.get(key) ?? 0) + 1);
          return counted.get(key) ?? 0;
        },
      },
      logger: createMemoryLogger().logger,
      now: () => nowMs,
    });
    await limiter.take('discord:1');
    const busy = await refusalOf(() => limiter.take('discord:1'));
    expect(busy.details?.retryAfterSeconds).toBe(10);
    nowMs += 10_000;
    await limiter.take('discord:1');
    // Member ids are counted under a hash, never as written.
    expect([...counted.keys()].some((key) => key.includes('discord:1'))).toBe(false);
  });

  it('lets questions through when the counter fails, logging it once', async () => {
    const log = createMemoryLogger();
    const limiter = createMemberRateLimiter({
      limit: { limit: 1, windowMs: 60_000 },
      counter: { countTurn: () => Promise.reject(new Error('counter down')) },
      logger: log.logger,
    });
    for (let turn = 0; turn < 3; turn += 1) await limiter.take('slack:U1');
    expect(log.records().filter((record) => String(record.msg).includes('cannot be counted'))).toHaveLength(1);
  });

  it('tells a Discord member over the limit in Korean how long to wait', async () => {
    harness = await startHarness({
      openCore: () => createTestCore({ environment: { MATCHCUT_MEMBER_RATE_LIMIT: '1/60s' } }),
    });
    const user = harness.standIn.user('mina');
    const ask = () =>
      harness!.standIn.interaction({
        type: 2,
        data: slashCommand('ask', [stringOption('question', question)]),
        user,
        locale: 'ko',
      });
    const first = ask();
    expect(String(bodyOf(await harness.standIn.waitForRequest(isOriginalEditOf(first.token))).content)).not.toMatch(
      /60초/,
    );
    const second = ask();
    const refused = String(bodyOf(await harness.standIn.waitForRequest(isOriginalEditOf(second.token))).content);
    expect(refused).toMatch(
      /^⚠️ 한 사람이 60초 동안 할 수 있는 질문은 1개까지입니다\. \d+초 후에 다시 시도해 주세요\.$/u,
    );
  });
});
