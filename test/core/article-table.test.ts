import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleTable, encodeArticleTable } from '../../src/retrieval/article-table.js';
import type { ArticleMetadata } from '../../src/retrieval/knowledge-index.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

const articles: ArticleMetadata[] = [
  { id: 'a', title: 'Studio opens in Hanoi', language: 'en', url: 'https://example.org/a', outlet: 'Example' },
  { id: 'b', title: '부산 교육 과정', language: 'ko', published: '2026-03-01' },
  { id: 'c', title: 'Trung tâm mới', language: 'vi', file: '/knowledge/articles/c.md' },
];
const chunkArticles = ['a', 'a', 'b', 'c', 'c', 'c'];

describe('the articles table of an index generation (articles.bin)', () => {
  it("gives each chunk its article's metadata, one entry read at a time, and the whole list on demand", async () => {
    const temporary = await createTemporaryFolder();
    try {
      const file = path.join(temporary.folder, 'articles.bin');
      await writeFile(file, encodeArticleTable(articles, chunkArticles));
      const table = ArticleTable.open(file, chunkArticles.length);
      try {
        expect(chunkArticles.map((_, chunk) => table.ofChunk(chunk)?.id)).toEqual(chunkArticles);
        expect(table.ofChunk(3)).toEqual(articles[2]);
        expect(table.ofChunk(chunkArticles.length)).toBeUndefined();
        expect(table.byId('b')).toEqual(articles[1]);
        expect(table.byId('missing')).toBeUndefined();
        expect(table.list()).toEqual(articles);
        expect(table.ofChunk(0)).toEqual(articles[0]);
      } finally {
        table.close();
      }
    } finally {
      await temporary.cleanup();
    }
  });

  it("reads a chunk's article without the others: a damaged entry elsewhere fails only the whole list", async () => {
    const temporary = await createTemporaryFolder();
    try {
      const file = path.join(temporary.folder, 'articles.bin');
      const bytes = encodeArticleTable(articles, chunkArticles);
      // The last entry's closing brace becomes a space: that entry no longer parses.
      bytes[bytes.length - 1] = 0x20;
      await writeFile(file, bytes);
      const table = ArticleTable.open(file, chunkArticles.length);
      try {
        expect(table.ofChunk(2)?.title).toBe('부산 교육 과정');
        expect(() => table.ofChunk(5)).toThrow(SyntaxError);
        expect(() => table.list()).toThrow(SyntaxError);
      } finally {
        table.close();
      }
    } finally {
      await temporary.cleanup();
    }
  });

  it('keeps the last article of an id (as a map of them did), and refuses a table of another chunk count', async () => {
    const temporary = await createTemporaryFolder();
    try {
      const file = path.join(temporary.folder, 'articles.bin');
      const twice = [...articles, { id: 'a', title: 'Studio opens in Hanoi (updated)', language: 'en' }];
      await writeFile(file, encodeArticleTable(twice, chunkArticles));
      const table = ArticleTable.open(file, chunkArticles.length);
      try {
        expect(table.ofChunk(0)?.title).toBe('Studio opens in Hanoi (updated)');
        expect(table.byId('a')?.title).toBe('Studio opens in Hanoi (updated)');
        expect(table.list().map((article) => article.id)).toEqual(['a', 'b', 'c']);
      } finally {
        table.close();
      }
      expect(() => ArticleTable.open(file, chunkArticles.length + 1)).toThrow(/expected 7/);
      await writeFile(file, (await readFile(file)).subarray(0, 20));
      expect(() => ArticleTable.open(file, chunkArticles.length)).toThrow(/shorter/);
      expect(() => encodeArticleTable(articles, ['a', 'z'])).toThrow(/not among the articles/);
    } finally {
      await temporary.cleanup();
    }
  });
});
