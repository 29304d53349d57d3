/**
 * Japanese kanji words meet the Korean words they are by their Sino-Korean reading (issue 10): 需要予測 ~ 수요예측,
 * 競争率 ~ 경쟁률 (the initial-sound law), 公募 ~ 공모, on sentences of the evaluation articles.
 */
import { describe, expect, it } from 'vitest';
import { textKeys } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { termMatch } from '../../src/answer/term-match.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { kanjiReading } from '../../src/knowledge/sino-korean-reading.js';
import { readingKeys } from '../../src/retrieval/reading-keys.js';
import { lexicalTerms, weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';

// From m-ko-02-giantstep-kosdaq-ipo.txt and h-ja-01-new-chitose-airport-animation-festival-2016.txt.
const koreanSentence = '기관 수요예측 경쟁률은 1,691.65대 1이었고, 의무보유를 약속한 물량은 24.4';
const japaneseSentence = '祭のコンペティション部門の作品の公募も始まった';

/** How well each term of a question is found in a sentence, by the term's word. */
function matches(question: string, sentence: string): Map<string, number> {
  const keys = textKeys(sentence, undefined, emptyAliasIndex);
  const terms = analyseQuestion(question, undefined, emptyAliasIndex).terms;
  return new Map(terms.map((term) => [term.word ?? '', termMatch(term, keys)]));
}

describe('kanji words by their Sino-Korean reading', () => {
  it('reads a kanji run in Hangul, Japanese simplified forms as Korean reads them', () => {
    expect(kanjiReading('需要予測')).toBe('수요예측');
    expect(kanjiReading('競争率')).toBe('경쟁률');
    expect(kanjiReading('公募')).toBe('공모');
    expect(kanjiReading('率')).toBeUndefined();
  });

  it('gives a kanji word and the Korean word it is one key, the initial-sound law folded', () => {
    expect(readingKeys('連載')).toEqual(readingKeys('연재'));
    expect(readingKeys('設立')).toEqual(readingKeys('설립'));
    expect(readingKeys('手数料', false)).toEqual(readingKeys('수수료를', false));
    expect(readingKeys('発表した')).toEqual(readingKeys('발표했다'));
    expect(readingKeys(koreanSentence)).toEqual(expect.arrayContaining(readingKeys('需要予測の競争率', false)));
    expect(readingKeys('率')).toEqual([]);
  });

  it('finds a Japanese question word in a Korean sentence and a Korean one in a Japanese sentence', () => {
    const found = matches('ジャイアントステップの需要予測の競争率は?', koreanSentence);
    expect(found.get('需要')).toBe(1);
    expect(found.get('予測')).toBe(1);
    expect(found.get('競争')).toBe(1);
    expect(matches('영화제 작품 공모는 언제 시작됐어?', japaneseSentence).get('공모')).toBe(1);
  });

  it('does not take another word for it', () => {
    expect(matches('ジャイアントステップの公募は?', koreanSentence).get('公募')).toBe(0);
    expect(matches('수요예측 경쟁률은?', japaneseSentence).get('경쟁률')).toBe(0);
  });

  it('lets a Korean question find a Japanese passage in the lexical index', () => {
    const query = new Set(weightedQueryTerms('영화제 작품 공모는 언제 시작됐어?', undefined).map((item) => item.term));
    expect(lexicalTerms(japaneseSentence, undefined).filter((term) => term.startsWith('^') && query.has(term))).toEqual(
      ['^작품', '^공모'],
    );
  });
});
