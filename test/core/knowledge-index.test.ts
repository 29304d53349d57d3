import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analysePassage } from '../../src/answer/passage-analysis.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { createHybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { indexFormatVersion, openKnowledgeIndex } from '../../src/retrieval/knowledge-index.js';
import { syntheticArticles } from '../helpers/synthetic-articles.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';

const logger = createSilentLogger();
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function temporaryDataDir() {
  const temporary = await createTemporaryFolder();
  cleanup = temporary.cleanup;
  return temporary.folder;
}

describe('offline embedder', () => {
  it('is deterministic, L2-normalised and of fixed dimension', async () => {
    const embedder = new HashedEmbedder({ dimensions: 256 });
    const texts = [
      'VFX compositing training in Samarkand',
      '넷플릭스와 교육 협약',
      'Đào tạo hậu kỳ tại Hà Nội',
      'ポストプロダクション',
      '',
    ];
    const first = await embedder.embedDocuments(texts);
    const second = await new HashedEmbedder({ dimensions: 256 }).embedDocuments(texts);
    expect(first).toEqual(second);
    for (const vector of first.slice(0, 4)) {
      expect(vector).toHaveLength(256);
      const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
      expect(norm).toBeCloseTo(1, 6);
    }
    expect(first[4]?.every((value) => value === 0)).toBe(true);
    expect(await embedder.embedQuery(texts[0] as string)).toEqual(first[0]);
  });

  it('places related texts closer than unrelated ones, in Korean and Vietnamese too', () => {
    const embedder = new HashedEmbedder();
    const cosine = (left: string, right: string) => {
      const a = embedder.embedText(left);
      const b = embedder.embedText(right);
      return a.reduce((sum, value, index) => sum + value * (b[index] as number), 0);
    };
    expect(cosine('compositor training', 'compositing trainees')).toBeGreaterThan(
      cosine('compositor training', 'wedding photography'),
    );
    expect(cosine('한국콘텐츠진흥원은 교육을', '한국콘텐츠진흥원의 교육 과정')).toBeGreaterThan(
      cosine('한국콘텐츠진흥원은 교육을', '부산 시장'),
    );
    expect(cosine('đào tạo hậu kỳ', 'dao tao hau ky')).toBeGreaterThan(0.8);
  });

  it('shares a feature across languages through the glossary', () => {
    const glossary = createGlossary([
      {
        id: 'post-production',
        category: 'skill',
        broader: [],
        en: ['post-production'],
        ko: ['후반 작업'],
        vi: ['hậu kỳ'],
        ja: ['ポストプロダクション'],
        ru: ['постпродакшн'],
        uz: [],
      },
    ]);
    const plain = new HashedEmbedder();
    const bridged = new HashedEmbedder({ glossary });
    const similarity = (embedder: HashedEmbedder, left: string, right: string) => {
      const a = embedder.embedText(left);
      const b = embedder.embedText(right);
      return a.reduce((sum, value, index) => sum + value * (b[index] as number), 0);
    };
    expect(similarity(bridged, 'hậu kỳ', 'post-production')).toBeGreaterThan(0.5);
    expect(similarity(plain, 'hậu kỳ', 'post-production')).toBeLessThan(0.2);
    expect(bridged.id).not.toBe(plain.id);
  });
});

describe('persisted index', () => {
  it('saves, reuses on restart, and rebuilds when the knowledge or the embedder changes', async () => {
    const dataDir = await temporaryDataDir();
    const articles = syntheticArticles(30);
    const embedder = new HashedEmbedder();
    const first = await openKnowledgeIndex({ dataDir, articles, glossary: undefined, embeddings: embedder, logger });
    expect(first.rebuilt).toBe(true);
    expect(first.index.size).toBeGreaterThanOrEqual(30);
    const firstHits = first.index.dense(await embedder.embedQuery('webtoon program in Hanoi'), 5);
    first.index.close();

    const second = await openKnowledgeIndex({
      dataDir,
      articles,
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger,
    });
    expect(second).toMatchObject({ rebuilt: false, reason: 'reused' });
    expect(second.index.dense(await embedder.embedQuery('webtoon program in Hanoi'), 5)).toEqual(firstHits);
    expect(second.index.chunk(0).article.id).toBe(articles[0]?.id);
    second.index.close();

    const changed = [
      ...articles.slice(1),
      { ...(articles[0] as (typeof articles)[0]), text: 'A changed text about Nuke compositing.' },
    ];
    const third = await openKnowledgeIndex({
      dataDir,
      articles: changed,
      glossary: undefined,
      embeddings: embedder,
      logger,
    });
    expect(third).toMatchObject({ rebuilt: true, reason: 'the knowledge changed' });
    third.index.close();

    const fourth = await openKnowledgeIndex({
      dataDir,
      articles: changed,
      glossary: undefined,
      embeddings: new HashedEmbedder({ dimensions: 128 }),
      logger,
    });
    expect(fourth.rebuilt).toBe(true);
    expect(fourth.reason).toMatch(/embedder changed/);
    expect(fourth.index.manifest.dimensions).toBe(128);
    fourth.index.close();
    // Old generations are cleaned up: one generation remains.
    const generations = (await readdir(path.join(dataDir, 'index'))).filter((entry) => entry.startsWith('gen-'));
    expect(generations).toHaveLength(1);
  });

  it('stores each passage as the answerer reads it (sentences, keys) and rebuilds a generation of the older format', async () => {
    const dataDir = await temporaryDataDir();
    const glossary = createGlossary([
      { id: 'vfx', category: 'skill', en: ['VFX', 'visual effects'], ko: ['시각효과'] },
      { id: 'seoul', category: 'place', en: ['Seoul'], ko: ['서울'] },
    ]);
    const articles = [
      ...syntheticArticles(6),
      {
        ...(syntheticArticles(1, 7)[0] as Article),
        id: 'aliased',
        text: 'Korea Creative Content Agency (KOCCA) opened a VFX lab in Seoul. KOCCA trains 40 artists a year.',
      },
    ];
    const embeddings = new HashedEmbedder({ glossary });
    const first = await openKnowledgeIndex({ dataDir, articles, glossary, embeddings, logger });
    const { index } = first;
    expect(index.aliases.find('KOCCA').length).toBeGreaterThan(0);
    for (let document = 0; document < index.size; document += 1) {
      const chunk = index.chunk(document);
      expect(chunk).not.toHaveProperty('passage');
      expect(index.analysedPassage(document, glossary.hash)).toEqual(analysePassage(chunk, glossary, index.aliases));
      // Keys found with another lexicon are not this one's: the answerer analyses the passage itself.
      expect(index.analysedPassage(document, 'another-lexicon')).toBeUndefined();
    }
    index.close();
    // A generation written before passages were stored (format 3) is rebuilt, not read.
    const manifestFile = path.join(index.folder, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestFile, JSON.stringify({ ...manifest, formatVersion: 3, passageGlossary: undefined }));
    const second = await openKnowledgeIndex({ dataDir, articles, glossary, embeddings, logger });
    expect(second).toMatchObject({ rebuilt: true, reason: `the index format changed (3 → ${indexFormatVersion})` });
    second.index.close();
  });

  it('ignores a half-written generation left by a crash between write and rename', async () => {
    const dataDir = await temporaryDataDir();
    const articles = syntheticArticles(20);
    const opened = await openKnowledgeIndex({
      dataDir,
      articles,
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger,
    });
    opened.index.close();
    const indexRoot = path.join(dataDir, 'index');
    const current = (await readFile(path.join(indexRoot, 'CURRENT'), 'utf8')).trim();
    // What a crash leaves: a build folder with some files and no manifest, and a temporary pointer file.
    await mkdir(path.join(indexRoot, 'building-gen-crashed'));
    await writeFile(path.join(indexRoot, 'building-gen-crashed', 'vectors.hnsw'), 'partial');
    await writeFile(path.join(indexRoot, 'CURRENT.12345.abcd.tmp'), 'gen-crashed\n');
    const reopened = await openKnowledgeIndex({
      dataDir,
      articles,
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger,
    });
    expect(reopened).toMatchObject({ rebuilt: false, reason: 'reused' });
    expect((await readFile(path.join(indexRoot, 'CURRENT'), 'utf8')).trim()).toBe(current);
    expect(reopened.index.dense(await new HashedEmbedder().embedQuery('animation'), 3)).toHaveLength(3);
    reopened.index.close();
  });

  it('keeps the previous index usable when a rebuild is killed mid-way', async () => {
    const dataDir = await temporaryDataDir();
    const small = syntheticArticles(10);
    const opened = await openKnowledgeIndex({
      dataDir,
      articles: small,
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger,
    });
    opened.index.close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repositoryRoot, 'test/fixtures/build-index-child.ts'), dataDir, '3000'],
      {
        cwd: repositoryRoot,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => {
        if (data.toString().includes('indexing')) resolve();
        if (data.toString().includes('finished')) reject(new Error('the build finished before it could be killed'));
      });
      child.on('exit', () => reject(new Error('the child ended early')));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const building = (await readdir(path.join(dataDir, 'index'))).filter((entry) => entry.startsWith('building-'));
    expect(building.length).toBe(1);
    const reopened = await openKnowledgeIndex({
      dataDir,
      articles: small,
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger,
    });
    expect(reopened).toMatchObject({ rebuilt: false, reason: 'reused' });
    expect(reopened.index.size).toBeGreaterThanOrEqual(10);
    reopened.index.close();
  }, 60_000);
});

describe('hybrid retrieval', () => {
  it('surfaces both a lexical-only hit and a dense-only hit', async () => {
    const dataDir = await temporaryDataDir();
    const filler = syntheticArticles(40, 3);
    const lexicalOnly = {
      id: 'serial-code',
      title: 'Equipment register',
      language: 'en',
      tags: [],
      file: 'a.md',
      text: 'The rental house lists camera body KX7791 among its stock for the coming season.',
    };
    const denseOnly = {
      id: 'compositors',
      title: 'Schooling',
      language: 'en',
      tags: [],
      file: 'b.md',
      text: 'Newcomers learn compositing with mentors during an intensive semester.',
    };
    const embeddings = new HashedEmbedder();
    const { index } = await openKnowledgeIndex({
      dataDir,
      articles: [...filler, lexicalOnly, denseOnly],
      glossary: undefined,
      embeddings,
      logger,
    });
    const retriever = createHybridRetriever({ index, embeddings, glossary: undefined });
    const query = 'compositor KX7791';
    const lexical = (await retriever.retrieve(query, { mode: 'lexical', limit: 10 })).map(
      (passage) => passage.chunk.articleId,
    );
    const dense = (await retriever.retrieve(query, { mode: 'dense', limit: 10 })).map(
      (passage) => passage.chunk.articleId,
    );
    expect(lexical).toContain('serial-code');
    expect(lexical).not.toContain('compositors');
    expect(dense).toContain('compositors');
    const hybrid = (await retriever.retrieve(query, { limit: 5 })).map((passage) => passage.chunk.articleId);
    expect(hybrid).toContain('serial-code');
    expect(hybrid).toContain('compositors');
    index.close();
  });
});

describe('fast start', () => {
  it('reuses the index without reading the articles while their files are unchanged, and reads them again once touched', async () => {
    const { cp, rm, stat, utimes } = await import('node:fs/promises');
    const { openKnowledge } = await import('../../src/open-knowledge.js');
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const knowledgeDir = path.join(temporary.folder, 'knowledge');
    const dataDir = path.join(temporary.folder, 'data');
    await cp(path.join(repositoryRoot, 'knowledge'), knowledgeDir, { recursive: true });
    // Each open stops watching once done with: a watcher that finds a later open's generation marks itself its reader
    // a moment later, into the folder the cleanup is removing.
    const first = await openKnowledge({ knowledgeDir, dataDir }, { logger });
    expect(first.rebuilt).toBe(true);
    expect(first.knowledge.articles).toHaveLength(4);
    first.stopWatching();
    first.index.close();
    // The lexicon's morphology index is built after the open, before any ask: its parts are written again.
    const cacheDir = path.join(dataDir, 'cache');
    const morphologyFiles = async () => (await readdir(cacheDir)).filter((name) => name.startsWith('morphology-'));
    for (const name of await morphologyFiles()) await rm(path.join(cacheDir, name));

    // Break an article's front matter but keep its size and times: a fast start does not notice, because it reads nothing.
    const file = path.join(knowledgeDir, 'articles', 'kocca-vietnam-office.md');
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('language: vi', 'language: V1'));
    await utimes(file, before.atime, before.mtime);
    const second = await openKnowledge({ knowledgeDir, dataDir }, { logger });
    expect(second.rebuildReason).toBe('reused');
    expect(second.rebuilt).toBe(false);
    expect(second.knowledge.problems).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await morphologyFiles()).toHaveLength(1);
    expect((await second.ask('KOCCA mở văn phòng tại Việt Nam khi nào?')).citations[0]?.articleId).toBe(
      'kocca-vietnam-office',
    );
    second.stopWatching();
    second.index.close();

    // Touched: the files are read again, the broken one is reported and left out.
    await utimes(file, new Date(), new Date());
    const third = await openKnowledge({ knowledgeDir, dataDir }, { logger });
    expect(third.rebuilt).toBe(true);
    expect(third.knowledge.problems.map((problem) => problem.field)).toEqual(['front matter.language']);
    expect(third.knowledge.articles.map((article) => article.id)).not.toContain('kocca-vietnam-office');
    third.stopWatching();
    third.index.close();

    // The problem is remembered: a fast start reports it again.
    const fourth = await openKnowledge({ knowledgeDir, dataDir }, { logger });
    expect(fourth.rebuilt).toBe(false);
    expect(fourth.knowledge.problems.map((problem) => problem.field)).toEqual(['front matter.language']);
    fourth.stopWatching();
    fourth.index.close();
  });
});
