/**
 * A Chinese name in Russian's Palladius spelling (knowledge/palladius.ts) is read back to its pinyin, so that it meets
 * the name's Han letters and its Latin spelling; a Russian word is not read so.
 */
import { describe, expect, it } from 'vitest';
import { palladiusPinyin } from '../../src/knowledge/palladius.js';
import { nameKeys, queryNameKeys } from '../../src/retrieval/name-keys.js';

describe('Chinese names in Palladius spelling', () => {
  it('reads a run of Palladius syllables back to pinyin', () => {
    expect(palladiusPinyin('Цзяоцзы')).toBe('jiaozi');
    expect(palladiusPinyin('ТяньСяопэн')).toBe('tianxiaopeng');
    expect(palladiusPinyin('ЮйМинхун')).toBe('yuminghong');
    expect(palladiusPinyin('ВанВэй')).toBe('wangwei');
  });

  it('reads no Russian word and no single syllable', () => {
    for (const word of ['Москва', 'Кинопоиск', 'Союзмультфильм', 'Россия', 'Ван'])
      expect(palladiusPinyin(word)).toBe(undefined);
  });

  it('lets a Russian question meet the Han letters and the Latin spelling of the name', () => {
    const question = queryNameKeys('Какой долей студии владеет режиссёр Цзяоцзы?');
    const han = nameKeys('导演饺子持有该公司股份');
    expect(question.some((key) => han.includes(key))).toBe(true);
    const latin = nameKeys('the director Tian Xiaopeng');
    expect(nameKeys('режиссёр Тянь Сяопэн').some((key) => latin.includes(key))).toBe(true);
  });
});
