/**
 * The per-sentence claim check on generated answers: a figure, date or name needs a citation,
 * and a number must appear in a source the sentence cites.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/model/claim-check.js';
import { sampleSources } from './model-test-kit.js';

const sources = sampleSources().map((source, index) => ({ ...source, n: index + 1 }));

describe('checkClaims', () => {
  it('keeps cited sentences whose numbers their sources hold', () => {
    const result = checkClaims('IT Works Korea brought 12 Korean experts to Samarkand [1].', sources);
    expect(result).toEqual({
      text: 'IT Works Korea brought 12 Korean experts to Samarkand [1].',
      droppedSentences: [],
      unsupportedNumbers: [],
    });
  });

  it('drops a sentence that states a figure or a name without a citation', () => {
    const result = checkClaims(
      "IT Works Korea trained animators in Samarkand [1]. Zebra Studio's budget is 999 dollars. It was a good year.",
      sources,
    );
    expect(result.text).toBe('IT Works Korea trained animators in Samarkand [1]. It was a good year.');
    expect(result.droppedSentences).toEqual(["Zebra Studio's budget is 999 dollars."]);
    expect(result.unsupportedNumbers).toEqual([]);
  });

  it('reports a number that none of the cited sources holds', () => {
    const result = checkClaims('IT Works Korea employs 999 people [1][2].', sources);
    expect(result.unsupportedNumbers).toEqual(['999']);
  });

  it('reads numbers across formats: thousands separators, ISO dates and month words', () => {
    const withFigures = [{ ...sources[0]!, n: 1, quote: 'On 8 October 2025 the fund reached 1,200 million won.' }];
    expect(checkClaims('The fund reached 1200 million won on 2025-10-08 [1].', withFigures).unsupportedNumbers).toEqual(
      [],
    );
    expect(
      checkClaims('2025년 10월 8일 기금은 1,200 million won에 달했다 [1].', withFigures).unsupportedNumbers,
    ).toEqual([]);
    expect(checkClaims('The fund reached 1,300 million won [1].', withFigures).unsupportedNumbers).toEqual(['1300']);
  });
});
