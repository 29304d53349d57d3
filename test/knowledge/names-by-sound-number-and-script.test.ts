/**
 * Names that meet across scripts by habits of writing rather than by letters: a foreign name of four words that Korean
 * or Japanese writes as one word, a Russian title's plural and soft sign against its English spelling, a Hiragana
 * first part of a name written on in Katakana, and an "&" that Korean writes as 앤.
 */
import { describe, expect, it } from 'vitest';
import { transliterateCyrillic } from '../../src/knowledge/romanize.js';
import { pluralForms, visitLongNameWindows } from '../../src/retrieval/name-kinds.js';
import { looseNameKeys, nameKeys, queryNameKeys } from '../../src/retrieval/name-keys.js';

/** Whether a question's names and a passage's share a key. */
const meets = (question: string, passage: string) => {
  const keys = new Set(nameKeys(passage));
  return queryNameKeys(question).some((key) => keys.has(key));
};

describe('a name of four words written as one word', () => {
  it('meets its Latin spelling by the sound of all four words', () => {
    expect(meets('Who runs Red Fox Art Factory?', '레드폭스아트팩토리는 2012년 문을 열었다.')).toBe(true);
    expect(meets('When did Red Fox Art Factory open?', 'レッドフォックスアートファクトリーは設立された。')).toBe(true);
  });

  it('does not meet a one-word name of other sounds', () => {
    expect(meets('Who runs Red Fox Art Factory?', '마운틴스톤디자인랩은 2012년 문을 열었다.')).toBe(false);
  });

  it('reads every run of four neighbouring words, none of a shorter run', () => {
    const windows: string[] = [];
    visitLongNameWindows(['Red', 'Oak', 'Film', 'Hall', 'Group'], (joined) => windows.push(joined));
    expect(windows).toEqual(['Red Oak Film Hall', 'Oak Film Hall Group']);
    visitLongNameWindows(['Red', 'Oak', 'Film'], (joined) => windows.push(joined));
    expect(windows).toHaveLength(2);
  });
});

describe('Russian titles against their English spelling', () => {
  it('reads a soft sign before a vowel as i', () => {
    expect(transliterateCyrillic('Вьетнам')).toBe('vietnam');
    expect(transliterateCyrillic('Пьер')).toBe('pier');
    // Elsewhere it is not written.
    expect(transliterateCyrillic('Ольга')).toBe('olga');
    expect(transliterateCyrillic('Игорь')).toBe('igor');
  });

  it("meets an English plural title by the Russian plural's stem, both ways", () => {
    expect(meets('How much did Trolls make in Russia?', '«Тролли» собрали 500 млн руб.')).toBe(true);
    expect(meets('Сколько собрали «Тролли»?', 'Trolls made $150 million in its first month.')).toBe(true);
    expect(meets('Сколько серий у «Симпсонов»?', 'The Simpsons began in 1989.')).toBe(true);
  });

  it('gives the forms of a plural only, and no kind of company alone', () => {
    expect(pluralForms('Minions')).toEqual(['Minion']);
    expect(pluralForms('Миньонов')).toEqual(['Миньонs']);
    expect(pluralForms('Paris')).toEqual([]);
    expect(pluralForms('Campus')).toEqual([]);
    expect(pluralForms('Studios')).toEqual([]);
    expect(pluralForms('Вьетнам')).toEqual([]);
  });
});

describe('a Hiragana part of a name written on in Katakana', () => {
  it('is read with the Katakana as one name', () => {
    expect(meets('How big is Kinoko Studio?', 'きのこスタジオの社員は30名。')).toBe(true);
    expect(meets('키노코 스튜디오의 직원은 몇 명이야?', 'きのこスタジオの社員は30名。')).toBe(true);
  });

  it('is not read when it is grammar before a Katakana word', () => {
    expect(nameKeys('制作しているスタジオ')).toEqual(nameKeys('制作スタジオ'));
    expect(nameKeys('映画のスタジオ')).toEqual(nameKeys('映画スタジオ'));
  });
});

describe('an "&" written as 앤 in a Korean name', () => {
  it('meets a Latin name with "&" between its parts', () => {
    expect(meets('How much was Dami&Ho Pictures sold for?', '다미앤호픽쳐스를 300억원에 인수했다.')).toBe(true);
    expect(meets('How much was Dami&Ho sold for?', '다미앤호를 300억원에 인수했다.')).toBe(true);
  });

  it('keeps the loose keys of a knowledge base the same as the name keys', () => {
    for (const text of [
      '다미앤호픽쳐스를 인수했다.',
      'きのこスタジオの社員は30名。',
      'Red Oak Film Hall Group opens.',
    ]) {
      const loose = nameKeys(text).filter((key) => key.startsWith('%') && !key.startsWith('%ᴾ'));
      expect([...looseNameKeys([text])].sort()).toEqual([...new Set(loose)].sort());
    }
  });
});
