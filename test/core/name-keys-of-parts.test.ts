import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.js';
import { createChunker } from '../../src/knowledge/chunk-articles.js';
import { ingestArticles } from '../../src/knowledge/ingest-articles.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { chunkerSettings } from '../../src/retrieval/index-generations.js';
import { learntJapaneseReadings } from '../../src/retrieval/japanese-reading-keys.js';
import { learnNames } from '../../src/retrieval/learnt-aliases.js';
import { pinyinMark } from '../../src/retrieval/han-reading-keys.js';
import { nameKeys, nameKeysOfParts } from '../../src/retrieval/name-keys.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

/** A chunk's text as a build indexes it (title, line break, text) cut into its title, sentences and the words between. */
function partsOf(title: string, text: string): { whole: string; parts: string[]; ends: number[] } {
  const whole = `${title}\n${text}`;
  const parts = [title];
  const ends = [title.length];
  const offset = title.length + 1;
  let from = 0;
  const add = (start: number, end: number) => {
    const part = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(part)) return;
    parts.push(part);
    ends.push(end + offset);
  };
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, from);
    if (start < 0) break;
    add(from, start);
    add(start, start + sentence.length);
    from = start + sentence.length;
  }
  add(from, text.length);
  return { whole, parts, ends };
}

/** Each part's keys and the whole text's, as nameKeys gives them one text at a time. */
function expectSameKeys(whole: string, parts: string[], ends: number[]): boolean {
  const found = nameKeysOfParts(whole, parts, ends);
  if (found === undefined) return false;
  expect(found.whole).toEqual(nameKeys(whole));
  expect(found.parts).toEqual(parts.map((part) => nameKeys(part)));
  return true;
}

describe('name keys of a text and its parts at once', () => {
  it('equal the keys of each text alone on every chunk of the shipped and evaluation articles, and their names', async () => {
    const { folder, cleanup } = await createTemporaryFolder('matchcut-name-parts-');
    try {
      const captures = path.join(repositoryRoot, 'test', 'fixtures', 'eval', 'answers', 'articles');
      await ingestArticles([captures], { dataDir: folder, logger: createSilentLogger() });
      const { articles } = await loadArticles([
        path.join(folder, 'articles'),
        path.join(shippedKnowledgeDir, 'articles'),
      ]);
      const chunkArticle = createChunker(chunkerSettings);
      let chunks = 0;
      let shared = 0;
      for (const article of articles) {
        for (const chunk of await chunkArticle(article)) {
          const { whole, parts, ends } = partsOf(chunk.title, chunk.text);
          chunks += 1;
          if (expectSameKeys(whole, parts, ends)) shared += 1;
        }
      }
      expect(chunks).toBeGreaterThan(150);
      expect(shared / chunks).toBeGreaterThan(0.95);
      // The names of the knowledge base (found without skeletons) are the loose keys nameKeys gives each article, not
      // the pinyin keys of its Han text (%ᴾ…, not looked up by likeness).
      const names = new Set<string>();
      for (const article of articles)
        for (const key of nameKeys(`${article.title}\n${article.text}`))
          if (key.startsWith('%') && !key.startsWith(pinyinMark)) names.add(key);
      // Beside them, the Japanese readings of a Japanese article's kanji names (`ᴶ…`, japanese-reading-keys.ts).
      for (const article of articles)
        for (const reading of learntJapaneseReadings(`${article.title}\n${article.text}`)) names.add(reading);
      expect(learnNames(articles)).toEqual([...names].sort());
    } finally {
      await cleanup();
    }
  });

  it('keep the names that run from one sentence into the next in the whole text only', () => {
    const cases = [
      ['Dexter Studios', 'It opened in Seoul. Korea Creative Content Agency paid.'],
      ['キネマシトラス', '会社はスタジオ。アニメーションを作る。'],
      ['하정수', '키네마 시트러스. 덱스터스튜디오는 서울로 갔다.'],
      ["Studio Inyo's", 'Inyo’s staff. Hanoi Hai Phong.'],
    ];
    for (const [title, text] of cases) {
      const { whole, parts, ends } = partsOf(title as string, text as string);
      expect(expectSameKeys(whole, parts, ends)).toBe(true);
    }
    // Across the sentence end the run goes on ("Seoul Korea …"), and the Katakana word is read whole.
    const run = partsOf('Dexter Studios', 'It opened in Seoul. Korea Creative Content Agency paid.');
    expect(nameKeysOfParts(run.whole, run.parts, run.ends)?.whole).toContain('%solkol');
  });

  it('leave to nameKeys a word or a mark that could run from one part into the next', () => {
    const whole = 'Title\nSeoul-Busan line';
    expect(nameKeysOfParts(whole, ['Title', 'Seoul', 'Busan line'], [5, 11, 22])).toBeUndefined();
    const marked = 'Title\nCafe\u0301 Noir';
    expect(nameKeysOfParts(marked, ['Title', 'Cafe', '\u0301 Noir'], [5, 10, 16])).toBeUndefined();
  });
});
