/**
 * Two question shapes read by their noun, not their question word (#10): a how-many word that counts a kind of money
 * ("berapa laba bersih", "多少票房", "сколько собрал фильм") asks an amount; a "where" word asked of a body ("どこの大学",
 * "벤처캐피탈은 어디", "哪个频道") asks an organization. Their look-alikes keep their type.
 */
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/question-types.js';

describe('a how-many word counting money', () => {
  it('asks an amount in Indonesian, Chinese and Russian', () => {
    expect(classifyQuestion('Berapa laba bersih Northwind pada 2023?')).toBe('amount');
    expect(classifyQuestion('Berapa penjualan tiket digital Northwind tahun lalu?')).toBe('amount');
    expect(classifyQuestion('这部电影一共卖了多少票房?')).toBe('amount');
    expect(classifyQuestion('北风公司去年有多少营收?')).toBe('amount');
    expect(classifyQuestion('Сколько собрал фильм «Норд» в первый уикенд?')).toBe('amount');
    expect(classifyQuestion('Сколько собрала картина за неделю?')).toBe('amount');
  });

  it('still asks a count when it counts people or things', () => {
    expect(classifyQuestion('Berapa penonton film Northwind?')).toBe('count');
    expect(classifyQuestion('有多少个国家参加?')).toBe('count');
    expect(classifyQuestion('多少人参加了活动?')).toBe('count');
    expect(classifyQuestion('Сколько человек собрал фестиваль?')).toBe('count');
    expect(classifyQuestion('Сколько студий участвует в проекте?')).toBe('count');
  });
});

describe('a where word asked of a body', () => {
  it('asks an organization in Japanese, Korean and Chinese', () => {
    expect(classifyQuestion('田中社長はどこの大学を出た?')).toBe('organization');
    expect(classifyQuestion('その番組はどのテレビ局で放送された?')).toBe('organization');
    expect(classifyQuestion('노스윈드에 투자한 벤처캐피탈은 어디야?')).toBe('organization');
    expect(classifyQuestion('이 애니메이션을 방영한 채널은 어디야?')).toBe('organization');
    expect(classifyQuestion('这部动画在哪个频道播出?')).toBe('organization');
    expect(classifyQuestion('导演是哪所学校毕业的?')).toBe('organization');
  });

  it('still asks a place of a city, a country or no body', () => {
    expect(classifyQuestion('発表会はどこで開かれた?')).toBe('place');
    expect(classifyQuestion('노스윈드 본사는 어디야?')).toBe('place');
    expect(classifyQuestion('这部片在哪个城市拍的?')).toBe('place');
  });
});
