/**
 * Issue 10 point 3, the asked type by class of question (session 13, from fresh set D): money words name what a
 * question is about, not always what it asks; a deadline is a date; "where … come from" is a source; a share is
 * counted; a role asked with "which" is a person; "어디랑" asks for a partner. Made-up questions.
 */
import { describe, expect, it } from 'vitest';
import { hasDuration } from '../../src/answer/answer-units.js';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

describe('a money word asks for an amount only when nothing else is asked', () => {
  it('keeps "how much" and a bare money question as amounts', () => {
    expect(classifyQuestion('How much is Northwind investing in the new lab?')).toBe('amount');
    expect(classifyQuestion('What is the budget of the Eastfield programme?')).toBe('amount');
    expect(classifyQuestion('Tổng kinh phí của dự án là bao nhiêu?')).toBe('amount');
    expect(classifyQuestion('Сколько всего денег получит студия?')).toBe('amount');
  });
  it('reads which-thing, when, where-from and which-studio questions about a fund by what they ask', () => {
    expect(classifyQuestion('Which industry associations backed the Eastfield fund?')).toBe('organization');
    expect(classifyQuestion('When did Northwind invest in Brackley Pictures?')).toBe('date');
    expect(classifyQuestion('Where does the money for the Eastfield fund come from?')).toBe('other');
    expect(classifyQuestion('노스윈드가 투자한 스튜디오는 어디야?')).toBe('organization');
  });
});

describe('dates, shares, roles and partners asked in other words', () => {
  it('reads a deadline as a day', () => {
    expect(classifyQuestion("What's the deadline for the Eastfield grant?")).toBe('date');
    expect(analyseQuestion('До какого числа принимают заявки?', undefined, emptyAliasIndex)).toMatchObject({
      type: 'date',
      day: true,
    });
    expect(classifyQuestion('신청 마감은 언제까지야?')).toBe('date');
  });
  it('counts a share asked for in any language, even next to a money word', () => {
    expect(classifyQuestion('Sở trả bao nhiêu phần trăm chi phí gian hàng?')).toBe('count');
    expect(classifyQuestion('What percentage of the cost does the city cover?')).toBe('count');
  });
  it('asks for a person by the role after "which"', () => {
    expect(classifyQuestion('Which French minister attended the signing?')).toBe('person');
    expect(classifyQuestion('Какой режиссёр снимет сериал?')).toBe('person');
    // A role that only names whose office it is stays a title of the office: "what is the head of X" is no role list.
    expect(classifyQuestion('Which studio did the director found?')).toBe('organization');
  });
  it('asks for a partner with "어디랑" and "どこと", and how long with "how much time"', () => {
    expect(classifyQuestion('노스윈드는 어디랑 협약을 맺었어?')).toBe('organization');
    expect(classifyQuestion('ノースウィンドはどこと提携したの?')).toBe('organization');
    expect(classifyQuestion('How much experience do applicants need?')).toBe('duration');
  });
});

describe('units the answers hold', () => {
  it('takes minutes and a length said in words for a duration', () => {
    expect(hasDuration('Entries may run to no more than 12 minutes.')).toBe(true);
    expect(hasDuration('Each class lasts 40 phút.')).toBe(true);
    expect(hasDuration('Applicants need at least a year and a half of practice.')).toBe(true);
    expect(hasDuration('Applicants need a portfolio and a reference.')).toBe(false);
  });
  it('counts the noun after 몇, not the word before it', () => {
    const semesters = analyseQuestion('노스윈드 과정은 몇 학기야?', undefined, emptyAliasIndex);
    expect(semesters.counted?.keys.has('학기')).toBe(true);
    expect(holdsAskedUnit('교육 과정은 3년 동안 8학기로 운영된다.', semesters, undefined)).toBe(true);
    expect(holdsAskedUnit('교육 과정은 12명의 강사가 맡는다.', semesters, undefined)).toBe(false);
  });
});

describe('what kind of body the entity is', () => {
  it('is a description, not which organization', () => {
    expect(classifyQuestion('노스윈드는 어떤 기관이야?')).toBe('definition');
    expect(classifyQuestion('What kind of school is Northwind?')).toBe('definition');
    expect(classifyQuestion('어떤 기관이 노스윈드와 협약했어?')).toBe('organization');
  });
});
