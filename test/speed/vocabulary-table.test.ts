import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { buildLexicalIndex } from '../../src/retrieval/lexical-index-builder.js';
import { mapTermLookup, vocabularyTable } from '../../src/retrieval/vocabulary-table.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';

/** Terms of several scripts, and ones JSON writes with an escape. */
const terms = [
  'studio',
  'studio_busan',
  '스튜디오',
  '%sododioin',
  '#stdn',
  'xưởng',
  'アニメ',
  '动画',
  '🎬',
  'say "cut"',
  'back\\slash',
  'tab\there',
  'line\u2028sep',
  'lone\ud800',
  '',
  'a',
];

const fileOf = (list: readonly string[]) => Buffer.from(JSON.stringify(list), 'utf8');

describe('vocabulary table (the BM25 terms looked up in vocabulary.json as written)', () => {
  it('gives every term its position as id, and none to a term it does not hold', () => {
    const table = vocabularyTable(fileOf(terms));
    expect(table).toBeDefined();
    expect(table?.size).toBe(terms.length);
    for (const [id, term] of terms.entries()) expect(table?.idOf(term), term).toBe(id);
    for (const other of ['Studio', 'studi', 'studios', '스튜', '\ud800', 'lone', 'say', 'tab', ' ', 'aa'])
      expect(table?.idOf(other), other).toBeUndefined();
  });

  it('answers as a Map of the parsed array does over many generated terms, a term written twice keeping its last id', () => {
    const random = createRandom(11);
    const letters = ['a', 'b', 'ê', '가', '한', '字', '"', '\\', '\n', '_', '%'];
    const generated = Array.from({ length: 5_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join(
        '',
      ),
    );
    const table = vocabularyTable(fileOf(generated));
    const reference = mapTermLookup(generated);
    expect(table?.size).toBe(generated.length);
    for (const term of [...generated, 'zz', '가나다라마바', '\\\\\\'])
      expect(table?.idOf(term), JSON.stringify(term)).toBe(reference.idOf(term));
  });

  it('holds an empty vocabulary, and declines bytes not written as JSON.stringify writes an array of strings', () => {
    expect(vocabularyTable(fileOf([]))?.size).toBe(0);
    expect(vocabularyTable(fileOf([]))?.idOf('a')).toBeUndefined();
    for (const text of ['', '[', '["a",1]', '["a" ,"b"]', '["a"]\n', '{"a":1}', '["a","b"', '["a\\"]'])
      expect(vocabularyTable(Buffer.from(text)), text).toBeUndefined();
  });

  it('opens a lexical index that ranks as the index opened with the parsed terms', async () => {
    const random = createRandom(3);
    const corpus = Array.from({ length: 300 }, () =>
      Array.from({ length: 4 + Math.floor(random() * 40) }, () => terms[Math.floor(random() * terms.length)] as string),
    );
    const built = buildLexicalIndex(corpus);
    const { vocabulary, binary } = built.serialize();
    const temporary = await createTemporaryFolder();
    const file = path.join(temporary.folder, 'lexical.bin');
    await writeFile(file, binary);
    const table = vocabularyTable(fileOf(vocabulary));
    if (table === undefined) throw new Error('the vocabulary was not read');
    const opened = LexicalIndex.open(table, file);
    const parsed = LexicalIndex.open(vocabulary, file);
    for (const term of [...terms, 'nowhere']) {
      const query = [
        { term, weight: 1 },
        { term: 'studio', weight: 0.5 },
      ];
      expect(opened.search(query, 10)).toEqual(parsed.search(query, 10));
      expect(opened.rarity(term)).toBe(parsed.rarity(term));
      expect(opened.maximumScore(query)).toBe(parsed.maximumScore(query));
    }
    expect(() => opened.serialize()).toThrow(/not written/);
    opened.close();
    parsed.close();
    await temporary.cleanup();
  });
});
