/**
 * Two readings that carry a name across scripts (loan21): a Japanese name in kanji read the Japanese way
 * (knowledge/japanese-reading.ts, retrieval/japanese-reading-keys.ts), and a Chinese name Korean writes by its Mandarin
 * sound read back to pinyin (knowledge/hangul-pinyin.ts).
 */
import { describe, expect, it } from 'vitest';
import { foldedHan } from '../../src/knowledge/han-reading.js';
import { hangulPinyin } from '../../src/knowledge/hangul-pinyin.js';
import { japanesePersonNameReadings, japaneseReadings } from '../../src/knowledge/japanese-reading.js';
import { looseNameKey } from '../../src/knowledge/romanize.js';
import { createReadingMatcher, learntJapaneseReadings } from '../../src/retrieval/japanese-reading-keys.js';
import { nameKeys, queryNameKeys } from '../../src/retrieval/name-keys.js';

const shared = (left: string[], right: string[]) => left.some((key) => right.includes(key));

describe('Japanese names in kanji', () => {
  it('reads a company name by on-yomi and a family name by kun-yomi, in either character form', () => {
    expect(japaneseReadings('任天堂', foldedHan)).toContain('nintendo');
    expect(japaneseReadings('小学館', foldedHan)).toContain('shogakukan');
    expect(japaneseReadings('古川', foldedHan)).toContain('furukawa');
    // Chinese writes 宫崎 for 宮崎.
    expect(japaneseReadings('宫崎', foldedHan)).toContain('miyazaki');
    expect(japaneseReadings('的了', foldedHan)).toEqual([]);
  });

  it("lets a question's kanji meet the romanized name an article writes", () => {
    expect(shared(queryNameKeys('講談社の売上高は?'), nameKeys('it overtook Kodansha as the largest'))).toBe(true);
    expect(shared(queryNameKeys('索尼将持有角川多少股份?'), nameKeys('Sony becomes KADOKAWA’s top holder'))).toBe(true);
  });

  it('lets a romanized or Hangul name find the kanji a Japanese article writes it in', () => {
    const article = '任天堂の古川俊太郎社長は決算会見で語った。ソニーグループの十時裕樹社長とは交流がある。';
    const matcher = createReadingMatcher(learntJapaneseReadings(article));
    const passage = nameKeys(article);
    for (const question of ['What did Shuntaro Furukawa say?', 'How big is Nintendo?', '도토키 히로키는 누구야?'])
      expect(shared(matcher.pinyinKeysOf(queryNameKeys(question)), passage)).toBe(true);
    // A text without kana is not Japanese: its Han runs are not read so.
    expect(learntJapaneseReadings('任天堂古川俊太郎社长表示')).toEqual([]);
    expect(matcher.pinyinKeysOf(queryNameKeys('What did Tencent say?'))).toEqual([]);
  });

  it('learns the short reading of two kanji that stand as a run of their own, not of a stretch of a longer run', () => {
    const whole = '東和アニメーションは新作を発表した。';
    const matcher = createReadingMatcher(learntJapaneseReadings(whole));
    for (const question of ['Who leads Towa Animation?', '도와 애니메이션의 대표는 누구야?'])
      expect(shared(matcher.pinyinKeysOf(queryNameKeys(question)), nameKeys(whole))).toBe(true);
    // The same two kanji at the head of a longer run are a stretch of a compound: only readings of five letters count.
    const inside = createReadingMatcher(learntJapaneseReadings('東和株式会社は新作を発表した。'));
    expect(inside.pinyinKeysOf(queryNameKeys('Who leads Towa?'))).toEqual([]);
  });
});

describe("Japanese persons' names in kanji", () => {
  it('reads a run of three or four kanji as a family name and a given name, in both orders', () => {
    expect(japanesePersonNameReadings('宮崎駿', foldedHan)).toEqual(expect.arrayContaining(['hayaomiyazaki']));
    expect(japanesePersonNameReadings('是枝裕和', foldedHan)).toEqual(expect.arrayContaining(['koreedahirokazu']));
    expect(japanesePersonNameReadings('佐々木', foldedHan)).toEqual(expect.arrayContaining(['sasaki']));
    expect(japanesePersonNameReadings('宮崎', foldedHan)).toEqual([]);
  });

  it("learns a Japanese article's name in kanji by its romanized name", () => {
    const matcher = createReadingMatcher(learntJapaneseReadings('宮崎駿は新作を発表した。'));
    expect(matcher.pinyinKeysOf([`%${looseNameKey('Hayao Miyazaki')}`])).not.toEqual([]);
    const other = createReadingMatcher(learntJapaneseReadings('黒沢清は新作を発表した。'));
    expect(other.pinyinKeysOf([`%${looseNameKey('Akira Kurosawa')}`])).toEqual([]);
  });
});

describe('Chinese names Korean writes by their Mandarin sound', () => {
  it('reads Hangul back to the pinyin it spells', () => {
    expect(hangulPinyin('마화텅')).toContain('mahuateng');
    expect(hangulPinyin('콰이서우')).toContain('kuaishou');
    expect(hangulPinyin('진르터우탸오')).toContain('jinritoutiao');
    expect(hangulPinyin('텐센트')).toEqual([]);
  });

  it('lets a Korean question meet the Cyrillic and the Han spelling of the name', () => {
    const question = queryNameKeys('마화텅의 재산은 얼마야?');
    expect(shared(question, nameKeys('основатель Tencent Ма Хуатэн'))).toBe(true);
    expect(shared(question, nameKeys('腾讯创始人马化腾的身家'))).toBe(true);
  });
});
