/**
 * The strings an index build keeps so that its term numbering looks up one flat string per term (kept-keys.ts,
 * lexical-terms.ts) and the look-ups it makes once per sentence (text-analysis.ts): the same values as made afresh.
 */
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { pairKey } from '../../src/retrieval/kept-keys.js';
import { lexicalTerms } from '../../src/retrieval/lexical-terms.js';
import { analyseText } from '../../src/retrieval/text-analysis.js';
import { matchKey, wordTokens, wordTokensOnce } from '../../src/retrieval/text-normalize.js';

describe('kept word pairs', () => {
  it('are the two keys joined by an underscore, also after the kept pairs were emptied', () => {
    expect(pairKey('studio', 'inyo')).toBe('studio_inyo');
    expect(pairKey('studio', 'inyo')).toBe('studio_inyo');
    expect(pairKey('ʋđà', 'ʋnẵng')).toBe('ʋđà_ʋnẵng');
    // More pairs than are kept at once: each is still its two keys joined.
    let joined = 0;
    for (let index = 0; index < 150_000; index += 1) {
      const left = `w${index % 997}`;
      const right = `v${index}`;
      if (pairKey(left, right) === `${left}_${right}`) joined += 1;
    }
    expect(joined).toBe(150_000);
    expect(pairKey('studio', 'inyo')).toBe('studio_inyo');
  });

  it('give a passage the word pairs of its Latin words, stop words breaking a pair', () => {
    const terms = lexicalTerms('Studio Inyo hired animators and Studio Inyo trained them', undefined);
    expect(terms.filter((term) => term.includes('_'))).toEqual([
      'studio_inyo',
      'inyo_hired',
      'hired_animator',
      'studio_inyo',
      'inyo_train',
    ]);
  });
});

describe('kept syllable bigrams', () => {
  const bigrams = (text: string) => lexicalTerms(text, undefined).filter((term) => term.startsWith('~'));

  it('are each Hangul, Kana or Han word’s neighbouring characters by code point, however often the word recurs', () => {
    expect(bigrams('스튜디오 스튜디오')).toEqual(['~스튜', '~튜디', '~디오', '~스튜', '~튜디', '~디오']);
    expect(bigrams('東京 東京')).toEqual(['~東京', '~東京']);
    expect(bigrams('アニメ')).toEqual(['~アニ', '~ニメ']);
    expect(bigrams('인')).toEqual([]);
    // More words than are kept at once: a word met again gives its bigrams again.
    for (let index = 0; index < 60_000; index += 1) bigrams(String.fromCharCode(0xac00 + (index % 11_172), 0xac00));
    expect(bigrams('스튜디오')).toEqual(['~스튜', '~튜디', '~디오']);
  });
});

describe('a build’s sentences looked up once', () => {
  const glossary = createGlossary([
    { id: 'post-production', category: 'skill', en: ['post-production', 'VFX'], ko: ['후반 작업'] },
    { id: 'editing', category: 'skill', en: ['editing', 'film editing'], broader: ['post-production'] },
  ]);
  const texts = [
    'Studio Inyo sent 120 VFX artists to Busan for film editing.',
    '한국콘텐츠진흥원은 부산에서 후반 작업 교육을 열었다.',
    'The editing studio hired editors; the film editing team grew.',
    '',
  ];

  it('are segmented as wordTokens segments them', () => {
    for (const text of texts) expect(wordTokensOnce(text)).toEqual(wordTokens(text));
  });

  it('find the concepts the lexicon finds in them, with the words as written', () => {
    for (const text of [...texts, ...texts]) {
      const analysed = analyseText(text, glossary);
      expect(analysed.keys).toEqual(wordTokens(text).map(matchKey));
      expect(analysed.concepts).toEqual(glossary.findConcepts(text, { morphology: true }));
    }
    const surfaces = analyseText(texts[2] as string, glossary).concepts.map((hit) => [hit.surface, hit.start, hit.end]);
    expect(surfaces).toEqual([
      ['editing', 1, 2],
      ['film editing', 6, 8],
    ]);
    expect(analyseText(texts[0] as string, glossary).concepts.map((hit) => [hit.surface, hit.start, hit.end])).toEqual([
      ['vfx', 4, 5],
      ['film editing', 9, 11],
    ]);
  });
});
