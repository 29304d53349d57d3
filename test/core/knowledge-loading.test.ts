import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createChunker } from '../../src/knowledge/chunk-articles.js';
import { cleanCapture } from '../../src/knowledge/clean-capture.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('knowledge articles', () => {
  it('loads the four seed articles with their front matter and full text', async () => {
    const { articles, problems } = await loadArticles([path.join(shippedKnowledgeDir, 'articles')]);
    expect(problems).toEqual([]);
    const byId = new Map(articles.map((article) => [article.id, article]));
    expect([...byId.keys()].sort()).toEqual([
      'joongang-netflix-kocca-kofic-mou',
      'kocca-vietnam-office',
      'netflix-kocca-kofic-mou-2025',
      'uzbekistan-korea-digital-content',
    ]);
    expect(byId.get('kocca-vietnam-office')?.language).toBe('vi');
    expect(byId.get('kocca-vietnam-office')?.text).toContain('B2B matching dưới hình thức online');
    expect(byId.get('joongang-netflix-kocca-kofic-mou')?.published).toBe('2025-04-25');
    expect(byId.get('joongang-netflix-kocca-kofic-mou')?.outlet).toBe('Korea JoongAng Daily');
    expect(byId.get('uzbekistan-korea-digital-content')?.text).toContain('the company employs 42 people');
    const everything = articles.map((article) => article.text).join('\n');
    for (const furniture of [
      'logged in',
      'Log in to Twitter',
      'print dictionary',
      'Standards Board Policy',
      'Related Stories',
      'See more related',
    ]) {
      expect(everything).not.toContain(furniture);
    }
  });

  it('reports a broken file with its path and field and still loads the others', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const folder = path.join(temporary.folder, 'articles');
    await mkdir(folder);
    await writeFile(
      path.join(folder, 'good.md'),
      '---\nid: good-one\ntitle: Good\nlanguage: en\n---\nVFX training in Samarkand.\n',
    );
    await writeFile(
      path.join(folder, 'bad-date.md'),
      '---\nid: bad-date\ntitle: Bad\nlanguage: en\npublished: 25 April\n---\nText.\n',
    );
    await writeFile(path.join(folder, 'no-id.md'), '---\ntitle: No id\nlanguage: en\n---\nText.\n');
    await writeFile(path.join(folder, 'broken-yaml.md'), '---\nid: [unclosed\n---\nText.\n');
    await writeFile(path.join(folder, 'no-front-matter.md'), 'Just text.\n');
    const { articles, problems } = await loadArticles([folder]);
    expect(articles.map((article) => article.id)).toEqual(['good-one']);
    const lines = problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(/bad-date\.md → front matter\.published: must be a date written YYYY-MM-DD/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/no-id\.md → front matter\.id: /));
    expect(lines).toContainEqual(expect.stringMatching(/broken-yaml\.md → front matter: not valid YAML/));
    expect(lines).toContainEqual(expect.stringMatching(/no-front-matter\.md → front matter: missing/));
  });

  it('reports glossary entries by index and field', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const file = path.join(temporary.folder, 'glossary.yaml');
    await writeFile(
      file,
      '- id: vfx\n  category: skill\n  en: [VFX]\n  ko: [시각효과]\n- id: Bad Id\n  category: skill\n  en: [x]\n- id: nuke\n  category: tool\n  en: [Nuke]\n',
    );
    const { glossary, problems } = await loadGlossary(file);
    expect(glossary.concepts.has('vfx')).toBe(true);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/glossary\.yaml → \[1\]\.id: must be kebab-case/),
      expect.stringMatching(/glossary\.yaml → \[2\]\.category: /),
    ]);
  });

  it('chunks keep article id, title and position, and cover the text', async () => {
    const { articles } = await loadArticles([path.join(shippedKnowledgeDir, 'articles')]);
    const chunkArticle = createChunker({ chunkSize: 400, chunkOverlap: 60 });
    for (const article of articles) {
      const chunks = await chunkArticle(article);
      expect(chunks.length).toBeGreaterThan(1);
      chunks.forEach((chunk, index) => {
        expect(chunk).toMatchObject({
          articleId: article.id,
          title: article.title,
          position: index,
          id: `${article.id}#${index}`,
        });
        expect(chunk.text.length).toBeLessThanOrEqual(400);
        expect(article.text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
      });
      // Sentence-aware: chunks end at a sentence, paragraph or (for sentences longer than a chunk) clause end, never mid-word.
      for (const chunk of chunks.slice(0, -1)) {
        const following = article.text.slice(chunk.start + chunk.text.length, chunk.start + chunk.text.length + 1);
        expect(/[.!?。”"…)\];,]$/.test(chunk.text) || following === '\n' || following === ' ').toBe(true);
      }
    }
  });

  it('drops page furniture from web captures and keeps the article', async () => {
    const { readFile } = await import('node:fs/promises');
    const seeds = path.resolve(repositoryRoot, '..', 'shared', 'seeds');
    const capture = [
      'Home > Entertainment > Television',
      'print dictionary print',
      'Studio X opens a VFX school in Da Nang',
      'Studio X said on Monday it will train 200 compositors a year.',
      'Related Stories',
      'Another headline about something else',
      'Log in to Twitter or Facebook account to connect',
      'You must be logged in to post a comment.',
    ].join('\n');
    const cleaned = cleanCapture(capture);
    expect(cleaned.title).toBe('Studio X opens a VFX school in Da Nang');
    expect(cleaned.text).toBe('Studio X said on Monday it will train 200 compositors a year.');
    const seed = await readFile(path.join(seeds, '002_3f2fd5631beccc17.txt'), 'utf8').catch(() => undefined);
    if (seed !== undefined) {
      const cleanedSeed = cleanCapture(seed);
      expect(cleanedSeed.published).toBe('2025-04-25');
      expect(cleanedSeed.text).toContain('over 2,400 university students and industry workers');
      expect(cleanedSeed.text).not.toMatch(/Log in|lock icon|Standards Board|print dictionary|More in Television/);
    }
  });

  it('detects the languages members write in', () => {
    expect(detectLanguage('How many people work at IT Works Korea?')).toBe('en');
    expect(detectLanguage('넷플릭스와 교육 협약을 맺은 기관은?')).toBe('ko');
    expect(detectLanguage('Netflix đã đào tạo bao nhiêu người?')).toBe('vi');
    expect(detectLanguage('サマルカンドに事務所を開いた会社は?')).toBe('ja');
    expect(detectLanguage('Сколько человек работает в IT Works Korea?')).toBe('ru');
    expect(detectLanguage("Samarqandda qaysi kompaniya ofis ochdi va u nima bilan shug'ullanadi?")).toBe('uz');
  });
});
