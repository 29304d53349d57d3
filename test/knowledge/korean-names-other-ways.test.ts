/**
 * Korean names written the other way (name22): a person's Hangul name meets the Western-order spelling with the
 * customary surname other scripts' press writes ("Jinsoo Lee" ~ 이진수, "Dong Won Kwak" ~ 곽동원) and back, and a
 * company whose acronym Korean writes in letter names meets the article that writes the letters in Latin
 * (엘지유플러스 ~ LG유플러스, 씨제이이엔엠 ~ CJ ENM). Question side only. And a short brand whose key is too short for
 * the spelling distance meets its Hangul or Katakana spelling by the vowels those scripts add (Tving ~ 티빙), and a
 * name with "The" the one Korean writes with 더 (The Grim Entertainment ~ 더그림엔터테인먼트).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { koreanNameInHangulOrder } from '../../src/knowledge/korean-name-readings.js';
import { createSpellingMatcher, nameKeys, queryNameKeys } from '../../src/retrieval/name-keys.js';
import { epentheticSpelling } from '../../src/retrieval/spelling-matcher.js';

const shared = (left: string[], right: string[]) => left.some((key) => right.includes(key));
const questionTermKeys = (question: string) =>
  analyseQuestion(question, undefined, emptyAliasIndex).terms.flatMap((term) => term.keys);

describe("a Korean person's name across spellings", () => {
  it('finds the Western-order spelling with the customary surname from the Hangul name, and back', () => {
    const english = nameKeys('said Kakao Entertainment chief executive Jinsoo Lee on Tuesday');
    expect(shared(queryNameKeys('이진수 대표는 뭐라고 했어?'), english)).toBe(true);
    expect(shared(questionTermKeys('이진수 대표는 뭐라고 했어?'), english)).toBe(true);
    const vietnamese = nameKeys('Ông Dong Won Kwak, Tổng giám đốc CJ CGV Vietnam, cho biết');
    expect(shared(queryNameKeys('곽동원 사장은 뭐라고 했어?'), vietnamese)).toBe(true);
    const korean = nameKeys('박태훈 왓챠 대표가 함께했다.');
    expect(shared(queryNameKeys('What did Park Tae-hoon say?'), korean)).toBe(true);
    expect(shared(questionTermKeys('What did Park Tae-hoon say?'), korean)).toBe(true);
  });

  it('reads only names whose given part is two romanized syllables', () => {
    expect(koreanNameInHangulOrder(['Jinsoo', 'Lee'])).toBe('ijinsoo');
    expect(koreanNameInHangulOrder(['How', 'Do'])).toBeUndefined();
    expect(koreanNameInHangulOrder(['Do', 'You'])).toBeUndefined();
    expect(koreanNameInHangulOrder(['Sun', 'Pictures'])).toBeUndefined();
    // Without the customary reading, the Hangul name and the English spelling share no key.
    expect(shared(nameKeys('이진수 대표'), nameKeys('chief executive Jinsoo Lee'))).toBe(false);
  });
});

describe('an acronym spelt out in letter names at the start of a company name', () => {
  it('meets the article that writes the letters in Latin', () => {
    const article = nameKeys('LG유플러스가 왓챠 인수를 철회했다. CJ ENM이 최대주주다.');
    expect(shared(queryNameKeys('엘지유플러스는 얼마를 투자해?'), article)).toBe(true);
    expect(shared(questionTermKeys('엘지유플러스는 얼마를 투자해?'), article)).toBe(true);
    expect(shared(queryNameKeys('씨제이이엔엠의 지분은?'), article)).toBe(true);
  });

  it('leaves an everyday word whose start reads as letters with no short key of its rest', () => {
    expect(queryNameKeys('비디오게임 시장은?')).not.toContain('%kem');
  });
});

describe('a short brand written by its sound', () => {
  it('meets the Hangul or Katakana spelling that adds only the vowels those scripts add', () => {
    const korean = createSpellingMatcher(nameKeys('티빙과 시즌이 합쳐진다. 다빈 씨가 말했다.'));
    expect(korean.spellingsOf(queryNameKeys('Tving'))).toEqual(['%dibin']);
    expect(korean.spellingsOf(queryNameKeys('Seezn'))).toEqual(['%sijon']);
    const russian = createSpellingMatcher(nameKeys('Третье место занял Wink, принадлежащий «Ростелекому».'));
    expect(russian.spellingsOf(queryNameKeys('ウインクはどの会社?'))).toContain('%ink');
  });

  it('does not take another vowel or an added consonant for the same name', () => {
    expect(epentheticSpelling('dbin', 'dibin')).toBe(true);
    expect(epentheticSpelling('dbin', 'dabin')).toBe(false);
    expect(epentheticSpelling('dbin', 'dbikn')).toBe(false);
    expect(epentheticSpelling('dbin', 'idbin')).toBe(false);
    expect(epentheticSpelling('dbin', 'dibion')).toBe(false);
  });
});

describe('an English name that starts with "The"', () => {
  it('meets the Hangul or Katakana name that writes the article into it', () => {
    const korean = nameKeys('웹툰 스튜디오 더그림엔터테인먼트가 약 140억원 규모의 투자를 유치했다.');
    expect(shared(queryNameKeys('How much did The Grim Entertainment raise?'), korean)).toBe(true);
    // Without "The", a Latin run leaves the stop word out and the skeletons differ.
    expect(shared(nameKeys('How much did The Grim Entertainment raise?'), korean)).toBe(false);
  });
});
