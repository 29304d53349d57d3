/**
 * Loose name keys of a text (retrieval/name-keys.ts): a word that starts with a small letter or a digit ends a run
 * of capitalised words, a Katakana word and a Hangul name written in two words, and is never a name itself; a comma or a
 * quote mark ends a Katakana name too.
 */
import { describe, expect, it } from 'vitest';
import { looseKeysOf, nameKeys } from '../../src/retrieval/name-keys.js';

const keyOf = (name: string) => looseKeysOf(name)[0] as string;

describe('name keys between everyday words and digits', () => {
  it('joins neighbouring capitalised words, not across a small word or a digit', () => {
    const keys = nameKeys('the studio Dexter Studios and Pororo Park made 2 films in Seoul 2019');
    expect(keys).toContain(keyOf('DexterStudios'));
    expect(keys).toContain(keyOf('PororoPark'));
    expect(keys).toContain(keyOf('Seoul'));
    expect(keys).not.toContain(keyOf('StudiosPororo'));
    expect(keys).not.toContain(keyOf('studioDexter'));
    expect(nameKeys('Pororo 2 Park')).not.toContain(keyOf('PororoPark'));
    expect(nameKeys('Pororo Park')).toContain(keyOf('PororoPark'));
  });

  it('ends a Katakana name and a two-word Hangul name at a small word or a digit', () => {
    expect(nameKeys('キネマシトラス and more')).toContain(keyOf('キネマシトラス'));
    expect(nameKeys('キネマ 2 シトラス')).not.toContain(keyOf('キネマシトラス'));
    expect(nameKeys('키네마 시트러스')).toContain(keyOf('키네마시트러스'));
    expect(nameKeys('키네마 2 시트러스')).not.toContain(keyOf('키네마시트러스'));
    expect(nameKeys('키네마 x 시트러스')).not.toContain(keyOf('키네마시트러스'));
  });

  it('ends a Katakana name at a comma or a quote mark, not at a space or a middle dot', () => {
    const keys = nameKeys(
      'Amazon Studiosの『ロスト・イン・オズ』、ルーカスフィルムの『スター・ウォーズ レジスタンス』',
    );
    expect(keys).toContain(keyOf('ルーカスフィルム'));
    expect(keys).toContain(keyOf('ロストインオズ'));
    expect(keys).toContain(keyOf('スターウォーズレジスタンス'));
    expect(nameKeys('CGスタジオ、ポリゴン・ピクチュアズが')).toContain(keyOf('ポリゴンピクチュアズ'));
  });

  it('reads a foreign name Chinese writes by its sound with a middle dot by the skeleton of its Latin spelling', () => {
    const skeleton = (keys: string[]) => keys.filter((key) => key.startsWith('#'));
    const latin = skeleton(nameKeys('Thomas Tull will stay on'));
    expect(nameKeys('董事会主席兼首席执行官托马斯·图尔将留任').some((key) => latin.includes(key))).toBe(true);
    expect(nameKeys('董事会主席兼首席执行官托马斯图尔将留任').some((key) => latin.includes(key))).toBe(false);
  });

  it('reads a Katakana name written in words apart also by runs of one to three of its words, as a Latin name', () => {
    const keys = nameKeys('ビッグ・マシーン・レーベル・グループのCEO');
    expect(keys).toContain(keyOf('ビッグマシーンレーベルグループ'));
    expect(keys).toContain(keyOf('ビッグマシーン'));
    expect(keys).toContain(keyOf('マシーンレーベルグループ'));
    expect(keys).toContain(keyOf('レーベル'));
    // the Hangul press writes the same label in words joined otherwise: 빅머신 레이블 그룹
    expect(keys).toContain(looseKeysOf('빅머신')[1]);
    expect(nameKeys('キネマシトラス')).toEqual(looseKeysOf('キネマシトラス').filter((key) => !key.startsWith('%ᴾ')));
  });

  it('gives no key for small words and digits alone', () => {
    expect(nameKeys('made 2 films in 2019 with the crew')).toEqual([]);
  });
});
