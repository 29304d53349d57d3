/**
 * Issue 10 point 5 (session 30): a person slot across languages is filled by names written the way each language
 * writes a name with its title — a Latin name with a middle initial, a Korean title spelt out with its acronym in
 * brackets ("최고경영자(CEO)") before or after the name, a Chinese company head's 社长, a Japanese title joined to the
 * name by の. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { hasPerson } from '../../src/answer/name-units.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

const none = new Set<string>();

describe('names written with their titles', () => {
  it('reads a Latin name with a middle initial', () => {
    expect(hasPerson('The new chief executive of Northwind Pictures is Dara K. Vellor.', none)).toBe(true);
    expect(hasPerson('Maren T. Osk, head of studio, opened the office.', none)).toBe(true);
  });

  it('reads a Korean name before or after a title spelt out with its acronym', () => {
    expect(hasPerson('노스윈드는 마렌 오스크 최고경영자(CEO)가 이끈다.', none)).toBe(true);
    expect(hasPerson('최고경영자(CEO) 한서윤은 1990년생이다.', none)).toBe(true);
    // A noun after the title is no name: only a surname starts one.
    expect(hasPerson('최고경영자(CEO) 교체는 다음 달이다.', none)).toBe(false);
  });

  it("reads a Chinese company head's 社长 and a Japanese title joined to the name by の", () => {
    expect(hasPerson('北风集团社长林远航表示,公司将扩大投资。', none)).toBe(true);
    expect(hasPerson('制作には、CGディレクターの北村遥香、美術の担当者が加わった。', none)).toBe(true);
    // Two kanji after a title joined by の are mostly a word ("the president's remark").
    expect(hasPerson('社長の発言が注目された。', none)).toBe(false);
  });

  it('answers a who-question asked in another language with such a sentence', () => {
    const who = analyseQuestion('Who is the CEO of Northwind?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('노스윈드는 마렌 오스크 최고경영자(CEO)가 이끈다.', who, undefined, true)).toBe(true);
  });
});
