/**
 * Pages added from chat and feeds synced on a schedule, with the real core on a temporary data
 * folder and the news-site stand-in on 127.0.0.1: `/matchcut add <url>` (Slack, through the
 * Web API stand-in) and `/add url:` (Discord, the real discord.js client against its stand-in)
 * reply to organizers with the title, language and first passage and refuse members politely;
 * the scheduled feed sync (MATCHCUT_FEEDS_CRON) makes new articles answerable by a running core
 * without a restart.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../src/logging/logger.js';
import { openArticleLibrary } from '../../../src/knowledge/web/article-library.js';
import { startFeedSchedule } from '../../../src/knowledge/web/feed-schedule.js';
import {
  bodyOf,
  isCallbackOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
} from '../../discord/discord-harness.js';
import { startSlackHarness } from '../../slack/slack-harness.js';
import { createTestCore, type TestCore } from '../../helpers/test-core.js';
import { newsPages, type NewsSite, startNewsSite } from '../../stand-ins/news-site.js';

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
});

const allowStandIn = { MATCHCUT_ALLOW_PRIVATE_URLS: '127.0.0.1' };
const vietnamese = newsPages[2];
const vietnameseQuestion = 'Xưởng lồng tiếng Sông Hàn tuyển bao nhiêu diễn viên lồng tiếng?';

async function waitForCitation(test: TestCore, question: string, url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await test.core.ask(question);
    if (answer.citations.some((citation) => citation.url === url)) return answer;
    if (Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const ingestedFiles = (dataDir: string) => {
  const folder = path.join(dataDir, 'articles');
  return existsSync(folder) ? readdirSync(folder) : [];
};

describe('/matchcut add on Slack', () => {
  it('adds a page for an organizer (title, language, first passage), refuses a member and names a refused URL', async () => {
    const test = await createTestCore({ environment: allowStandIn });
    const harness = await startSlackHarness(test.core, { SLACK_ORGANIZERS: 'U0ORGANIZER' });
    try {
      const address = `${site.base}${vietnamese?.path}`;
      await harness.sendCommand(`add <${address}>`, { userId: 'U0MEMBER1' });
      const refusal = await harness.api.waitForResponsePost(undefined, 10_000);
      expect(refusal.body).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringMatching(/^Sorry, only organizers can add articles/),
      });
      expect(ingestedFiles(test.dataDir)).toEqual([]);

      await harness.sendCommand(`add <${address}>`, { userId: 'U0ORGANIZER' });
      const reply = await harness.api.waitForResponsePost((post) => post !== refusal, 60_000);
      const text = String(reply.body.text);
      expect(reply.body.response_type).toBe('ephemeral');
      expect(text).toContain(`<${address}|${vietnamese?.headline}>`);
      expect(text).toContain('(vi)');
      expect(text).toContain(`> ${vietnamese?.paragraphs[0]}`);
      const answer = await waitForCitation(test, vietnameseQuestion, address);
      expect(answer.grounded).toBe(true);
      expect(answer.citations[0]).toMatchObject({ title: vietnamese?.headline, url: address });

      await harness.sendCommand(`add <${site.base}/to-private>`, { userId: 'U0ORGANIZER' });
      const refused = await harness.api.waitForResponsePost((post) => post !== refusal && post !== reply, 30_000);
      expect(String(refused.body.text)).toMatch(
        /^I could not add that page: cannot fetch .*\/to-private: it redirects to http:\/\/10\.20\.30\.40\/admin/u,
      );
    } finally {
      await harness.close();
      await test.cleanup();
    }
  }, 120_000);
});

describe('/add on Discord', () => {
  it('adds a page for an organizer and refuses a member, privately', async () => {
    const running = await startHarness({ openCore: () => createTestCore({ environment: allowStandIn }) });
    try {
      const { standIn } = running;
      const japanese = newsPages[3];
      const address = `${site.base}${japanese?.path}`;
      const member = standIn.interaction({
        type: 2,
        data: slashCommand('add', [stringOption('url', address)]),
        user: standIn.user('member'),
        roles: [],
      });
      const refusal = bodyOf(await standIn.waitForRequest(isCallbackOf(member.id)));
      expect((refusal.data as { flags: number }).flags).toBe(64);
      expect(String((refusal.data as { content: string }).content)).toMatch(/^Sorry, only organizers can add articles/);

      const organizer = standIn.interaction({
        type: 2,
        data: slashCommand('add', [stringOption('url', address)]),
        user: standIn.user('organizer'),
        roles: [standIn.organizerRoleId],
      });
      const deferred = bodyOf(await standIn.waitForRequest(isCallbackOf(organizer.id)));
      expect(deferred.type).toBe(5);
      const edited = String(bodyOf(await standIn.waitForRequest(isOriginalEditOf(organizer.token), 60_000)).content);
      expect(edited).toContain(`**${japanese?.headline}** (ja)`);
      expect(edited).toContain(`\n<${address}>\n`);
      expect(edited).toContain(`> ${japanese?.paragraphs[0]}`);

      // A page that cannot be added is refused in the organizer's language, saying what failed.
      const korean = standIn.interaction({
        type: 2,
        data: slashCommand('add', [stringOption('url', `${site.base}/no-such-page`)]),
        user: standIn.user('organizer'),
        roles: [standIn.organizerRoleId],
        locale: 'ko',
      });
      const refused = String(bodyOf(await standIn.waitForRequest(isOriginalEditOf(korean.token), 30_000)).content);
      expect(refused).toBe('그 페이지를 추가하지 못했습니다: 사이트가 오류 404(으)로 응답했습니다.');
    } finally {
      await running.close();
    }
  }, 120_000);
});

describe('scheduled feed sync', () => {
  it('makes new feed articles answerable by a running core without a restart', async () => {
    const test = await createTestCore({ environment: { ...allowStandIn, MATCHCUT_FEEDS_CRON: '0 0 1 1 *' } });
    const logger = createSilentLogger();
    const library = openArticleLibrary(test.config, { logger });
    const schedule = startFeedSchedule(test.config, { logger });
    try {
      const question = 'How many trainees will the Harbor Lantern stop-motion workshop take?';
      const url = `${site.base}${newsPages[0]?.path}`;
      expect((await test.core.ask(question)).citations.map((citation) => citation.url)).not.toContain(url);
      await library.addFeed(`${site.base}/feeds/rss.xml`);
      expect(schedule?.nextRun()).toBeInstanceOf(Date);
      await schedule?.runNow();
      const answer = await waitForCitation(test, question, url);
      expect(answer.grounded).toBe(true);
      expect(answer.text).toContain('36');
      expect(answer.citations[0]).toMatchObject({ title: newsPages[0]?.headline, url });
      expect((await library.listFeeds())[0]?.articles).toBe(2);
    } finally {
      schedule?.stop();
      library.close();
      await test.cleanup();
    }
  }, 120_000);
});
