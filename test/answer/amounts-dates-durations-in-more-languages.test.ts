/**
 * Units written the way Korean, Japanese, Chinese, Thai and Indonesian reports write them (issue 10 item 5): an
 * amount with several scale words ("840억3천만원", "3천만 원", "4百万円"), a Thai currency ("35,000 ดอลลาร์สหรัฐ",
 * "200 ล้านบาท"), a length in Indonesian or Thai ("selama 6 bulan", "3 เดือน"), a day in Indonesian or Thai ("12 Mei
 * 2022", "18 พฤษภาคม 2549") and a Thai year of the Buddhist era ("ก่อตั้งเมื่อปี 2544"); and a Thai or Indonesian word
 * for a kind of money is not another kind ("งบประมาณ", a budget, does not answer a question about revenue). Written
 * here, on made-up companies.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;

const holds = (question: string, sentence: string) =>
  holdsAskedUnit(sentence, analyseQuestion(question, glossary, emptyAliasIndex), glossary, true);

describe('an amount with several scale words or a Thai currency', () => {
  it('reads a Korean, Japanese or Chinese amount written with more than one scale word', () => {
    expect(holds('How much revenue did Lantern Fox make?', '매출액은 840억3천만원으로 늘었다.')).toBe(true);
    expect(holds('How much revenue did Lantern Fox make?', '매출액은 840억 3천만 원이었다.')).toBe(true);
    expect(holds('How much is Lantern Fox worth?', '기업가치는 1천억원으로 평가됐다.')).toBe(true);
    expect(holds('How much profit did Lantern Fox make?', '営業利益は4百万円だった。')).toBe(true);
  });

  it('reads a Thai amount, and keeps a budget apart from revenue', () => {
    const budget = 'ภาคใหม่ใช้งบประมาณราว 35,000 ดอลลาร์สหรัฐต่อตอน';
    expect(holds('What is the budget per episode of Lantern Fox?', budget)).toBe(true);
    expect(holds('How much revenue does Lantern Fox make?', budget)).toBe(false);
    expect(holds('How much did the Lantern Fox film cost?', 'ใช้ทุนสร้าง 200 ล้านบาท')).toBe(true);
  });
});

describe('a length, a day and a year in Indonesian and Thai', () => {
  it('reads a length of months in Indonesian or Thai', () => {
    const question = 'Học sinh Lantern Fox được miễn học phí trong bao lâu?';
    expect(holds(question, 'Beasiswa itu berupa pembebasan biaya SPP selama 6 bulan.')).toBe(true);
    expect(holds(question, 'นักเรียนได้รับการยกเว้นค่าเล่าเรียน 3 เดือน')).toBe(true);
  });

  it('reads a day of a month in Indonesian or Thai', () => {
    expect(holds('When did the Lantern Fox studio open?', 'Studio itu dibuka pada 12 Mei 2022.')).toBe(true);
    expect(holds('When did the Lantern Fox film come out?', 'ภาพยนตร์เข้าฉายเมื่อวันที่ 18 พฤษภาคม 2549')).toBe(true);
  });

  it('reads a Thai year of the Buddhist era as the year asked', () => {
    expect(holds('Lantern Fox是哪一年成立的?', 'บริษัทก่อตั้งเมื่อปี 2544 เพื่อทำแอนิเมชัน')).toBe(true);
    expect(holds('Lantern Fox是哪一年成立的?', 'บริษัทมีพนักงาน 2544 คน')).toBe(false);
  });
});
