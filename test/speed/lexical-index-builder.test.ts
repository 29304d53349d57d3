import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { LexicalIndexBuilder } from '../../src/retrieval/lexical-index-builder.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';

/** Documents of 20 to 200 terms from a Zipf-like vocabulary (enough postings to grow the builder's log many times). */
function corpus(seed: number, documents: number): string[][] {
  const random = createRandom(seed);
  return Array.from({ length: documents }, () =>
    Array.from({ length: 20 + Math.floor(random() * 180) }, () => `w${Math.floor(Math.pow(random(), 3) * 5_000)}`),
  );
}

/** The bytes of lexical.bin (hex: compared whole, at once). */
function written(documents: readonly string[][], builder: LexicalIndexBuilder): string {
  for (const terms of documents) builder.add(terms);
  return builder.finish().serialize().binary.toString('hex');
}

describe('the BM25 index builder', () => {
  it('writes the same lexical.bin whether told how many documents come, told too few, or not told', () => {
    const documents = corpus(11, 1_500);
    const plain = written(documents, new LexicalIndexBuilder());
    expect(written(documents, new LexicalIndexBuilder(documents.length))).toEqual(plain);
    expect(written(documents, new LexicalIndexBuilder(200))).toEqual(plain);
    // Documents that grow longer than the first ones foretold: the log still grows to hold them.
    const growing = [...corpus(12, 300), ...corpus(13, 900).map((terms) => [...terms, ...terms.map((t) => `${t}x`)])];
    expect(written(growing, new LexicalIndexBuilder(growing.length))).toEqual(
      written(growing, new LexicalIndexBuilder()),
    );
  });

  it('lays a built index out as lexical.bin holds it: read back and written again, the same bytes and postings', () => {
    const documents = corpus(21, 400);
    const built = new LexicalIndexBuilder(documents.length);
    for (const terms of documents) built.add(terms);
    const index = built.finish();
    const { vocabulary, binary } = index.serialize();
    const loaded = LexicalIndex.deserialize(vocabulary, binary);
    expect(loaded.serialize().binary.equals(binary)).toBe(true);
    expect(loaded.size).toBe(documents.length);
    const query = [{ term: 'w1', weight: 1 }];
    expect(loaded.searchExhaustive(query, 10)).toEqual(index.searchExhaustive(query, 10));
    // Where each term's postings start: a term in every document has as many postings as there are documents.
    const { postingStart } = loaded.data;
    const id = vocabulary.indexOf('w0');
    const inDocuments = documents.filter((terms) => terms.includes('w0')).length;
    expect((postingStart[id + 1] as number) - (postingStart[id] as number)).toBe(inDocuments);
  });
});
