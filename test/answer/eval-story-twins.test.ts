import { describe, expect, it } from 'vitest';

import { rareTokenCandidates, twinCandidates } from '../../eval/story-twins.js';

describe('candidate same-story twins among evaluation articles', () => {
  it('takes figures without their separators, capitalised words, Hangul words and Han pairs', () => {
    const tokens = rareTokenCandidates('Acme Studio raised 1,250 million; 스튜디오가 投资了 2.5 billion in 2021.');
    expect(tokens.has('#1250')).toBe(true);
    expect(tokens.has('#2.5')).toBe(true);
    expect(tokens.has('#2021')).toBe(true);
    expect(tokens.has('acme')).toBe(true);
    expect(tokens.has('studio')).toBe(true);
    expect(tokens.has('스튜디오가')).toBe(true);
    expect(tokens.has('~投资')).toBe(true);
    expect(tokens.has('raised')).toBe(false);
  });

  it('ranks a retelling above an article that only shares common words, and never pairs one set with itself', () => {
    const article = (file: string, set: string, text: string) => ({ file, set, tokens: rareTokenCandidates(text) });
    const filler = Array.from({ length: 6 }, (_, index) =>
      article(`f-${index}.txt`, `set-f${index}`, 'The Studio said The Company grew in 2021.'),
    );
    const articles = [
      article(
        'a-1.txt',
        'set-a',
        'Northwind Pictures bought Bluefin Animation for 4,350 million; Ilse Varga leads it.',
      ),
      article('b-1.txt', 'set-b', 'Bluefin Animation, led by Ilse Varga, went to Northwind Pictures: 4,350 million.'),
      article('a-2.txt', 'set-a', 'Northwind Pictures and Bluefin Animation, 4,350 million, Ilse Varga.'),
      ...filler,
    ];
    const candidates = twinCandidates(articles);
    const pairs = candidates.map((candidate) => `${candidate.left}|${candidate.right}`);
    expect(pairs).toContain('a-1.txt|b-1.txt');
    expect(pairs).not.toContain('a-1.txt|a-2.txt');
    expect(pairs.some((pair) => pair.includes('f-'))).toBe(false);
    expect(candidates[0]?.shared).toEqual(expect.arrayContaining(['northwind', 'bluefin', '#4350', 'varga']));
  });
});
