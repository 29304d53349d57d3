/**
 * The documents the cross-script ranking (names, figures, lexicon concepts) singles out keep a place among the
 * passages retrieved, even when the asker's own words fill the fused ranking with articles of the asker's language.
 */
import { describe, expect, it } from 'vitest';
import { reservedDocuments, singledOut, withReservedPlaces } from '../../src/retrieval/hybrid-retriever.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const hit = (document: number, score: number) => ({ document, score });

describe('the cross-script ranking singles out', () => {
  it('its first documents when they score well above the rest', () => {
    expect(singledOut([hit(7, 13.6), hit(3, 13.1), hit(9, 7.7), hit(4, 7.6)])).toEqual([7, 3]);
    expect(singledOut([hit(7, 12.6), hit(3, 7.4), hit(9, 7.2)])).toEqual([7]);
  });

  it('nothing when its first documents score like the next ones', () => {
    expect(singledOut([hit(7, 19.9), hit(3, 19.8), hit(9, 16.5), hit(4, 15.2)])).toEqual([]);
    expect(singledOut([])).toEqual([]);
  });

  it('what it finds when nothing else matches', () => {
    expect(singledOut([hit(5, 2)])).toEqual([5]);
  });
});

describe('the documents that keep a place', () => {
  const languages = new Map([
    [7, 'ja'],
    [3, 'en'],
    [9, 'en'],
    [4, 'ja'],
  ]);
  const languageOf = (document: number) => languages.get(document) ?? 'und';

  it("are the cross-script ranking's first two in another language than the question's, close scores or not", () => {
    const close = [hit(7, 19.9), hit(3, 19.8), hit(9, 16.5), hit(4, 15.2)];
    expect(reservedDocuments(close, () => 'en', languageOf)).toEqual([7]);
    expect(reservedDocuments(close, () => 'ko', languageOf)).toEqual([7, 3]);
  });

  it('leave out, without looking up its language, a document read anyway', () => {
    const looked: number[] = [];
    const close = [hit(7, 19.9), hit(3, 19.8), hit(9, 16.5)];
    const reserved = reservedDocuments(
      close,
      () => 'ko',
      (document) => {
        looked.push(document);
        return languageOf(document);
      },
      (document) => document === 7,
    );
    expect(reserved).toEqual([3]);
    expect(looked).toEqual([3]);
  });

  it("are only the singled-out ones in the question's own language", () => {
    expect(reservedDocuments([hit(3, 19.9), hit(9, 19.8), hit(7, 16.5)], () => 'en', languageOf)).toEqual([]);
    expect(reservedDocuments([hit(3, 12.6), hit(9, 7.4), hit(7, 7.2)], () => 'en', languageOf)).toEqual([3]);
  });
});

describe('a reserved document', () => {
  const sorted = Array.from({ length: 12 }, (_, document) => retrievedPassage(document, `Passage ${document}.`, 'vi'));

  it('takes the place of the last passage when it is not among the first', () => {
    const ranked = withReservedPlaces(sorted, [10], 8);
    expect(ranked.map((passage) => passage.document)).toEqual([0, 1, 2, 3, 4, 5, 6, 10]);
    expect(withReservedPlaces(sorted, [11, 9], 8).map((passage) => passage.document)).toEqual([
      0, 1, 2, 3, 4, 5, 9, 11,
    ]);
  });

  it('changes nothing when it is already among the first, or when few passages are asked for', () => {
    expect(withReservedPlaces(sorted, [2], 8).map((passage) => passage.document)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(withReservedPlaces(sorted, [10], 1).map((passage) => passage.document)).toEqual([0]);
  });
});
