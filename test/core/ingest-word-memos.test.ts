/**
 * Speed work at ingest that must not change the index: the words' readings kept across passages (name scan, reading
 * keys, lexicon stems) give each chunk the same lines, BM25 terms and vector whatever was read before it, and an
 * article's lead is the first sentence splitSentences gives, found without splitting the rest.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSentence, splitSentences } from '../../src/answer/sentences.js';
import { createAliasIndex } from '../../src/knowledge/article-aliases.js';
import { type Chunk, createChunker } from '../../src/knowledge/chunk-articles.js';
import { ingestArticles } from '../../src/knowledge/ingest-articles.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { analyseBatch, batchLines, batchTerms, createTermNumbers } from '../../src/retrieval/chunk-line.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { chunkerSettings } from '../../src/retrieval/index-generations.js';
import { learnAliasGroups } from '../../src/retrieval/learnt-aliases.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let folder: string;
let cleanup: () => Promise<void>;
let articles: Article[];
// The shipped articles and the evaluation captures, as a build reads them: ingested once for both tests (neither
// changes them).
beforeAll(async () => {
  ({ folder, cleanup } = await createTemporaryFolder('matchcut-word-memos-'));
  const captures = path.join(repositoryRoot, 'test', 'fixtures', 'eval', 'answers', 'articles');
  await ingestArticles([captures], { dataDir: folder, logger: createSilentLogger() });
  ({ articles } = await loadArticles([path.join(folder, 'articles'), path.join(shippedKnowledgeDir, 'articles')]));
}, 120_000);
afterAll(async () => cleanup());

describe('word readings kept across the passages of a build', () => {
  it('give every fixture chunk the same line, terms and vector read forwards or backwards', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'), {
      cacheDir: path.join(folder, 'cache'),
    });
    const aliases = createAliasIndex({ ...learnAliasGroups(articles), names: [] });
    const embedder = new HashedEmbedder({ glossary });
    const chunkArticle = createChunker(chunkerSettings);
    const chunks: Chunk[] = [];
    for (const article of articles) chunks.push(...(await chunkArticle(article)));
    expect(chunks.length).toBeGreaterThan(150);
    const each = (order: readonly Chunk[]) => {
      const context = { glossary, aliases, embedder, titles: new Map(), terms: createTermNumbers('test') };
      const known = new Map<string, string[]>();
      const byId = new Map<string, unknown>();
      for (const chunk of order) {
        const work = analyseBatch([chunk], context);
        const [line] = batchLines(work);
        const [terms] = batchTerms(work, known);
        byId.set(chunk.id, { line, terms, vector: [...(work.vectors ?? [])] });
      }
      return byId;
    };
    // Forwards (the readings kept as they come), then backwards (each chunk's words known from the first pass).
    const forwards = each(chunks);
    const backwards = each([...chunks].reverse());
    for (const chunk of chunks) expect(backwards.get(chunk.id)).toEqual(forwards.get(chunk.id));
  }, 120_000);
});

describe('an article lead (firstSentence)', () => {
  it('is the first sentence splitSentences gives, on every fixture article and its openings', async () => {
    expect(articles.length).toBeGreaterThan(100);
    for (const article of articles)
      for (const length of [40, 200, 1_500, article.text.length]) {
        const opening = article.text.slice(0, length);
        expect(firstSentence(opening)).toBe(splitSentences(opening)[0]);
      }
    const cases = [
      '',
      '\n\n',
      'No end',
      '\nDr. Kim J. Lee met U.S. officials. The studio grew.',
      '東京。大阪。',
      ' . \nA b.',
    ];
    for (const text of cases) expect(firstSentence(text)).toBe(splitSentences(text)[0]);
  }, 60_000);
});
