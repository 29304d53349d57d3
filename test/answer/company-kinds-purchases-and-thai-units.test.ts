/**
 * Issue 10, names and units the answerer did not read across scripts (session 23): a company name written as one word
 * with kinds of company after it (블루문캐피털파트너스 = Blue Moon Capital Partners), the price of a purchase asked as
 * money paid, Thai questions and the units of Thai sentences (Thai digits, counters, people named with a title), a
 * counter of two classes (편), a staff said as "名体制", how-much words of Vietnamese and Russian that ask for money, and
 * Thai names keyed by a rough romanization.
 * Small passages written for the test.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit, withAsciiDigits } from '../../src/answer/asked-unit.js';
import { classesRightAfter, countClassesOf } from '../../src/answer/count-classes.js';
import { moneyKindsIn } from '../../src/answer/money-kinds.js';
import { hasPerson } from '../../src/answer/name-units.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { romanizeThai } from '../../src/knowledge/thai-romanization.js';
import { nameKeys, queryNameKeys } from '../../src/retrieval/name-keys.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);
const meet = (left: string, right: string) => nameKeys(left).some((key) => nameKeys(right).includes(key));

describe('a company name written with its kinds as one word', () => {
  it('is keyed by the name before each kind, however long the word', () => {
    expect(meet('블루문캐피털파트너스가 투자를 이끌었다.', '블루문')).toBe(true);
    expect(meet('블루문캐피털파트너스가 투자를 이끌었다.', '블루문캐피털')).toBe(true);
    expect(meet('한빛인베스트먼트는 20억원을 넣었다.', '한빛')).toBe(true);
    expect(meet('サンライズキャピタルが出資した。', 'サンライズ')).toBe(true);
    expect(meet('ミナトホールディングスの子会社', 'ミナト')).toBe(true);
  });

  it('leaves a name of one letter before a kind unkeyed by it', () => {
    expect(meet('톱그룹은 말했다', '톱')).toBe(false);
    expect(meet('ミグループの会議', 'ミ')).toBe(false);
  });
});

describe('the price of a purchase', () => {
  it('is money paid and a stake bought', () => {
    expect(moneyKindsIn('How much did Nova pay for the studio?').has('purchase')).toBe(true);
    expect(moneyKindsIn('노바는 지분 40%를 120억원에 인수했다.').has('purchase')).toBe(true);
    expect(moneyKindsIn('ノヴァは株式を8億円で取得した。').has('purchase')).toBe(true);
    expect(moneyKindsIn('诺瓦以3亿元收购了该工作室。').has('purchase')).toBe(true);
    expect(moneyKindsIn('Nova đã mua lại studio với giá 50 tỷ đồng.').has('purchase')).toBe(true);
    expect(moneyKindsIn('Нова купила студию за 300 млн рублей.').has('purchase')).toBe(true);
    expect(moneyKindsIn('Khán giả mua vé hết 20 tỷ đồng.').has('purchase')).toBe(false);
  });

  it('answers "how much did X pay for Y" with the stake bought, not with sales', () => {
    const paid = ask('How much did Nova Pictures pay for Lumen?');
    expect(holdsAskedUnit('노바픽처스는 루멘 지분 30%를 현금 85억원에 취득했다.', paid, undefined)).toBe(true);
    expect(holdsAskedUnit('노바픽처스의 올해 매출은 300억원이다.', paid, undefined)).toBe(false);
  });
});

describe('Thai questions', () => {
  it('are typed by their question words and counters', () => {
    expect(classifyQuestion('สตูดิโอนี้มีพนักงานกี่คน')).toBe('count');
    expect(classifyQuestion('ภาพยนตร์เรื่องนี้ทำรายได้เท่าไร')).toBe('amount');
    expect(classifyQuestion('ใครเป็นผู้ก่อตั้งบริษัท')).toBe('person');
    expect(classifyQuestion('บริษัทก่อตั้งเมื่อไร')).toBe('date');
    expect(classifyQuestion('สำนักงานใหญ่อยู่ที่ไหน')).toBe('place');
    expect(classifyQuestion('การ์ตูนออกอากาศทางช่องไหน')).toBe('organization');
  });

  it('count by the counter after กี่, in any language', () => {
    const episodes = ask('ซีรีส์นี้มีกี่ตอน');
    expect(episodes.counted?.classes?.has('episode')).toBe(true);
    expect(holdsAskedUnit('The series runs to 52 episodes of 11 minutes.', episodes, undefined, true)).toBe(true);
    expect(holdsAskedUnit('The studio has 52 employees.', episodes, undefined, true)).toBe(false);
    expect(countClassesOf(['คน']).has('people')).toBe(true);
    expect(classesRightAfter('ตอน ตอนละ 11 นาที').has('episode')).toBe(true);
  });
});

describe('units in Thai sentences', () => {
  it('reads Thai digits as digits', () => {
    expect(withAsciiDigits('ทุนสร้าง ๑๒๐ ล้านบาท ปี ๒๕๕๒')).toBe('ทุนสร้าง 120 ล้านบาท ปี 2552');
    expect(holdsAskedUnit('ภาคนี้ใช้ทุนสร้างกว่า ๘๐ ล้านบาท', ask('What was the budget of the sequel?'), undefined)).toBe(
      true,
    );
    expect(holdsAskedUnit('ภาคนี้ใช้เวลาสร้างนานมาก', ask('What was the budget of the sequel?'), undefined)).toBe(false);
  });

  it('names a person by a title or a role beside the name, not a company', () => {
    expect(hasPerson('ภาพยนตร์เรื่องนี้กำกับโดยสมชาย ใจดีมาก ซึ่งเรียนที่ญี่ปุ่น', new Set())).toBe(true);
    expect(hasPerson('สมชาย ใจดีมาก ผู้จัดการทั่วไปของสตูดิโอ เล่าว่า', new Set())).toBe(true);
    expect(hasPerson('จัดจำหน่ายโดยบริษัท สหภาพ ฟิล์ม', new Set())).toBe(false);
    expect(hasPerson('ภาพยนตร์ยาว 95 นาที เข้าฉายปีนี้', new Set())).toBe(false);
  });
});

describe('counters and staff', () => {
  it('takes 편 for episodes and for works', () => {
    const text = '시리즈는 11분짜리 26편으로 만들어졌다.';
    expect(holdsAskedUnit(text, ask('How many episodes does the series have?'), undefined, true)).toBe(true);
    expect(holdsAskedUnit(text, ask('How many films did the studio make?'), undefined, true)).toBe(true);
    expect(
      holdsAskedUnit('드라마를 한 해 3~4편 만든다.', ask('Сколько драм в год снимает студия?'), undefined, true),
    ).toBe(true);
  });

  it('counts a staff said as 名体制', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const staff = analyseQuestion('How many employees does the studio have?', glossary, emptyAliasIndex);
    expect(holdsAskedUnit('スタジオは現在40名の体制で制作している。', staff, glossary, true)).toBe(true);
    expect(holdsAskedUnit('スタジオは作品を40本制作している。', staff, glossary, true)).toBe(false);
  });
});

describe('how-much words that ask for money', () => {
  it('in Vietnamese and Russian', () => {
    expect(classifyQuestion('Hãng phim bán bản quyền với giá bao nhiêu?')).toBe('amount');
    expect(classifyQuestion('Сколько принесла продажа прав?')).toBe('amount');
    expect(classifyQuestion('Сколько «Чебурашка» собрал в прокате?')).toBe('amount');
    expect(classifyQuestion('Сколько зрителей собрал фестиваль?')).toBe('count');
  });
});

describe('Thai names across scripts', () => {
  const meetQuery = (passage: string, question: string) =>
    nameKeys(passage).some((key) => queryNameKeys(question).includes(key));

  it('romanizes Thai roughly, vowels after their consonant, loanword letters kept', () => {
    expect(romanizeThai('เน็ตฟลิกซ์')).toBe('netfliks');
    expect(romanizeThai('ปังปอนด์')).toBe('pangpond');
    expect(romanizeThai('Studio 5')).toBe('Studio 5');
  });

  it('keys a name Thai writes in words apart, meeting its Latin spelling', () => {
    expect(meetQuery('บริษัท เมเจอร์ ซีนีเพล็กซ์ กรุ้ป จำกัด (มหาชน) แถลงว่า', 'Who runs Major Cineplex?')).toBe(true);
    expect(meetQuery('การ์ตูน ปังปอนด์ กลับมาแล้ว', 'When does PangPond come back?')).toBe(true);
    expect(meetQuery('ภาพยนตร์ยาว 91 นาที', 'Who runs Major Cineplex?')).toBe(false);
  });
});
