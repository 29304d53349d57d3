/**
 * Han names across their character forms and their Mandarin sound (issue 10): simplified, traditional and Japanese
 * forms fold to one (动画 ~ 動画 ~ 動畫, read 동화; 咒术回战 ~ 呪術廻戦), a Chinese name meets its pinyin in another script (王长田 ~
 * "Wang Changtian", 哔哩哔哩 ~ Bilibili), and the reading an article writes in brackets is learnt as an alias
 * (자오쯔(饺子·45) is found by "Jiaozi" and by 餃子). Sentences from the evaluation articles of set T.
 */
import { describe, expect, it } from 'vitest';
import { textKeys } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { termMatch } from '../../src/answer/term-match.js';
import {
  createAliasIndex,
  emptyAliasIndex,
  extractAliasPairs,
  groupAliases,
} from '../../src/knowledge/article-aliases.js';
import { foldedHanText, hanPinyin } from '../../src/knowledge/han-reading.js';
import { kanjiReading } from '../../src/knowledge/sino-korean-reading.js';
import { lexicalTerms, weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';

const chineseSentence =
  '同一年,王长田在光线传媒内部成立动画事业部,也就是后来彩条屋影业的前身,并投资了田晓鹏带领的十月文化团队。';
const englishSentence =
  'Sony will pay about $400 million for a minority stake in Bilibili, the Shanghai-based video platform.';
const koreanSentence = '1980년 쓰촨성 루저우시에서 태어난 자오쯔 감독의 본명은 양위(楊宇)다.';

/** How well each term of a question is found in a sentence, by the term's word. */
function matches(question: string, sentence: string, aliases = emptyAliasIndex): Map<string, number> {
  const keys = textKeys(sentence, undefined, aliases);
  const terms = analyseQuestion(question, undefined, aliases).terms;
  return new Map(terms.map((term) => [term.word ?? '', termMatch(term, keys)]));
}

describe('Han characters in their three forms', () => {
  it('folds simplified and Japanese forms to the traditional one', () => {
    expect(foldedHanText('动画')).toBe('動畫');
    expect(foldedHanText('動画')).toBe('動畫');
    expect(foldedHanText('宫崎骏')).toBe(foldedHanText('宮崎駿'));
    expect(foldedHanText('絵梦')).toBe(foldedHanText('绘梦'));
  });

  it('reads a simplified Chinese word in Korean as its traditional form', () => {
    expect(kanjiReading('动画')).toBe('동화');
    expect(kanjiReading('央视动漫集团')).toBe(kanjiReading('央視動漫集団'));
  });

  it('finds a Chinese question word in the Japanese sentence that writes it in other forms', () => {
    const sentence = '「劇場版 呪術廻戦 0」は動員977万人を超え、興行収入は137億円を突破した。';
    const found = matches('《咒术回战0》剧场版的票房是多少?', sentence);
    expect([...found].some(([word, match]) => /[咒术回战]/u.test(word) && match === 1)).toBe(true);
  });
});

describe('Chinese names by their pinyin', () => {
  it('reads a Han run by its Mandarin syllables', () => {
    expect(hanPinyin('王长田')).toBe('wangchangtian');
    expect(hanPinyin('楊宇')).toBe(hanPinyin('杨宇'));
  });

  it('finds a Latin name in the Chinese sentence that writes it in Han letters', () => {
    expect(matches('Which team did Wang Changtian invest in?', chineseSentence).get('changtian')).toBe(1);
    const query = new Set(weightedQueryTerms('Which team did Wang Changtian invest in?', undefined).map((t) => t.term));
    expect(lexicalTerms(chineseSentence, undefined).some((term) => query.has(term) && term.startsWith('%'))).toBe(true);
  });

  it('finds a Han name of a question in the English sentence that writes it in pinyin', () => {
    const found = matches('索尼向哔哩哔哩投资了多少钱?', englishSentence);
    expect([...found].some(([word, match]) => /[哔哩]/u.test(word) && match === 1)).toBe(true);
  });

  it('does not let two Han words that only sound alike meet', () => {
    // 世纪 and 实际 are both "shiji": Chinese text meets Chinese text by its letters, not by its sound.
    expect(matches('世纪的公司', '实际的公司').get('世纪')).toBe(0);
    expect(matches('世纪的公司', '一个世纪的公司').get('世纪')).toBe(1);
  });
});

describe('readings an article writes in brackets', () => {
  it('learns the Han letters of a name written in Hangul, with an age after them', () => {
    expect(extractAliasPairs('연출을 맡은 자오쯔(饺子·45) 감독에게도')).toEqual([['자오쯔', '饺子']]);
    expect(extractAliasPairs('said Bilibili CEO Rui Chen (陈睿) today')).toEqual([['Rui Chen', '陈睿']]);
    expect(extractAliasPairs('카카오재팬의 金在龍(キム・ジェヨン)代表')).toEqual([['金在龍', 'キム・ジェヨン']]);
  });

  it('finds the name by the pinyin and the other forms of its Han letters', () => {
    const aliases = createAliasIndex(groupAliases([...extractAliasPairs('자오쯔(饺子·45)'), ['양위', '楊宇']]));
    expect(aliases.find("What is Jiaozi's real name?").map((hit) => hit.key)).toEqual(['&자오쯔']);
    expect(aliases.find('餃子監督の短編').map((hit) => hit.key)).toEqual(['&자오쯔']);
    expect(aliases.find('How much did Yang Yu earn?').map((hit) => hit.key)).toEqual(['&양위']);
    const keys = textKeys(koreanSentence, undefined, aliases);
    const entity = analyseQuestion("What is Jiaozi's real name?", undefined, aliases).terms.find((term) =>
      term.keys.includes('&자오쯔'),
    );
    expect(entity?.role).toBe('entity');
    expect(entity === undefined ? 0 : termMatch(entity, keys)).toBe(1);
  });

  it('takes no figure with its unit for a name', () => {
    expect(extractAliasPairs('천쓰청 감독(12편, 155억800만위안)')).toEqual([]);
  });
});
