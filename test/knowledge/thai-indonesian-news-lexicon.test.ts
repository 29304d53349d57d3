/**
 * The news words of the lexicon in Thai, and the months in Thai, Indonesian and Chinese: a layoff, a merger, a loss,
 * a quarter, subscribers, a release, a cinema or a month in a Thai or Indonesian report is the concept a question in
 * another language names; a common Thai word (หนัง, ตอน) is no concept of its own.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';

const { glossary, problems } = await loadGlossary(path.resolve('knowledge', 'glossary.yaml'));
const concepts = (text: string) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);

describe('Thai and Indonesian news words of the lexicon', () => {
  it('load without a form claimed twice', () => {
    expect(problems).toEqual([]);
  });

  it('name the concept of the other languages', () => {
    const cases: [string, string][] = [
      ['layoff', 'ช่อง 3 ประกาศเลิกจ้างพนักงาน'],
      ['merger', 'ทั้งสองบริษัทตกลงควบรวมกิจการ'],
      ['financial-loss', 'บริษัทขาดทุนสุทธิ 120 ล้านบาท'],
      ['quarter-period', 'ผลประกอบการไตรมาสแรก'],
      ['subscribers', 'บริการมีผู้สมัครสมาชิกเพิ่มขึ้น'],
      ['release', 'ภาพยนตร์เข้าฉายทั่วประเทศ'],
      ['cinemas-screens', 'เข้าฉายในโรงภาพยนตร์ 200 แห่ง'],
      ['month-october', 'วันที่ 5 ตุลาคม 2566'],
      ['month-october', 'tayang pada 5 Oktober 2023'],
      ['month-october', '十月上映'],
    ];
    for (const [concept, text] of cases) expect(concepts(text), text).toContain(concept);
  });

  it('does not read a common Thai word as a concept of its own', () => {
    expect(concepts('ตอนนี้ยังไม่มีข่าว')).not.toContain('episode');
    expect(concepts('กระเป๋าหนังสีดำ')).not.toContain('film');
  });
});
