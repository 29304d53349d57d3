/**
 * Asks off the event loop (issue 17 item 1): the ask worker pool answers like the main thread,
 * leaves the event loop free while it works, refuses with BUSY beyond its queue, follows a
 * new index generation between questions, and keeps a process alive while it is awaited, not once idle.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMatchcutError } from '../../src/errors.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { type OpenedKnowledge, openKnowledge } from '../../src/open-knowledge.js';
import { syntheticArticles } from '../helpers/synthetic-articles.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';

const logger = createSilentLogger();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function knowledgeFolders(articleCount: number) {
  const temporary = await createTemporaryFolder('matchcut-workers-');
  cleanups.push(temporary.cleanup);
  const knowledgeDir = path.join(temporary.folder, 'knowledge');
  await mkdir(path.join(knowledgeDir, 'articles'), { recursive: true });
  await copyFile(path.join(repositoryRoot, 'knowledge', 'glossary.yaml'), path.join(knowledgeDir, 'glossary.yaml'));
  for (const article of syntheticArticles(articleCount)) {
    await writeFile(path.join(knowledgeDir, 'articles', `${article.id}.md`), articleFile(article));
  }
  return { dataDir: path.join(temporary.folder, 'data'), knowledgeDir };
}

async function open(
  folders: { dataDir: string; knowledgeDir: string },
  options: { askWorkers?: number; askQueueLimit?: number; watchIntervalMs?: number } = {},
): Promise<OpenedKnowledge> {
  const opened = await openKnowledge(folders, { logger, watchIntervalMs: 0, ...options });
  cleanups.push(async () => {
    opened.stopWatching();
    await opened.askWorkers?.close();
    opened.index.close();
  });
  return opened;
}

function articleFile(article: { id: string; title: string; language: string; text: string }): string {
  return `---\nid: ${article.id}\ntitle: ${JSON.stringify(article.title)}\nlanguage: ${article.language}\n---\n\n${article.text}\n`;
}

const kestrel = [
  '---',
  'id: kestrel-animation-lab',
  'title: Kestrel Animation Lab opens in Nukus',
  'language: en',
  '---',
  '',
  'Kestrel Animation Lab, a new training studio in Nukus, will accept 64 trainees each year in',
  'its 2D animation course. Graduates are offered internships at partner studios in Tashkent.',
].join('\n');
const kestrelQuestion = 'How many trainees does Kestrel Animation Lab accept each year?';

describe('ask worker pool', () => {
  it('answers on a worker thread like the main thread, and a timer fires while a long ask runs', async () => {
    const folders = await knowledgeFolders(300);
    const inline = await open(folders);
    const pooled = await open(folders, { askWorkers: 1 });
    expect(await pooled.askWorkers?.ready()).toBe(true);
    const mainThreadSearch = vi.spyOn(pooled.index.lexical, 'search');
    // A long question (many terms, long posting lists): the slowest kind of ask.
    const words = syntheticArticles(60).map((article) => article.title);
    const longQuestion = `Which studio runs ${words.join(', ')}?`.slice(0, 1_990);
    let timerFired = false;
    const asking = pooled.ask(longQuestion);
    setTimeout(() => {
      timerFired = true;
    }, 1);
    const answer = await asking;
    expect(timerFired).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(mainThreadSearch).not.toHaveBeenCalled();
    expect(answer).toEqual(await inline.ask(longQuestion));
    const short = 'How many trainees does the animation course 12 accept?';
    expect(await pooled.ask(short)).toEqual(await inline.ask(short));
  }, 120_000);

  it('refuses with BUSY once the queue is full, and answers the asks it accepted', async () => {
    const folders = await knowledgeFolders(60);
    const pooled = await open(folders, { askWorkers: 1, askQueueLimit: 1 });
    expect(await pooled.askWorkers?.ready()).toBe(true);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) => pooled.ask(`Which studio trains compositing artists, program ${index}?`)),
    );
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    for (const result of results.slice(2)) {
      const reason = (result as PromiseRejectedResult).reason as unknown;
      expect(isMatchcutError(reason) && reason.code).toBe('BUSY');
      expect(isMatchcutError(reason) && reason.userMessage).toMatch(/try again in a moment/);
    }
    // Once the queue drains, asks are accepted again.
    expect((await pooled.ask('Which studio trains editing artists?')).citations.length).toBeGreaterThan(0);
  }, 120_000);

  it('answers from a new index generation once the core has switched to it', async () => {
    const folders = await knowledgeFolders(40);
    const pooled = await open(folders, { askWorkers: 1, watchIntervalMs: 100 });
    const pool = pooled.askWorkers;
    expect(await pool?.ready()).toBe(true);
    const firstFolder = pooled.index.folder;
    expect((await pooled.ask(kestrelQuestion)).text).not.toMatch(/\b64\b/);

    // Another opener (as `matchcut ingest` would) builds a generation with the new article.
    await writeFile(path.join(folders.knowledgeDir, 'articles', 'kestrel.md'), kestrel);
    const builder = await open(folders);
    expect(builder.rebuilt).toBe(true);

    const run = vi.spyOn(pool as NonNullable<typeof pool>, 'run');
    const deadline = Date.now() + 30_000;
    let answer = await pooled.ask(kestrelQuestion);
    while (!/\b64\b/.test(answer.text) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await pooled.ask(kestrelQuestion);
    }
    expect(answer.grounded).toBe(true);
    expect(answer.text).toMatch(/\b64\b/);
    expect(pooled.index.folder).not.toBe(firstFolder);
    // The answer came from the worker, asked for the new generation.
    const last = run.mock.results.at(-1);
    expect(run.mock.calls.at(-1)?.[1]).toBe(pooled.index.folder);
    expect(last?.type === 'return' && last.value).toBeInstanceOf(Promise);
  }, 120_000);

  it('keeps a script whose only work is awaiting ready() alive until a worker is ready, then lets it end', async () => {
    const folders = await knowledgeFolders(40);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repositoryRoot, 'test/fixtures/ask-workers-ready-child.ts'),
        folders.dataDir,
        folders.knowledgeDir,
      ],
      { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => (output += data));
    child.stderr.setEncoding('utf8').on('data', (data: string) => (output += data));
    // Ends on its own (the pool, idle once ready, holds nothing open) or is killed by the test's limit.
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(output.trim()).toBe('ready true');
    expect(exitCode).toBe(0);
  }, 120_000);
});
