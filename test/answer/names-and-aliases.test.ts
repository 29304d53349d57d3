import { describe, expect, it } from 'vitest';
import { createAliasIndex, extractAliasPairs, groupAliases } from '../../src/knowledge/article-aliases.js';
import { looseNameKey, romanizeHangul, romanizeKana, transliterateCyrillic } from '../../src/knowledge/romanize.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { hasAmount, hasDate } from '../../src/answer/answer-units.js';

describe('names across scripts and spellings', () => {
  it('romanizes Hangul, Kana and Cyrillic', () => {
    expect(romanizeHangul('하정수')).toBe('hajeongsu');
    expect(romanizeKana('ソウル')).toBe('souru');
    expect(transliterateCyrillic('Сеул')).toBe('seul');
  });

  it('gives one loose key to spellings and scripts of one name', () => {
    expect(looseNameKey('Ha Jung-soo')).toBe(looseNameKey('Ha Jung-su'));
    expect(looseNameKey('Ha Jung-soo')).toBe(looseNameKey('하정수'));
    expect(looseNameKey('Konjinwon')).toBe(looseNameKey('Conjinwon'));
    expect(looseNameKey('Konjinwon')).toBe(looseNameKey('콘진원'));
    expect(looseNameKey('Baek Byung-joo')).toBe(looseNameKey('Paik Byung-joo'));
    expect(looseNameKey('Kim Il-joong')).not.toBe(looseNameKey('Kim Seong-jun'));
  });
});

describe('aliases an article states itself', () => {
  it('learns long and short forms in several languages', () => {
    const pairs = extractAliasPairs(
      'Netflix and the Korea Creative Content Agency (KOCCA) met. 한국콘텐츠진흥원(이하 콘진원)은 밝혔다. ' +
        '웹툰 제작사 씨엔씨레볼루션(CNC Revolution)이 운영했다. Корейское агентство креативного контента (далее — KOCCA).',
    );
    expect(pairs).toContainEqual(['Korea Creative Content Agency', 'KOCCA']);
    expect(pairs).toContainEqual(['한국콘텐츠진흥원', '콘진원']);
    expect(pairs).toContainEqual(['씨엔씨레볼루션', 'CNC Revolution']);
    const aliases = createAliasIndex(groupAliases(pairs));
    const [long] = aliases.find('What did the Korea Creative Content Agency announce?');
    const [short] = aliases.find('KOCCA는 무엇을 발표했나요?');
    expect(long?.key).toBeDefined();
    expect(short?.key).toBe(long?.key);
  });

  it('does not take a place or a title before the brackets for the name', () => {
    expect(extractAliasPairs('Văn phòng của Hàn Quốc (KOCCA) tại Việt Nam')).toEqual([]);
    const [pair] = extractAliasPairs('Kim, Chairman of the Korean Broadcasters Association (KOBETA), said');
    expect(pair?.[0]).toBe('Korean Broadcasters Association');
  });
});

describe('what a question asks', () => {
  it.each([
    ['How many people work at the studio?', 'count'],
    ['스튜디오 직원은 몇 명인가요?', 'count'],
    ['Сколько сотрудников в студии?', 'count'],
    ['How much did the company invest?', 'amount'],
    ['투자 금액은 얼마야?', 'amount'],
    ['When was the MOU signed?', 'date'],
    ['KOCCA mở văn phòng khi nào?', 'date'],
    ['いつ設立されましたか?', 'date'],
    ['Where did the studio open an office?', 'place'],
    ['Кто руководит студией?', 'person'],
    ['Which company invested in the studio?', 'organization'],
    ['What is Launchpad?', 'definition'],
  ])('%s → %s', (question, type) => {
    expect(classifyQuestion(question)).toBe(type);
  });

  it('finds dates and amounts in any format', () => {
    for (const date of ['ngày 8/10', '10월 8일', 'on October 8', '2025年3月', '8 октября', 'sáng 11-8'])
      expect(hasDate(date), date).toBe(true);
    for (const amount of ['570억원', '1조 원', '$159 million', '20,000 euros', '3 tỷ đồng', '5億円', '10 млн рублей']) {
      expect(hasAmount(amount), amount).toBe(true);
    }
    expect(hasAmount('237명이 수료했다')).toBe(false);
  });
});
