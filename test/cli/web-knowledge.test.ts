/**
 * Knowledge from the web, through the real `matchcut` command against the news-site stand-in
 * on 127.0.0.1 (issue 15): pages in four languages are ingested and answers cite their headline
 * and canonical URL (tracking parameters removed) and never their furniture; refused fetches exit
 * 2 with one line naming the URL and the reason and add nothing; feeds sync new items only, a
 * second sync adds nothing, and an item the feed marks updated replaces its earlier version;
 * articles are listed (JSON shape), shown and removed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { copyTemplateIndex } from '../helpers/test-core.js';
import { newsPages, type NewsSite, revisedPagePath, startNewsSite } from '../stand-ins/news-site.js';

let site: NewsSite;
const cleanups: (() => Promise<void>)[] = [];
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function dataFolder(): Promise<string> {
  const temporary = await createTemporaryFolder('matchcut-web-');
  cleanups.push(temporary.cleanup);
  // The run's built index of the shipped knowledge (the subject is the pages added to it, not the first build).
  await copyTemplateIndex(temporary.folder);
  return temporary.folder;
}

const allowStandIn = (dataDir: string) => ({ MATCHCUT_DATA_DIR: dataDir, MATCHCUT_ALLOW_PRIVATE_URLS: '127.0.0.1' });

interface AskJson {
  answer: string;
  grounded: boolean;
  citations: { title: string; url: string | null; quote: string }[];
}

async function askJson(question: string, env: Record<string, string>): Promise<AskJson> {
  const result = await runCli(['ask', '--json', question], { env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as AskJson;
}

/** Several questions through one `matchcut ask --json -` (one JSON line per question). */
async function askBatchJson(questions: string[], env: Record<string, string>): Promise<AskJson[]> {
  const result = await runCli(['ask', '--json', '-'], { env, input: questions.join('\n') });
  expect(result.code, result.stderr).toBe(0);
  const answers = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AskJson);
  expect(answers).toHaveLength(questions.length);
  return answers;
}

/** Every piece of page furniture the stand-in serves: menus, cookie banner, share bars, related headlines, comments, footer. */
const furniturePhrases = [
  ...newsPages.flatMap((page) => [...page.related, ...page.comments]),
  'cookie',
  'Share on Facebook',
  'Copy link',
  '쿠키',
  '카카오톡 공유',
  'Chấp nhận tất cả',
  'Chia sẻ Zalo',
  'クッキー',
  'LINEで送る',
  'All rights reserved',
  '무단전재',
  'Related stories',
  '관련 기사',
  'Tin liên quan',
  '関連記事',
];

const questions = [
  { page: newsPages[0], question: 'How many trainees will the Harbor Lantern stop-motion workshop take?', fact: /36/u },
  { page: newsPages[1], question: '서울 웹툰 채색 아카데미는 수강생을 몇 명 모집하나요?', fact: /48명/u },
  {
    page: newsPages[2],
    question: 'Xưởng lồng tiếng Sông Hàn tuyển bao nhiêu diễn viên lồng tiếng?',
    fact: /25 diễn viên/u,
  },
  { page: newsPages[3], question: '札幌の背景美術スクールの新課程の定員は何人ですか？', fact: /20人/u },
];

describe('matchcut ingest <url>', () => {
  it('ingests pages in four languages; answers cite the headline and the clean URL, never the furniture', async () => {
    const dataDir = await dataFolder();
    const env = allowStandIn(dataDir);
    // The English page through a redirect chain that ends on an address with tracking parameters.
    const addresses = [
      `${site.base}/go/1`,
      ...newsPages.slice(1).map((page) => `${site.base}${page.path}?fbclid=share1`),
    ];
    const ingest = await runCli(['ingest', ...addresses], { env, timeoutMs: 120_000 });
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout.match(/^added /gmu)).toHaveLength(4);

    const answers = await askBatchJson(
      questions.map((entry) => entry.question),
      env,
    );
    for (const [index, { page, question, fact }] of questions.entries()) {
      const answer = answers[index] as AskJson;
      expect(answer.grounded, question).toBe(true);
      expect(answer.answer).toMatch(fact);
      const citation = answer.citations[0];
      expect(citation?.title).toBe(page?.headline);
      expect(citation?.url).toBe(`${site.base}${page?.path}`);
      const shown = [answer.answer, ...answer.citations.map((cited) => cited.quote)].join('\n');
      for (const phrase of furniturePhrases) expect(shown).not.toContain(phrase);
    }
    // The stored articles hold the article text only.
    const folder = path.join(dataDir, 'articles');
    for (const file of readdirSync(folder)) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      for (const phrase of furniturePhrases) expect(text, `${file} holds "${phrase}"`).not.toContain(phrase);
      expect(text).not.toMatch(/utm_|fbclid|gclid/u);
    }

    // The same pages again (another tracking parameter) are unchanged: nothing is added twice.
    const again = await runCli(['ingest', `${site.base}${newsPages[1]?.path}?utm_source=x`], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^unchanged /mu);
    expect(readdirSync(folder)).toHaveLength(4);

    const listed = await runCli(['articles', 'list', '--json'], { env });
    expect(listed.code, listed.stderr).toBe(0);
    const articles = JSON.parse(listed.stdout) as Record<string, unknown>[];
    for (const article of articles) {
      expect(Object.keys(article).sort()).toEqual(['id', 'language', 'passages', 'published', 'title', 'url']);
    }
    const fromWeb = articles.filter((article) => typeof article.url === 'string' && article.url.startsWith(site.base));
    expect(fromWeb.map((article) => [article.title, article.language, article.published]).sort()).toEqual(
      newsPages.map((page) => [page.headline, page.language, page.published]).sort(),
    );
    for (const article of fromWeb) expect(article.passages).toBeGreaterThanOrEqual(1);

    // Removing an ingested article takes it out of the answers; a shipped one is refused.
    const japanese = fromWeb.find((article) => article.language === 'ja');
    const removed = await runCli(['articles', 'remove', String(japanese?.id)], { env });
    expect(removed.code, removed.stderr).toBe(0);
    const after = await askJson(questions[3]?.question ?? '', env);
    expect(after.citations.map((cited) => cited.url)).not.toContain(`${site.base}${newsPages[3]?.path}`);
    const shipped = articles.find((article) => article.url === null || !String(article.url).startsWith(site.base));
    const refused = await runCli(['articles', 'remove', String(shipped?.id)], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('is shipped with matchcut');
  }, 240_000);

  it('refuses what it must not fetch: exit 2, one line naming the URL and the reason, nothing added', async () => {
    const dataDir = await dataFolder();
    const cases: { url: string; env: Record<string, string>; reason: string }[] = [
      {
        url: `${site.base}${newsPages[0]?.path}`,
        env: { MATCHCUT_DATA_DIR: dataDir },
        reason: '127.0.0.1 is a loopback address',
      },
      {
        url: `${site.base}/to-private`,
        env: allowStandIn(dataDir),
        reason: 'it redirects to http://10.20.30.40/admin, and 10.20.30.40 is a private address',
      },
      { url: `${site.base}/huge`, env: allowStandIn(dataDir), reason: 'the page is larger than 10 MB' },
      { url: `${site.base}/report.pdf`, env: allowStandIn(dataDir), reason: 'it is application/pdf, not text/html' },
      { url: `${site.base}/loop`, env: allowStandIn(dataDir), reason: 'more than 5 redirects' },
      { url: 'file:///etc/passwd', env: allowStandIn(dataDir), reason: 'only http and https' },
    ];
    for (const { url, env, reason } of cases) {
      const result = await runCli(['ingest', url], { env });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`matchcut: cannot fetch ${url}: `);
      expect(lines[0]).toContain(reason);
    }
    const folder = path.join(dataDir, 'articles');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  }, 120_000);
});

describe('matchcut feeds', () => {
  it('syncs new items only, a second sync adds nothing, and an updated item replaces its earlier version', async () => {
    const dataDir = await dataFolder();
    const env = allowStandIn(dataDir);
    for (const feed of ['rss.xml', 'atom.xml']) {
      const added = await runCli(['feeds', 'add', `${site.base}/feeds/${feed}`], { env });
      expect(added.code, added.stderr).toBe(0);
    }
    const notAFeed = await runCli(['feeds', 'add', `${site.base}${newsPages[0]?.path}`], { env });
    expect(notAFeed.code).toBe(2);
    expect(notAFeed.stderr).toContain('it is text/html, not application/rss+xml');

    const first = await runCli(['feeds', 'sync'], { env, timeoutMs: 120_000 });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('synced 2 feed(s), 5 item(s): 5 fetched, 5 added, 0 updated, 0 unchanged, 0 failed');
    const fetchedPages = () => site.requests.filter((request) => request.path.startsWith('/news/')).length;
    const pagesAfterFirst = fetchedPages();

    const second = await runCli(['feeds', 'sync'], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('5 item(s): 0 fetched, 0 added, 0 updated, 5 unchanged, 0 failed');
    expect(fetchedPages()).toBe(pagesAfterFirst);
    expect(readdirSync(path.join(dataDir, 'articles'))).toHaveLength(5);

    site.revise();
    const third = await runCli(['feeds', 'sync'], { env });
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain('1 fetched, 0 added, 1 updated, 4 unchanged, 0 failed');
    const files = readdirSync(path.join(dataDir, 'articles'));
    expect(files).toHaveLength(5);
    const revised = files
      .map((file) => readFileSync(path.join(dataDir, 'articles', file), 'utf8'))
      .filter((text) => text.includes('Kestrel Festival'));
    expect(revised).toHaveLength(1);
    expect(revised[0]).toContain('140 exhibitors');
    expect(revised[0]).not.toContain('120 exhibitors');
    const answer = await askJson('How many exhibitors does the Kestrel Festival content market expect?', env);
    expect(answer.answer).toContain('140');
    expect(answer.citations[0]?.url).toBe(`${site.base}${revisedPagePath}`);

    const listed = await runCli(['feeds', 'list', '--json'], { env });
    const feeds = JSON.parse(listed.stdout) as { id: number; url: string; articles: number }[];
    expect(feeds.map((feed) => [feed.url, feed.articles])).toEqual([
      [`${site.base}/feeds/rss.xml`, 2],
      [`${site.base}/feeds/atom.xml`, 3],
    ]);
    const removed = await runCli(['feeds', 'remove', String(feeds[0]?.id)], { env });
    expect(removed.code, removed.stderr).toBe(0);
    const unknown = await runCli(['feeds', 'remove', 'https://nowhere.example/feed.xml'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no feed "https://nowhere.example/feed.xml"');
  }, 240_000);
});
