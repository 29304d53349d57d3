import { describe, expect, it } from 'vitest';
import { fuseWordOrder } from '../../src/matchmaking/word-fusion.js';

interface Pair {
  name: string;
  score: number;
  affinity: number;
  language: string;
}
const pair = (name: string, score: number, affinity: number, language = 'ru'): Pair => ({
  name,
  score,
  affinity,
  language,
});
const order = (pairs: Pair[]) =>
  fuseWordOrder(
    pairs,
    (entry) => entry.affinity,
    (entry) => entry.language,
  ).map((entry) => entry.name);

describe('an organization list ordered on the engine score and word affinity', () => {
  it('puts a partner that repeats the need in rare words above one the engine scored a little higher', () => {
    expect(order([pair('broad', 0.81, 0), pair('precise', 0.74, 0.3)])).toEqual(['precise', 'broad']);
  });

  it('keeps the engine order when the score gap is larger than the words can close', () => {
    expect(order([pair('strong', 0.9, 0), pair('wordy', 0.5, 0.3), pair('weak', 0.4, 0)])).toEqual([
      'strong',
      'wordy',
      'weak',
    ]);
  });

  it('never moves a partner written in another language: it shares no word whatever it offers', () => {
    const pairs = [pair('korean', 0.8, 0, 'ko'), pair('local', 0.7, 0.4, 'vi'), pair('other', 0.6, 0.6, 'vi')];
    // Only the two Vietnamese offers trade places; the Korean one keeps the first place.
    expect(order(pairs)).toEqual(['korean', 'other', 'local']);
  });

  it('keeps the engine order on ties and when no partner shares words', () => {
    expect(order([pair('a', 0.75, 0.125), pair('b', 0.625, 0.25), pair('c', 0.5, 0)])).toEqual(['a', 'b', 'c']);
    expect(order([pair('a', 0.7, 0), pair('b', 0.69, 0), pair('c', 0.5, 0)])).toEqual(['a', 'b', 'c']);
  });

  it('returns every pair once', () => {
    const pairs = [
      pair('a', 0.9, 0, 'en'),
      pair('b', 0.8, 0.5),
      pair('c', 0.7, 0, 'en'),
      pair('d', 0.6, 0.9),
      pair('e', 0.5, 0.2, 'en'),
    ];
    const fused = order(pairs);
    expect([...fused].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fused).toEqual(['a', 'd', 'c', 'b', 'e']);
  });
});
