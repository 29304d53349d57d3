/**
 * Questions in Thai (session 23): the asked type from its question words — กี่ / เท่าไร (how many, how much with a word
 * for money), เมื่อไร / เมื่อไหร่ / ปีไหน (when), นานเท่าไร / กี่วัน (how long), ใคร (who), ที่ไหน / ประเทศไหน (where),
 * บริษัทไหน (which organization), เรื่องไหน (which work), คืออะไร (what is). Before, every Thai question was "other".
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;
const concepts = (text: string) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);

describe('a Thai question', () => {
  it('is classified by its question word', () => {
    expect(classifyQuestion('สตูดิโอนี้มีพนักงานกี่คน')).toBe('count');
    expect(classifyQuestion('ซีรีส์ใหม่มีจำนวนเท่าไร')).toBe('count');
    expect(classifyQuestion('หนังเรื่องนี้ทำรายได้เท่าไหร่')).toBe('amount');
    expect(classifyQuestion('บริษัทจ่ายค่าลิขสิทธิ์เท่าไร')).toBe('amount');
    expect(classifyQuestion('บริษัทก่อตั้งขึ้นเมื่อไหร่')).toBe('date');
    expect(classifyQuestion('เทศกาลจัดขึ้นเมื่อไร')).toBe('date');
    expect(classifyQuestion('สตูดิโอเปิดปีไหน')).toBe('date');
    expect(classifyQuestion('การถ่ายทำใช้เวลานานเท่าไร')).toBe('duration');
    expect(classifyQuestion('หนังขึ้นอันดับหนึ่งกี่สัปดาห์')).toBe('duration');
    expect(classifyQuestion('ใครเป็นผู้กำกับภาพยนตร์เรื่องนี้')).toBe('person');
    expect(classifyQuestion('สำนักงานใหญ่ของสตูดิโออยู่ที่ไหน')).toBe('place');
    expect(classifyQuestion('ซีรีส์นี้ออกอากาศในประเทศไหน')).toBe('place');
    expect(classifyQuestion('บริษัทไหนเป็นผู้จัดจำหน่าย')).toBe('organization');
    expect(classifyQuestion('สตูดิโอสร้างหนังเรื่องไหนเป็นเรื่องแรก')).toBe('title');
    expect(classifyQuestion('แอนิเมชันสามมิติคืออะไร')).toBe('definition');
  });

  it('keeps a question without a question word open', () => {
    expect(classifyQuestion('ทำไมหนังภาคนี้ไม่ทำสถิติใหม่')).toBe('other');
  });
});

describe('the lexicon in Thai and Chinese', () => {
  it('finds what a question asks about inside unspaced text', () => {
    expect(concepts('บริษัทนี้ก่อตั้งขึ้นเมื่อไหร่')).toContain('founding');
    expect(concepts('สำนักงานใหญ่ของสตูดิโออยู่ที่ไหน')).toContain('headquarters');
    expect(concepts('สตูดิโอมีพนักงานกี่คน')).toContain('headcount');
    expect(concepts('หนังเปิดตัวอันดับ 1 บ็อกซ์ออฟฟิศญี่ปุ่น')).toContain('box-office');
    expect(concepts('该公司在哪些城市设有办事处?')).toContain('office-opening');
  });

  it('keeps a founder apart from a founding', () => {
    const found = concepts('ผู้ก่อตั้งสตูดิโอคือใคร');
    expect(found).toContain('founder');
    expect(found).not.toContain('founding');
  });
});
