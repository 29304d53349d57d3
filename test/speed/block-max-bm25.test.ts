import { describe, expect, it } from 'vitest';
import { windowIndexMinimum, windowShiftFor } from '../../src/retrieval/block-max-bm25.js';
import { buildLexicalIndex } from '../../src/retrieval/lexical-index-builder.js';
import { weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { bm25K1, listFacts } from '../../src/retrieval/bm25-scoring.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';
import { openBenchIndex } from '../helpers/bench-index.js';

describe('block-max BM25', () => {
  it('places every posting in its window and bounds it by the window’s maximum, which some posting reaches, in the pass that gives the list’s largest factor and checksum', () => {
    const random = createRandom(3);
    const documents: string[][] = [];
    for (let document = 0; document < 2_000; document += 1) {
      const length = 3 + Math.floor(random() * 60);
      documents.push(Array.from({ length }, () => `w${Math.floor(random() * random() * 50)}`));
    }
    const index = buildLexicalIndex(documents);
    const { postingStart, documentLengths } = index.data;
    const average = documentLengths.reduce((sum, length) => sum + length, 0) / documentLengths.length;
    const norms = Float64Array.from(documentLengths, (length) => bm25K1 * (0.25 + (0.75 * length) / average));
    for (let term = 0; term < 10; term += 1) {
      const { documents: postings, frequencies } = index.data.postings.read(0, postingStart.at(-1) as number);
      const start = postingStart[term] as number;
      const end = postingStart[term + 1] as number;
      const facts = listFacts(postings, frequencies, start, end, norms, 7);
      const { maxima, starts } = facts.windows as NonNullable<typeof facts.windows>;
      const reached = new Float64Array(maxima.length);
      let largest = 0;
      let checksum = 0;
      for (let at = start; at < end; at += 1) {
        const document = postings[at] as number;
        const tf = frequencies[at] as number;
        const factor = (tf * (bm25K1 + 1)) / (tf + (norms[document] as number));
        largest = Math.max(largest, factor);
        checksum = (Math.imul(checksum ^ document, 0x9e3779b1) + tf) | 0;
        const window = document >> 7;
        expect(factor).toBeLessThanOrEqual(maxima[window] as number);
        expect(at - start).toBeGreaterThanOrEqual(starts[window] as number);
        expect(at - start).toBeLessThan(starts[window + 1] as number);
        reached[window] = Math.max(reached[window] as number, factor);
      }
      for (const [window, maximum] of maxima.entries()) expect(maximum).toBeCloseTo(reached[window] as number, 5);
      // The same pass gives the list's largest factor and checksum; without a shift, no window index.
      expect(facts.largestFactor).toBe(largest);
      expect(facts.checksum).toBe(checksum);
      expect(listFacts(postings, frequencies, start, end, norms, undefined)).toEqual({
        checksum,
        largestFactor: largest,
        windows: undefined,
      });
    }
  });

  it('cuts the passages into windows of about a fiftieth of them, from 64 to 4,096', () => {
    expect([0, 3_000, 10_000, 100_000, 1_000_000, 10_000_000].map(windowShiftFor)).toEqual([6, 6, 8, 11, 12, 12]);
  });

  it('gives the exhaustive scorer’s top-k (scores, order, ties) on a built bench index, for every question', async () => {
    const { corpus, opened, close } = await openBenchIndex(11);
    try {
      const lexical = opened.index.lexical;
      expect(lexical.size).toBeGreaterThan(2_000);
      // A term in at least windowIndexMinimum passages has an idf at most this (the rarity is idf over the largest idf).
      const size = lexical.size;
      const longIdf = Math.log(1 + (size - windowIndexMinimum + 0.5) / (windowIndexMinimum + 0.5));
      const largestIdf = Math.log(1 + (size + 0.5) / 0.5);
      let longLists = 0;
      for (const { question } of corpus.questions) {
        const terms = weightedQueryTerms(question, opened.knowledge.glossary, opened.index.aliases);
        const anchors = terms.filter((term) => /^[%#&@]/.test(term.term) || /\d/.test(term.term));
        for (const query of [terms, anchors, terms.slice(0, 3)]) {
          for (const limit of [1, 8, 30]) {
            expect(lexical.search(query, limit), question).toEqual(lexical.searchExhaustive(query, limit));
          }
        }
        if (terms.some((term) => lexical.rarity(term.term) * largestIdf <= longIdf)) longLists += 1;
      }
      // The questions do use terms long enough to have per-window bounds.
      expect(longLists).toBeGreaterThan(10);
    } finally {
      await close();
    }
  }, 120_000);
});
