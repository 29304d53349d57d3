import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { buildLexicalIndex } from '../../src/retrieval/lexical-index-builder.js';
import type { WeightedTerm } from '../../src/retrieval/lexical-terms.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';

/** Words with a Zipf-like spread: a few in most documents (long posting lists), many rare ones. */
function generatedCorpus(random: () => number, documents: number, vocabulary: number): string[][] {
  const corpus: string[][] = [];
  for (let document = 0; document < documents; document += 1) {
    const length = 5 + Math.floor(random() * 120);
    const terms: string[] = [];
    for (let index = 0; index < length; index += 1) {
      const rank = Math.floor(Math.pow(random(), 3) * vocabulary);
      terms.push(rank < 40 && random() < 0.5 ? `~bigram${rank}` : `word${rank}`);
    }
    corpus.push(terms);
  }
  // Copies of earlier documents: equal scores, so the tie order (document number) is tested too.
  for (let copy = 0; copy < documents / 20; copy += 1) corpus.push([...(corpus[copy * 7] as string[])]);
  return corpus;
}

function generatedQuery(random: () => number, vocabulary: number): WeightedTerm[] {
  const weights = [0.5, 1, 1, 1.5, 2.5];
  const count = 1 + Math.floor(random() * 9);
  const query: WeightedTerm[] = [];
  for (let index = 0; index < count; index += 1) {
    const frequent = random() < 0.5;
    const rank = frequent ? Math.floor(random() * 30) : Math.floor(random() * vocabulary * 1.05);
    const term = frequent && random() < 0.5 ? `~bigram${rank}` : `word${rank}`;
    if (query.some((entry) => entry.term === term)) continue;
    query.push({ term, weight: weights[Math.floor(random() * weights.length)] as number });
  }
  return query;
}

describe('pruned BM25 (max-score)', () => {
  it('returns the same documents, scores and order as scoring every posting', () => {
    const random = createRandom(17);
    const vocabulary = 3_000;
    const index = buildLexicalIndex(generatedCorpus(random, 4_000, vocabulary));
    let compared = 0;
    let prunedSomewhere = false;
    for (let query = 0; query < 600; query += 1) {
      const terms = generatedQuery(random, vocabulary);
      const limit = [1, 5, 10, 30, 100][query % 5] as number;
      const expected = index.searchExhaustive(terms, limit);
      const actual = index.search(terms, limit);
      expect(actual, JSON.stringify({ terms, limit })).toEqual(expected);
      compared += expected.length;
      if (expected.length === limit && index.searchExhaustive(terms, 1_000_000).length > limit) prunedSomewhere = true;
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(prunedSomewhere).toBe(true);
  });

  it("keeps the ranking for long queries of mid-frequency terms (where the floor from leading documents' exact scores ends the full reads)", () => {
    const random = createRandom(29);
    const vocabulary = 400;
    const index = buildLexicalIndex(generatedCorpus(random, 1_500, vocabulary));
    for (let query = 0; query < 50; query += 1) {
      const terms: WeightedTerm[] = [];
      const count = 12 + Math.floor(random() * 30);
      for (let index = 0; index < count; index += 1) {
        const term =
          random() < 0.2 ? `~bigram${Math.floor(random() * 40)}` : `word${Math.floor(random() * vocabulary)}`;
        if (!terms.some((entry) => entry.term === term))
          terms.push({ term, weight: [0.5, 1, 1.5, 2.5][Math.floor(random() * 4)] as number });
      }
      for (const limit of [1, 10, 30]) {
        expect(index.search(terms, limit), JSON.stringify({ terms, limit })).toEqual(
          index.searchExhaustive(terms, limit),
        );
      }
    }
  });

  it('keeps the ranking when query terms share one posting list (read as one term of their summed weights)', () => {
    const random = createRandom(41);
    // "twinN" and "echoN" go wherever "baseN" goes, as often; "shadowN" is in the same passages, always once.
    const corpus = generatedCorpus(random, 3_000, 300).map((terms) => {
      const extra: string[] = [];
      for (const term of terms) {
        const match = /^word(\d)$/u.exec(term);
        if (match === null) continue;
        extra.push(`base${match[1]}`, `twin${match[1]}`, `echo${match[1]}`);
      }
      for (const group of new Set(extra.filter((term) => term.startsWith('base'))))
        extra.push(`shadow${group.slice(4)}`);
      return [...terms, ...extra];
    });
    const index = buildLexicalIndex(corpus);
    for (let query = 0; query < 60; query += 1) {
      const terms: WeightedTerm[] = generatedQuery(random, 300);
      for (const name of ['base', 'twin', 'echo', 'shadow'])
        if (random() < 0.7)
          terms.push({ term: `${name}${Math.floor(random() * 10)}`, weight: [0.5, 1, 2.5][query % 3] as number });
      for (const limit of [1, 10, 30])
        expect(index.search(terms, limit), JSON.stringify({ terms, limit })).toEqual(
          index.searchExhaustive(terms, limit),
        );
    }
  });

  it('keeps the ranking after a save and load (whole, or postings read from the file as queries need them), and for queries with unknown or repeated terms', async () => {
    const random = createRandom(5);
    const built = buildLexicalIndex(generatedCorpus(random, 800, 500));
    const { vocabulary, binary } = built.serialize();
    const loaded = LexicalIndex.deserialize(vocabulary, binary);
    const temporary = await createTemporaryFolder();
    const file = path.join(temporary.folder, 'lexical.bin');
    await writeFile(file, binary);
    const opened = LexicalIndex.open(vocabulary, file);
    const queries: WeightedTerm[][] = [
      [{ term: 'nowhere', weight: 1 }],
      [],
      [
        { term: 'word1', weight: 1 },
        { term: 'word1', weight: 2.5 },
        { term: 'word250', weight: 1.5 },
      ],
      [
        { term: '~bigram3', weight: 0.5 },
        { term: 'word2', weight: 1 },
        { term: 'nowhere', weight: 2.5 },
      ],
    ];
    for (const query of queries) {
      for (const limit of [1, 8, 30]) {
        expect(loaded.search(query, limit)).toEqual(built.searchExhaustive(query, limit));
        expect(opened.search(query, limit)).toEqual(built.searchExhaustive(query, limit));
        expect(opened.searchExhaustive(query, limit)).toEqual(built.searchExhaustive(query, limit));
      }
    }
    expect(loaded.search(queries[0] as WeightedTerm[], 5)).toEqual([]);
    expect(loaded.search(queries[2] as WeightedTerm[], 0)).toEqual([]);
    // Every term of the vocabulary, read from the file: the same rarity and the same postings' scores.
    for (const term of vocabulary) {
      expect(opened.rarity(term)).toBe(built.rarity(term));
      expect(opened.search([{ term, weight: 1 }], 3)).toEqual(built.searchExhaustive([{ term, weight: 1 }], 3));
    }
    // Once the whole file is in memory (read in the background), the same again.
    await opened.data.postings.loaded;
    expect(opened.data.postings.read(0, 1).documents).toHaveLength(built.data.postingStart.at(-1) as number);
    for (const query of [...queries, ...vocabulary.slice(0, 200).map((term) => [{ term, weight: 1.5 }])])
      expect(opened.search(query, 8)).toEqual(built.searchExhaustive(query, 8));
    opened.close();
    await temporary.cleanup();
  });
});
