/**
 * Two question/answer-unit rules of general grammar (issue 10): a Korean common noun ending in a one-syllable
 * body suffix (정원 "quota", 직원 "staff", 지원 "support") is not an organization, a name before it is; and Russian
 * asks for a school or an organization with "какая школа", "какое училище", "какую школу". Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { hasOrganization } from '../../src/answer/name-units.js';
import { namesSomethingElse } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

describe('Korean organizations', () => {
  it('need a name before a one-syllable suffix: a quota, staff or support is not a body', () => {
    expect(hasOrganization('모집 정원은 240명이었지만 지원자는 372명에 달했다.', new Set())).toBe(false);
    expect(hasOrganization('현재 직원은 41명이다.', new Set())).toBe(false);
    expect(namesSomethingElse('모집 정원은 240명이었지만 지원자는 372명에 달했다.', new Set())).toBe(false);
    expect(hasOrganization('한국콘텐츠진흥원은 사업을 주관했다.', new Set())).toBe(true);
    expect(hasOrganization('이 사업은 고용노동부와 함께 진행됐다.', new Set())).toBe(true);
    expect(hasOrganization('제작사는 내년에 영화를 낸다.', new Set())).toBe(true);
  });
});

describe('school questions in Russian', () => {
  it('ask for a school with "какая школа", "какое училище" and "какую школу"', () => {
    expect(classifyQuestion('Какая школа первой подписала соглашение?')).toBe('organization');
    expect(analyseQuestion('Какая школа первой подписала соглашение?', undefined, emptyAliasIndex).school).toBe(true);
    expect(analyseQuestion('Какое училище подписало соглашение?', undefined, emptyAliasIndex).school).toBe(true);
    expect(analyseQuestion('Какую школу выбрала студия?', undefined, emptyAliasIndex).school).toBe(true);
  });
});
