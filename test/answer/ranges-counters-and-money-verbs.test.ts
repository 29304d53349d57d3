/**
 * Issue 10, counts and amounts the answerer did not recognise (session 15): a range said as one count ("350-400
 * employees"), a body of people said before its number ("a staff of 150"), a counter the question names ("몇 편" and
 * "1221편"), Russian verbs of spending that ask for money ("Сколько потратила …"), a Korean name with a job title after
 * it. Small passages written for the test.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { countMentions } from '../../src/answer/answer-units.js';
import { hasPerson } from '../../src/answer/name-units.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);

describe('a range of numbers', () => {
  it('answers a count as one figure', () => {
    const employees = ask('How many employees does Harbor Pixel plan to have?');
    expect(holdsAskedUnit('Harbor Pixel wants to grow to 350-400 employees by 2028.', employees, undefined)).toBe(true);
    const people = ask('How many people will Harbor Pixel hire?');
    expect(holdsAskedUnit('The studio will hire 200–220 people next year.', people, undefined)).toBe(true);
  });

  it('is no count when a month, a year or a percentage follows it', () => {
    expect(countMentions('The market runs 14-16 June in Annecy.')).toEqual([]);
    expect(countMentions('Sales rose 10-20% in the 2020-2021 season.')).toEqual([]);
    expect(countMentions('Up to 30-40 artists join.').map((mention) => mention.text)).toContain('30-40');
  });
});

describe('a body of people before its number', () => {
  it('counts a workforce ("a staff of 150")', () => {
    const staff = ask('How many people does Harbor Pixel employ?');
    expect(holdsAskedUnit('Harbor Pixel has a staff of 150 today.', staff, undefined)).toBe(true);
    expect(holdsAskedUnit('Harbor Pixel has a library of 150 titles.', staff, undefined)).toBe(false);
  });
});

describe('an English compound of a kind of people and a thing', () => {
  it('counts the thing ("artist seats"), not people', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const seats = analyseQuestion('How many artist seats does the Cardiff studio have?', glossary, emptyAliasIndex);
    expect(seats.counted?.people).toBe(false);
    expect(holdsAskedUnit('The studio plans to reach 200-220 people soon.', seats, glossary)).toBe(false);
    expect(holdsAskedUnit('The Cardiff studio has 20 artist seats.', seats, glossary)).toBe(true);
  });
});

describe('a counter the question names', () => {
  it('is answered by the same counter after a number', () => {
    const works = ask('영화제 출품작은 모두 몇 편이었어?');
    expect(works.counted?.counter).toBe('편');
    expect(holdsAskedUnit('올해 출품작은 70개국 1221편으로 집계됐다.', works, undefined)).toBe(true);
    expect(holdsAskedUnit('올해 영화제에는 70개국이 참가했다.', works, undefined)).toBe(false);
  });

  it('is answered by a rough number with its counter ("50여 편", "1300여 곳", "30多家")', () => {
    const works = ask('그 스튜디오는 한 주에 몇 편을 만들어?');
    expect(holdsAskedUnit('작가 170명이 일주일에 50여 편을 만들어 낸다.', works, undefined)).toBe(true);
    const places = ask('웹툰을 공급하는 업체는 몇 곳이야?');
    expect(holdsAskedUnit('플랫폼 한 곳에 공급업체 1300여 곳이 웹툰을 낸다.', places, undefined)).toBe(true);
    // Not a rough number: "여" opens a word of its own.
    expect(holdsAskedUnit('작가 50 여성 편집자가 모였다.', works, undefined)).toBe(false);
  });
});

describe('a sum said to be withheld', () => {
  it('is no answer to how much, but its total answers a question asking the total', () => {
    const round = ask('How much did Harbor Capital put into Northwind?');
    const sentence = 'The size of the new round was not disclosed, but Northwind has now raised $40 million in total.';
    expect(holdsAskedUnit(sentence, round, undefined)).toBe(false);
    expect(holdsAskedUnit('Harbor Capital put $5 million into Northwind.', round, undefined)).toBe(true);
    const total = ask('How much has Northwind raised in total so far?');
    expect(holdsAskedUnit(sentence, total, undefined)).toBe(true);
    const korean = ask('하버캐피털은 노스윈드에 얼마를 투자했어?');
    expect(holdsAskedUnit('투자 금액은 비공개지만 누적 투자금은 120억원이다.', korean, undefined)).toBe(false);
  });
});

describe('a Russian question of spending', () => {
  it('asks for an amount of money, not a count', () => {
    expect(classifyQuestion('Сколько потратила киноиндустрия региона в 2020 году?')).toBe('amount');
    expect(classifyQuestion('Сколько студия вложила в новый проект?')).toBe('amount');
    expect(classifyQuestion('Сколько фильм стоил студии?')).toBe('amount');
    expect(classifyQuestion('Сколько проектов студия запустила в 2020 году?')).toBe('count');
  });
});

describe('a Korean name with a job title after it', () => {
  it('is a person (아나운서, 앵커)', () => {
    expect(hasPerson('사회는 김하늘 아나운서가 맡았다.', new Set())).toBe(true);
    expect(hasPerson('사회는 방송사가 맡았다.', new Set())).toBe(false);
  });
});
