import { describe, expect, it } from 'vitest';
import { hasDuration } from '../../src/answer/answer-units.js';
import { countedOf } from '../../src/answer/asked-object.js';
import { askedShape } from '../../src/answer/asked-unit.js';
import { moneyKindsIn } from '../../src/answer/money-kinds.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { isQuestionWord } from '../../src/answer/question-words.js';

describe('ages and running times are lengths', () => {
  it('reads an age question as a length of life and finds the age in any language', () => {
    expect(classifyQuestion('Сколько лет девочке Гао из мультфильма?')).toBe('duration');
    expect(classifyQuestion('How old is the girl in the film?')).toBe('duration');
    expect(classifyQuestion('주인공은 몇 살이야?')).toBe('duration');
    expect(hasDuration('Leng Keng sơ ý làm rơi trái xấu trúng Gạo, một cô bé mới 4 tuổi.')).toBe(true);
    expect(hasDuration('이 감독은 34세에 회사를 세웠다.')).toBe(true);
  });

  it('reads "how long is it" as a running time and finds seconds and minutes', () => {
    expect(classifyQuestion('这部片子的预告片有多长?')).toBe('duration');
    expect(classifyQuestion('첫 작품은 몇 분짜리야?')).toBe('duration');
    expect(hasDuration('Đoạn teaser dài 75 giây đăng trên YouTube đã có 60.100 lượt xem.')).toBe(true);
    expect(hasDuration('The teaser has 60,100 views.')).toBe(false);
  });
});

describe('Chinese questions', () => {
  it('takes 成立 / 创办 as a founding, so a founding clause answers "哪一年成立"', () => {
    expect(askedShape('date', 'Atomic Cartoons的温哥华工作室是哪一年成立的?').founding).toBe(true);
    expect(askedShape('date', '这家公司是哪一年开始做动画的?').founding).toBe(false);
  });

  it('knows the question words, which are never what is asked', () => {
    for (const word of ['哪一', '谁', '多少', '是', '的']) expect(isQuestionWord(word, word)).toBe(true);
    expect(isQuestionWord('总经理', '总经理')).toBe(false);
  });

  it('counts the people after 多少, a workforce when they are staff', () => {
    const staff = countedOf('Framestore蒙特利尔工作室有多少员工?', undefined);
    expect(staff?.keys.size).toBeGreaterThan(0);
    expect(staff?.workforce).toBe(true);
    // A classifier of the counter list already says what is counted.
    expect(countedOf('东布洲基地有多少家企业?', undefined)?.keys.size).toBe(0);
  });

  it('asks a valuation as money of its own kind', () => {
    expect(classifyQuestion('艺画开天最新估值是多少?')).toBe('amount');
    expect(moneyKindsIn('最新估值接近25亿元').has('valuation')).toBe(true);
    expect(moneyKindsIn('公司完成了数亿元融资').has('valuation')).toBe(false);
  });
});

describe('languages counted', () => {
  it('reads 何か国語 as languages, not countries', () => {
    const counted = countedOf('「マーシャとくま」は何か国語に翻訳されている?', undefined);
    expect(counted?.keys.has('@country')).toBe(false);
    expect(counted?.classes?.has('language')).toBe(true);
    expect(countedOf('何か国で放送されている?', undefined)?.keys.has('@country')).toBe(true);
  });
});
