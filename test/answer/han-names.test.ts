import { describe, expect, it } from 'vitest';
import { withHanNames } from '../../src/answer/han-names.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { nameKeys } from '../../src/retrieval/name-keys.js';

/** Rarity as a small index gives it: by how many of the passages hold a key (1 = none). */
function rarityOf(passages: string[]): (key: string) => number {
  const held = passages.map((passage) => new Set(nameKeys(passage)));
  return (key) => {
    const count = held.filter((keys) => keys.has(key)).length;
    return count === 0 ? 1 : 1 - count / passages.length;
  };
}

const filler = [
  '公司去年的营收增长了。',
  '这部电影上映了。',
  '员工人数增加了。',
  '新的工作室成立了。',
  '票房超过了预期。',
];

function entities(question: string, passages: string[]) {
  const analysis = withHanNames(analyseQuestion(question, undefined, emptyAliasIndex), rarityOf(passages));
  return analysis.terms.filter((term) => term.role === 'entity');
}

describe('Han stretches the knowledge base holds as names', () => {
  it('reads the letters of a name the segmenter cut apart as one entity, found by its pinyin key', () => {
    const passages = ['琪瑞岚的员工有一百二十人。', ...filler];
    const analysis = withHanNames(
      analyseQuestion('琪瑞岚的员工有多少?', undefined, emptyAliasIndex),
      rarityOf(passages),
    );
    const names = analysis.terms.filter((term) => term.role === 'entity');
    expect(names.map((term) => term.word)).toEqual(['琪瑞岚']);
    expect(names[0]?.keys.some((key) => nameKeys('琪瑞岚的员工').includes(key))).toBe(true);
    // Its letters no longer weigh as plain words of their own.
    expect(analysis.terms.some((term) => term.word === '瑞')).toBe(false);
  });

  it('reads each of two names in one question', () => {
    const passages = ['琪瑞岚投资了蓝鸥飒。', '蓝鸥飒的估值上涨。', ...filler];
    const words = entities('琪瑞岚持有蓝鸥飒多少股份?', passages).map((term) => term.word);
    expect(words).toEqual(expect.arrayContaining(['琪瑞岚', '蓝鸥飒']));
  });

  it('takes no word of the vocabulary into a name', () => {
    const passages = ['琪瑞岚员工有一百二十人。', ...filler];
    expect(entities('琪瑞岚员工有多少?', passages).map((term) => term.word)).toEqual(['琪瑞岚']);
  });

  it('reads no name the knowledge base does not hold', () => {
    expect(entities('琪瑞岚的员工有多少?', filler)).toEqual([]);
  });

  it('reads no name that many passages hold', () => {
    const passages = Array.from({ length: 6 }, (_, index) => `琪瑞岚第${index}次发布。`);
    expect(entities('琪瑞岚的员工有多少?', [...passages, '其他'])).toEqual([]);
  });

  it('leaves a question that already names an entity as it was', () => {
    const passages = ['Zorvex投资了琪瑞岚。', ...filler];
    const names = entities('Zorvex投资了琪瑞岚多少?', passages);
    expect(names.map((term) => term.word)).toEqual(['zorvex']);
  });

  it('reads a kanji name of a Japanese question the same way', () => {
    const passages = ['岚琪スタジオの社長は山田氏だ。', ...filler];
    expect(entities('岚琪スタジオの社長は誰?', passages).map((term) => term.word)).toEqual(['岚琪']);
  });
});
