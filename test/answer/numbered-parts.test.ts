/**
 * A numbered part of a work (a sequel, a numbered film or series): the question that names "Harbor Tails 3" is not
 * answered by a sentence about "Harbor Tails 2" or about the first film quoted whole. Invented titles, several
 * languages and scripts.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { askedParts, partAgrees, partsHeld } from '../../src/answer/title-part.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);

describe('the numbered part a question names', () => {
  it('is a number of one or two digits right after a title word, in any script', () => {
    expect(askedParts('How much did Harbor Tails 3 gross?')).toEqual([{ head: 'tails', number: '3' }]);
    expect(askedParts('Phim Mùa Gió 2 thu bao nhiêu?')).toEqual([{ head: 'gió', number: '2' }]);
    expect(askedParts('Сколько собрал «Ветерок 2»?')).toEqual([{ head: 'ветерок', number: '2' }]);
    expect(askedParts('《星河旅人3》的票房是多少?')).toEqual([{ head: '旅人', number: '3' }]);
    expect(askedParts('Harbor Tails 2の監督は誰?')).toEqual([{ head: 'tails', number: '2' }]);
    expect(askedParts('Harbor Tails 2在中国的票房是多少?')).toEqual([{ head: 'tails', number: '2' }]);
  });

  it('is not a measure, a date, a glued unit or a quarter', () => {
    expect(askedParts('How many people joined the studio 2 years ago?')).toEqual([]);
    expect(askedParts('Phim thu bao nhiêu trong ngày 1/9?')).toEqual([]);
    expect(askedParts('Was it made in 3D?')).toEqual([]);
    expect(askedParts('What were Q3 sales?')).toEqual([]);
    expect(askedParts('시즌 2편의 흥행 수입은?')).toEqual([]);
    expect(askedParts('收入2亿元的公司是哪家?')).toEqual([]);
  });
});

describe('a sentence about a numbered part', () => {
  const part = { head: 'tails', number: '3' };

  it('agrees when it names the asked number, or names the work in no way that points elsewhere', () => {
    expect(partAgrees('Harbor Tails 1 made $80 million and Harbor Tails 3 made $273 million.', part)).toBe(true);
    expect(partAgrees('The sequel made $273 million.', part)).toBe(true);
    expect(partAgrees('Harbor Tails returns with a new cast.', part)).toBe(true);
  });

  it('disagrees when it names only another number, or the first part quoted whole', () => {
    expect(partAgrees('Harbor Tails 4 overtook every film of the year.', part)).toBe(false);
    expect(partAgrees('The first "Harbor Tails" opened on 18 May 2006.', part)).toBe(false);
    const chinese = { head: '旅人', number: '3' };
    expect(partAgrees('去年上映的《星河旅人》票房破亿。', chinese)).toBe(false);
    expect(partAgrees('《星河旅人3》票房5.33亿元。', chinese)).toBe(true);
  });

  it('is read with the sentence before when it does not name the work itself', () => {
    const before = 'The studio made "Harbor Tails" (2006), its first feature.';
    expect(partsHeld([part], 'It runs 95 minutes.', before)).toBe(false);
    expect(partsHeld([part], 'It runs 95 minutes.', 'Harbor Tails 3 opens in March.')).toBe(true);
    expect(partsHeld([part], 'Harbor Tails 3 runs 95 minutes.', before)).toBe(true);
  });
});

describe('a typed question about a numbered part', () => {
  it('holds no unit in a sentence about another part', () => {
    const question = ask('Phim Mùa Gió 6 thu được bao nhiêu tiền?');
    expect(holdsAskedUnit('Mùa Gió 7 thu 483 tỷ đồng sau 13 tuần.', question, undefined)).toBe(false);
    expect(holdsAskedUnit('Mùa Gió 6 thu 273 tỷ đồng năm 2023.', question, undefined)).toBe(true);
  });
});
