/**
 * The loose name keys alone (retrieval/name-keys.ts looseNameKeys): a build takes an article lead's subject keys and
 * the knowledge base's names from them without working out the skeletons, so they must be exactly the `%` keys that
 * nameKeys gives the same text, in every script — less the pinyin keys of Han words (`%ᴾ…`, han-reading-keys.ts),
 * which are for meeting a question's names, not a knowledge base's names or an article's subject.
 */
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/answer/sentences.js';
import { learnAliasGroups } from '../../src/retrieval/learnt-aliases.js';
import { pinyinMark } from '../../src/retrieval/han-reading-keys.js';
import { looseNameKeys, nameKeys } from '../../src/retrieval/name-keys.js';

const loosePart = (keys: string[]) => keys.filter((key) => key.startsWith('%') && !key.startsWith(pinyinMark));

const texts = [
  'Korea Creative Content Agency (KOCCA) funds post-production training in Busan with Studio Inyo.',
  '한국콘텐츠진흥원은 부산에서 덱스터스튜디오와 함께 아이엘엠 교육을 열었다. 스튜디오인요의 하정수 감독이 참여했다.',
  'キネマシトラスは2019年、ハ・ジョンス監督とスタジオ、ポリゴン・ピクチュアズの作品を発表した。',
  'Компания «Мультпрактика» наняла 45 аниматоров в Москве; Hãng phim Studio Inyo đào tạo tại TP.HCM.',
];

describe('the loose name keys of a text', () => {
  it('are the % keys of its name keys, text by text and all texts together', () => {
    const all = new Set<string>();
    for (const text of texts) {
      const loose = loosePart(nameKeys(text));
      expect(loose.length).toBeGreaterThan(0);
      expect([...looseNameKeys([text])].sort()).toEqual([...new Set(loose)].sort());
      for (const key of loose) all.add(key);
    }
    expect([...looseNameKeys(texts)].sort()).toEqual([...all].sort());
  });

  it("give each article's subject keys: the names of its title and first sentence", () => {
    const { subjects = [] } = learnAliasGroups(texts.map((text, index) => ({ title: `News ${index}`, text })));
    expect(subjects).toHaveLength(texts.length);
    for (const [index, text] of texts.entries()) {
      const lead = `News ${index}\n${firstSentence(text) ?? ''}`;
      const names = loosePart(nameKeys(lead));
      expect(subjects[index]?.keys).toEqual(expect.arrayContaining(names));
      expect(subjects[index]?.keys.filter((key) => key.startsWith('%'))).toEqual([...new Set(names)].sort());
    }
  });
});
