import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/knowledge/ingest-articles.js';
import { listArticleFiles } from '../../src/knowledge/list-article-files.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { knowledgeFingerprint } from '../../src/knowledge/load-knowledge.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';

const logger = createSilentLogger();
const captures = path.join(repositoryRoot, 'test', 'fixtures', 'captures');
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function workspace() {
  const temporary = await createTemporaryFolder();
  cleanup = temporary.cleanup;
  const knowledgeDir = path.join(temporary.folder, 'knowledge');
  const dataDir = path.join(temporary.folder, 'data');
  const inbox = path.join(temporary.folder, 'inbox');
  await mkdir(path.join(knowledgeDir, 'articles'), { recursive: true });
  await mkdir(inbox);
  await writeFile(
    path.join(knowledgeDir, 'articles', 'studio-news.md'),
    '---\nid: studio-news\ntitle: Studio news\nlanguage: en\n---\nA shipped article about a studio in Seoul.\n',
  );
  return { knowledgeDir, dataDir, inbox, options: { dataDir, knowledgeDir, logger } };
}

const story = (title: string, sentence: string) => `${title}\n\n${sentence}\n`;

describe('ingest ids are unique across runs and the shipped set', () => {
  it('keeps a different file with the same title under a new id, and says "unchanged" for the same bytes', async () => {
    const { inbox, dataDir, options } = await workspace();
    const first = path.join(inbox, 'first.txt');
    const second = path.join(inbox, 'second.txt');
    await writeFile(
      first,
      story('Lotus Frame opens an academy', 'Lotus Frame will train 120 compositors a year in Da Nang.'),
    );
    await writeFile(
      second,
      story('Lotus Frame opens an academy', 'Lotus Frame will train 80 animators a year in Hue.'),
    );
    const run1 = await ingestArticles([first], options);
    expect(run1.added.map((entry) => entry.id)).toEqual(['lotus-frame-opens-an-academy']);
    const run2 = await ingestArticles([second], options);
    expect(run2.added.map((entry) => entry.id)).toEqual(['lotus-frame-opens-an-academy-2']);
    const run3 = await ingestArticles([first, second], options);
    expect(run3.added).toEqual([]);
    expect(run3.unchanged.map((entry) => entry.id)).toEqual([
      'lotus-frame-opens-an-academy',
      'lotus-frame-opens-an-academy-2',
    ]);
    const { articles } = await loadArticles([path.join(dataDir, 'articles')]);
    expect(articles.map((article) => article.text).sort()).toEqual([
      'Lotus Frame will train 120 compositors a year in Da Nang.',
      'Lotus Frame will train 80 animators a year in Hue.',
    ]);
  });

  it('replaces the article of a changed file at the same path and keeps its id', async () => {
    const { inbox, dataDir, options } = await workspace();
    const file = path.join(inbox, 'news.txt');
    await writeFile(file, story('Harbor Light hires in Lisbon', 'Harbor Light will hire 45 artists.'));
    await ingestArticles([file], options);
    await writeFile(file, story('Harbor Light hires in Lisbon', 'Harbor Light will hire 60 artists.'));
    const again = await ingestArticles([file], options);
    expect(again.updated.map((entry) => entry.id)).toEqual(['harbor-light-hires-in-lisbon']);
    const { articles } = await loadArticles([path.join(dataDir, 'articles')]);
    expect(articles.map((article) => article.text)).toEqual(['Harbor Light will hire 60 artists.']);
  });

  it("names both files when a front matter id is a shipped article's, and gives a derived one a new id", async () => {
    const { inbox, knowledgeDir, options } = await workspace();
    const explicit = path.join(inbox, 'explicit.md');
    const derived = path.join(inbox, 'derived.txt');
    await writeFile(
      explicit,
      '---\nid: studio-news\ntitle: Other\nlanguage: en\n---\nSomething else entirely about a studio.\n',
    );
    await writeFile(derived, story('Studio news', 'A new article whose title equals the shipped one.'));
    const result = await ingestArticles([explicit, derived], options);
    expect(result.problems.map(formatProblem)).toEqual([
      `${explicit} → front matter.id: "studio-news" is already used by the shipped article ${path.join(knowledgeDir, 'articles', 'studio-news.md')}; give this file another id`,
    ]);
    expect(result.added.map((entry) => entry.id)).toEqual(['studio-news-2']);
  });
});

describe('bad paths are reported and skipped', () => {
  it('ingests the good files beside a dangling link, a folder named x.md, a link loop and a missing path', async () => {
    const { inbox, options } = await workspace();
    await writeFile(
      path.join(inbox, 'good.txt'),
      story('Blue Crane signs a deal', 'Blue Crane will animate three films.'),
    );
    await symlink(path.join(inbox, 'gone.md'), path.join(inbox, 'dangling.md'));
    await mkdir(path.join(inbox, 'folder.md'));
    await symlink(inbox, path.join(inbox, 'loop'));
    const result = await ingestArticles(
      [inbox, path.join(inbox, 'dangling.md'), path.join(inbox, 'missing.txt')],
      options,
    );
    expect(result.added.map((entry) => entry.id)).toEqual(['blue-crane-signs-a-deal']);
    const lines = result.problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/dangling\.md → \(path\): .*(missing|gone)/));
    expect(lines).toContainEqual(expect.stringMatching(/loop → \(path\): a symbolic link loop/));
    expect(lines).toContainEqual(expect.stringMatching(/missing\.txt → \(path\): no such file or folder/));
  });

  it('lets every command list the data folder with a dangling link in it, and removes temporary files of killed writers', async () => {
    const { dataDir, knowledgeDir, inbox, options } = await workspace();
    await writeFile(
      path.join(inbox, 'good.txt'),
      story('Blue Crane signs a deal', 'Blue Crane will animate three films.'),
    );
    await ingestArticles([path.join(inbox, 'good.txt')], options);
    const articles = path.join(dataDir, 'articles');
    await symlink(path.join(dataDir, 'nowhere.md'), path.join(articles, 'broken.md'));
    const finished = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    const stale = path.join(articles, `half-written.md.${finished.pid}.0123abcd.tmp`);
    const live = path.join(articles, `being-written.md.${process.ppid}.89abcdef.tmp`);
    await writeFile(stale, 'partial');
    await writeFile(live, 'partial');
    expect(await listArticleFiles(articles)).toEqual([path.join(articles, 'blue-crane-signs-a-deal.md')]);
    expect((await readdir(articles)).sort()).toEqual([
      'being-written.md.' + process.ppid + '.89abcdef.tmp',
      'blue-crane-signs-a-deal.md',
      'broken.md',
    ]);
    await expect(knowledgeFingerprint({ dataDir, knowledgeDir }, 'glossary')).resolves.toMatch(/^[0-9a-f]+$/);
    const loaded = await loadArticles([articles]);
    expect(loaded.articles.map((article) => article.id)).toEqual(['blue-crane-signs-a-deal']);
    expect(loaded.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/broken\.md → \(path\)/));
  });
});

describe('ingest of captures', () => {
  it('stores an HTML page with its headline, date, author, outlet, language and canonical URL', async () => {
    const { inbox, dataDir, options } = await workspace();
    await cp(path.join(captures, 'en-page.html'), path.join(inbox, 'page.html'));
    const result = await ingestArticles([path.join(inbox, 'page.html')], options);
    expect(result.problems).toEqual([]);
    const id = 'northwind-pictures-signs-a-three-film-deal-with-a-seoul-animation-house';
    expect(result.added).toEqual([
      { id, file: path.join(inbox, 'page.html'), language: 'en', title: expect.stringContaining('Northwind') },
    ]);
    const { articles } = await loadArticles([path.join(dataDir, 'articles')]);
    expect(articles[0]).toMatchObject({
      id,
      published: '2025-05-20',
      author: 'Tom Reyes',
      outlet: 'Screen Ledger',
      // A saved file has no address to resolve the relative canonical link against: og:url stands in.
      url: 'https://www.screenledger.example/news/northwind-seoul-deal',
    });
    expect(articles[0]?.text).not.toMatch(/cookies|Sign in|Related|Most read/);
  });

  it('strips terminal escapes and control characters from what it stores', async () => {
    const { inbox, dataDir, options } = await workspace();
    const file = path.join(inbox, 'hostile.txt');
    await writeFile(
      file,
      'Studio \u001b[31mRed\u001b[0m opens\n\nThe studio \u001b]0;pwned\u0007will hire\u0085 12\u009b2J artists in Hanoi.\n',
    );
    const result = await ingestArticles([file], options);
    expect(result.problems).toEqual([]);
    const stored = await readFile(path.join(dataDir, 'articles', `${result.added[0]?.id}.md`), 'utf8');
    expect(stored).toContain('title: Studio Red opens');
    expect(stored).toContain('The studio will hire 12 artists in Hanoi.');
    expect(
      [...stored].filter((character) => character !== '\n' && character !== '\t' && /\p{Cc}/u.test(character)),
    ).toEqual([]);
  });
});

describe('articles ingested before sources were recorded', () => {
  it('adopts an earlier article with the same id and text instead of adding a copy', async () => {
    const { inbox, dataDir, options } = await workspace();
    const file = path.join(inbox, 'story.txt');
    await writeFile(file, story('Blue Crane signs a deal', 'Blue Crane will animate three films.'));
    await mkdir(path.join(dataDir, 'articles'), { recursive: true });
    await writeFile(
      path.join(dataDir, 'articles', 'blue-crane-signs-a-deal.md'),
      '---\nid: blue-crane-signs-a-deal\ntitle: Blue Crane signs a deal\nlanguage: en\n---\n\nBlue Crane will animate three films.\n',
    );
    const first = await ingestArticles([file], options);
    expect(first.added).toEqual([]);
    expect(first.unchanged.map((entry) => entry.id)).toEqual(['blue-crane-signs-a-deal']);
    const again = await ingestArticles([file], options);
    expect(again.unchanged.map((entry) => entry.id)).toEqual(['blue-crane-signs-a-deal']);
    expect(await readdir(path.join(dataDir, 'articles'))).toEqual(['blue-crane-signs-a-deal.md']);
  });
});
