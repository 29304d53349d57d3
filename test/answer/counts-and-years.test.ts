/**
 * Issue 10 point 4, precision by class of question (session 14): an ordinal names which edition, not how many; a
 * modifier before the counted noun ("new seasons") is not what is counted; a year the question names must be shown
 * with the answer. Small passages written for the test, in several languages.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);

describe('a count question', () => {
  it('is not answered by an ordinal (which edition, not how many)', () => {
    const russian = ask('Сколько фильмов участвует в конкурсе фестиваля в Ордыни?');
    expect(
      holdsAskedUnit('Фильм попал в программу 12-го фестиваля анимационного кино в Ордыни.', russian, undefined),
    ).toBe(false);
    expect(holdsAskedUnit('В конкурсе фестиваля участвуют 48 фильмов.', russian, undefined)).toBe(true);
    const vietnamese = ask('Liên hoan có bao nhiêu phim tham gia?');
    expect(holdsAskedUnit('Đây là liên hoan phim lần thứ 9 tại Hải Phòng.', vietnamese, undefined)).toBe(false);
    expect(holdsAskedUnit('Liên hoan có 120 phim tham gia năm nay.', vietnamese, undefined)).toBe(true);
    const korean = ask('영화제에 영화 몇 편이 출품됐어?');
    expect(holdsAskedUnit('제21회 영화제가 다음 달 열린다.', korean, undefined)).toBe(false);
    expect(holdsAskedUnit('올해 영화제에는 영화 64편이 출품됐다.', korean, undefined)).toBe(true);
  });

  it('is answered by an ordinal when it asks for a rank', () => {
    const rank = ask('Eastland là đối tác lớn thứ mấy của Northwind?');
    expect(holdsAskedUnit('Eastland là đối tác lớn thứ 3 của Northwind.', rank, undefined)).toBe(true);
    expect(ask('Tổng vốn đầu tư của Eastland vào Northwind là bao nhiêu?').type).toBe('amount');
  });

  it('counts the noun, not the modifier before it', () => {
    const seasons = ask('How many new seasons of Harbor Tails did Streamly order?');
    expect(seasons.counted?.keys.has('new')).toBe(false);
    expect(holdsAskedUnit('Streamly picked up three new shows from the studio.', seasons, undefined)).toBe(false);
    expect(holdsAskedUnit('Streamly ordered two new seasons of Harbor Tails.', seasons, undefined)).toBe(true);
  });
});

describe('a year the question names', () => {
  const passage = (text: string, title: string, document = 1): RetrievedPassage => {
    const article = { id: `article-${document}`, title, language: 'ko' };
    return {
      document,
      fused: 1,
      chunk: { id: `${article.id}#0`, articleId: article.id, title, position: 0, start: 0, text, article },
    };
  };
  // Years are common in a knowledge base; the names of things less so.
  const answerer = createExtractiveAnswerer({ glossary: undefined, rarity: (key) => (/^\d/u.test(key) ? 0.1 : 0.5) });

  it('must be told with the answer: a figure of another year is not grounded', () => {
    const text =
      '올해 상반기 웹툰 스타트업에 들어간 투자금은 963억원에 이른다. 작년 상반기의 202억원보다 크게 늘었다. ' +
      '2017년 107억원, 2018년 174억원이 투자됐다.';
    const asked = (question: string) =>
      answerer(question, [passage(text, '웹툰 스타트업 투자 늘어')], { language: 'ko', query: question });
    const inYear = asked('2018년에는 웹툰 스타트업 투자가 얼마였어?');
    expect(inYear.grounded).toBe(true);
    expect(inYear.text).toContain('174억원');
    // An article that gives only this year's figure, asked about 2018: it is not the answer.
    const otherYears = '올해 상반기 웹툰 스타트업에 들어간 투자금은 963억원에 이른다. 작년보다 크게 늘어난 규모다.';
    const question = '2018년에는 웹툰 스타트업 투자가 얼마였어?';
    const notGiven = answerer(question, [passage(otherYears, '웹툰 스타트업 투자 늘어', 2)], {
      language: 'ko',
      query: question,
    });
    expect(notGiven.grounded, notGiven.text).toBe(false);
  });
});
