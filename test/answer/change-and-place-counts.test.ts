/**
 * Units read across languages (issue 10): a change or a share asked ("how much did it grow", "얼마나 늘었어",
 * "增长了多少") is told by a percentage or a multiple; screens, cinemas, channels, cities, countries, sites and
 * subscribers are counts of their own class in every language; posts asked ("何人の雇用") are told as jobs; a Vietnamese
 * "tháng mấy" asks when. Passages written here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeAsked, hasChangeFigure } from '../../src/answer/asked-change.js';
import { hasAmount } from '../../src/answer/answer-units.js';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { countClassesOf } from '../../src/answer/count-classes.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;

const holds = (question: string, sentence: string) =>
  holdsAskedUnit(sentence, analyseQuestion(question, glossary, emptyAliasIndex), glossary, true);

describe('a change or a share asked', () => {
  it('knows a change or share question in each language, and not a plain one', () => {
    for (const question of [
      'How much did Lantern Fox grow last year?',
      '하버라이트 매출은 얼마나 늘었어?',
      '灯狐公司的营收增长了多少?',
      'ランタンフォックスの売上はどれくらい伸びた?',
      'Doanh thu của Lantern Fox tăng bao nhiêu?',
      'Насколько выросла выручка Lantern Fox?',
      'Pendapatan Lantern Fox naik berapa?',
      'รายได้ของ Lantern Fox เพิ่มขึ้นเท่าไร',
    ])
      expect(changeAsked(question)).toBe(true);
    expect(changeAsked('How much did Lantern Fox pay for the studio?')).toBe(false);
  });

  it('reads a percentage or a multiple in each language, and not a plain sum', () => {
    for (const sentence of [
      'Sales rose 25.0%.',
      '매출은 4배로 늘었다.',
      '売上は2倍になった。',
      'Doanh thu tăng 3 lần.',
    ])
      expect(hasChangeFigure(sentence)).toBe(true);
    expect(hasChangeFigure('Выручка выросла в 2 раза.')).toBe(true);
    expect(hasChangeFigure('Revenue reached $5 million.')).toBe(false);
  });

  it('takes a percentage for a change asked across languages, not for a sum or a headcount asked', () => {
    expect(holds('하버라이트 매출은 1년 새 얼마나 늘었어?', 'Harbourlight’s sales grew 31% in a year.')).toBe(true);
    expect(holds('灯狐公司的营收增长了多少?', 'Doanh thu của Lantern Fox tăng 18%.')).toBe(true);
    expect(holds('How much did Harbourlight pay for the studio?', '하버라이트 매출은 31% 늘었다.')).toBe(false);
    expect(holds('Harbourlight 직원은 몇 명 늘었어?', 'Harbourlight’s sales grew 31% in a year.')).toBe(false);
  });
});

describe('counts of places, screens, channels and subscribers across languages', () => {
  it('knows the class of what is counted', () => {
    expect(countClassesOf(['layar'])).toEqual(new Set(['screen']));
    expect(countClassesOf(['đài truyền hình'])).toEqual(new Set(['channel']));
    expect(countClassesOf(['kecamatan'])).toEqual(new Set(['city']));
    expect(countClassesOf(['стран'])).toEqual(new Set(['country']));
    expect(countClassesOf(['subscribers'])).toEqual(new Set(['subscriber']));
  });

  it('finds a count of the same class in another language', () => {
    expect(holds('Lantern Fox는 스크린을 몇 개 운영해?', 'Lantern Fox kini mengoperasikan 1.350 layar.')).toBe(true);
    expect(holds('Phim được phát trên bao nhiêu đài truyền hình?', 'Serialnya tayang di 30 televisi lokal.')).toBe(
      true,
    );
    expect(holds('Сколько районов участвовали?', 'Peserta datang dari 11 kecamatan.')).toBe(true);
    expect(holds('How many cinemas does Lantern Fox run?', 'Lantern Fox có 53 cụm rạp trên cả nước.')).toBe(true);
    expect(holds('Unity sẽ đóng văn phòng ở bao nhiêu nơi?', 'It will close offices in about 14 locations.')).toBe(
      true,
    );
  });

  it('does not take a count of another class', () => {
    expect(holds('Wolfooは何カ国で放送されている?', 'Trẻ em ở 12 thành phố lớn đã xem Wolfoo.')).toBe(false);
    expect(holds('How many subscribers does Lantern Fox have?', 'Lantern Fox 월간 사용자는 129만명이다.')).toBe(false);
    expect(holds('Lantern Fox는 스크린을 몇 개 운영해?', 'Lantern Fox kini mengoperasikan 256 lokasi.')).toBe(false);
  });

  it('takes jobs for posts asked, not for who works there now', () => {
    expect(holds('新スタジオは何人の雇用を生む?', 'The new studio is expected to create 180 jobs.')).toBe(true);
    expect(holds('How many people will the new studio hire?', 'Studio mới sẽ tạo ra 200 việc làm.')).toBe(true);
    expect(holds('新スタジオでは今何人が働いている?', 'The new studio is expected to create 180 jobs.')).toBe(false);
  });
});

describe('a Vietnamese month, day or year asked with "mấy"', () => {
  it('asks when, while "mấy tháng" asks how long', () => {
    expect(classifyQuestion('Mùa 2 phát sóng từ tháng mấy?')).toBe('date');
    expect(classifyQuestion('Phim ra rạp ngày mấy?')).toBe('date');
    expect(classifyQuestion('Khóa học kéo dài mấy tháng?')).toBe('duration');
  });
});

describe('an amount written with digits between its scales', () => {
  it('reads a Korean, Japanese or Chinese sum whose last scale is followed by digits', () => {
    expect(hasAmount('공모가는 주당 2만1600원이다.')).toBe(true);
    expect(hasAmount('興収5億1,959万7,100円を記録した。')).toBe(true);
    expect(hasAmount('票房达到3亿2,500万元。')).toBe(true);
    expect(hasAmount('累計動員は39万4,866人。')).toBe(false);
  });
});
