/**
 * Issue 10, the right event and not just the right unit (session 15): of an article's units of the asked type, the one
 * told with what the question says happened answers, and a year told earlier in a passage dates the sentences after
 * it; with the question forms that were read wrong (Korean counts and rates, "얼마 동안", a deadline day, "khu nào",
 * "sự kiện nào", a figure given "as of" a year, the Vietnamese "Ai" taken for the acronym AI). Small synthetic passages
 * through the real extractive answerer.
 */
import { describe, expect, it } from 'vitest';
import { countedOf } from '../../src/answer/asked-object.js';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { hasCount, hasDuration } from '../../src/answer/answer-units.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { koreanNounStem } from '../../src/answer/question-words.js';
import { createAliasIndex, emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { looseNameKey } from '../../src/knowledge/romanize.js';
import { createSpellingMatcher } from '../../src/retrieval/name-keys.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const passage = retrievedPassage;

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });

describe('the event told with the unit', () => {
  it('answers over a unit of the same article that tells nothing of what is asked', () => {
    // The later sentence does not name the festival: only what it tells makes it the answer.
    const text =
      'Northwind Fest sets its dates. Northwind Fest was first held in 2015. The theme this year is music. ' +
      'Official preparations started on 28 October.';
    const result = answer('When did preparations for Northwind Fest start?', [passage(1, text, 'en', 'Dates set')], {
      language: 'en',
      query: 'When did preparations for Northwind Fest start?',
    });
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('28 October');
    expect(result.text).not.toContain('2015');
  });

  it('dates a sentence by the year told before it in the passage, until another year is told', () => {
    const text =
      'Northwind Fest is held at the airport. In 2015 famous directors came to Northwind Fest. ' +
      'Its short film competition drew 1,103 entries. Attendance reached 33,000 people over the four days. ' +
      'In 2014, the first edition, 700 works were sent.';
    const question = 'How many people attended Northwind Fest in 2015?';
    const result = answer(question, [passage(2, text, 'en', 'Northwind Fest returns')], {
      language: 'en',
      query: question,
    });
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('33,000');
  });
});

describe('question forms', () => {
  it('reads how long, a rate, a size with a counter, an area and an event', () => {
    expect(classifyQuestion('게임인재원 프리스쿨 전형은 얼마 동안 해?')).toBe('duration');
    expect(classifyQuestion('게임인재원 2기 취업률은 얼마였어?')).toBe('count');
    expect(countedOf('게임인재원 2기 취업률은 얼마였어?', undefined)?.percent).toBe(true);
    expect(classifyQuestion('DNEG 시드니 스튜디오는 몇 석 규모야?')).toBe('count');
    expect(classifyQuestion('모팩스튜디오 투자 규모는 얼마야?')).toBe('amount');
    expect(classifyQuestion('Studio mới của DNEG ở Sydney nằm ở khu nào?')).toBe('place');
    expect(classifyQuestion('Cygames công bố lập studio hoạt hình tại sự kiện nào?')).toBe('title');
  });

  it('takes a Korean counter for what is counted when the word before 몇 only sets the scene', () => {
    const cohort = countedOf('게임인재원 6기는 몇 명 뽑아?', undefined);
    expect(cohort?.people).toBe(true);
    expect([...(cohort?.keys ?? [])]).not.toContain('기');
    expect(hasCount('6기는 게임기획학과 30명, 게임아트학과 40명 등 모두 120명을 뽑는다.', cohort, undefined)).toBe(
      true,
    );
    const entries = countedOf('비아프 출품작은 모두 몇 편이었어?', undefined);
    expect([...(entries?.keys ?? [])]).not.toContain('모두');
    expect([...(countedOf('작년보다 상영작이 몇 편 늘었어?', undefined)?.keys ?? [])]).toContain('상영작');
    // "500여명": some 500 people.
    expect(hasCount('시민 등 500여명이 자리했다.', countedOf('개막식에 몇 명 왔어?', undefined), undefined)).toBe(true);
  });

  it('keeps a rate to the rate asked', () => {
    const rate = countedOf('게임인재원 6기 경쟁률은 얼마야?', undefined);
    expect(hasCount('2기 취업률은 87%였다.', rate, undefined)).toBe(false);
    expect(hasCount('6기 경쟁률은 5.2%였다.', rate, undefined)).toBe(true);
  });

  it('does not read a deadline day or a year as a length of time', () => {
    expect(hasDuration('수강생을 오는 18일까지 모집한다고 6일 밝혔다.')).toBe(false);
    expect(hasDuration('2024년 2월 말 최종 합격자가 가려진다.')).toBe(false);
    expect(hasDuration('2주간의 프리스쿨로 2차 전형을 치른다.')).toBe(true);
    expect(hasDuration('교육은 14일 동안 진행된다.')).toBe(true);
  });

  it('does not date an event by a figure given as of a year', () => {
    const founded = analyseQuestion('Kapan AINAKI didirikan?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('AINAKI mencatat per 2020 ada 155 studio animasi di Indonesia.', founded, undefined)).toBe(
      false,
    );
    expect(holdsAskedUnit('AINAKI didirikan pada 2014.', founded, undefined)).toBe(true);
  });

  it('does not take a question word for an acronym the articles state', () => {
    const aliases = createAliasIndex([{ forms: ['AI', '인공지능'] }]);
    const who = analyseQuestion('Ai là trưởng ban tổ chức cuộc thi?', undefined, aliases);
    expect(who.terms.some((term) => term.keys.some((key) => key.startsWith('&')))).toBe(false);
    const acronym = analyseQuestion('How much did AI studios raise?', undefined, aliases);
    expect(acronym.terms.some((term) => term.keys.some((key) => key.startsWith('&')))).toBe(true);
  });

  it('does not take another name for the asked one because both end with the same kind of body', () => {
    const loose = (name: string) => `%${looseNameKey(name)}`;
    const spellings = createSpellingMatcher([loose('DigitalStudios'), loose('DexterStudioz')]);
    const found = spellings.spellingsOf([loose('DexterStudios')]);
    expect(found).not.toContain(loose('DigitalStudios'));
    expect(found).toContain(loose('DexterStudioz'));
  });

  it('reads a casual Korean verb ending down to its noun', () => {
    expect(koreanNounStem('운영됐어')).toBe('운영');
    expect(koreanNounStem('모집하니')).toBe('모집');
    expect(koreanNounStem('지난해')).toBe('지난해');
  });
});
