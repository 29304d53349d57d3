/**
 * Issue 10 point 5, word forms across languages: a case ending is stripped only where it can follow the stem (an
 * Uzbek name is not a country plus a dative), and a Vietnamese word keeps its marks where a sentence is chosen and in
 * the offline embedder ("đà" is neither "đa" nor the Uzbek stop word "da"). Small synthetic texts, several languages.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { textKeys } from '../../src/answer/passage-analysis.js';
import { termMatch } from '../../src/answer/term-match.js';
import { createAliasIndex, emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { wordStems } from '../../src/knowledge/word-forms.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { nameKeys } from '../../src/retrieval/name-keys.js';
import { vietnameseSpelling } from '../../src/retrieval/text-normalize.js';

const places = createGlossary([
  { id: 'mali', category: 'place', en: ['Mali'], uz: ['Mali'], ru: ['Мали'] },
  { id: 'bishkek', category: 'place', en: ['Bishkek'], uz: ['Bishkek'], ru: ['Бишкек'] },
  { id: 'iraq', category: 'place', en: ['Iraq'], uz: ['Iroq'], ru: ['Ирак'] },
  { id: 'kobe', category: 'place', en: ['Kobe'], ja: ['神戸'] },
]);
const conceptsOf = (text: string) => places.findConcepts(text).map((hit) => hit.conceptId);

describe('a case ending only where it can follow the stem', () => {
  it('reads the Uzbek dative -ka after k and -qa after q, and never cuts a name', () => {
    expect(conceptsOf('Bishkekka kelgan studiya')).toEqual(['bishkek']);
    expect(conceptsOf('Iroqqa yuborilgan film')).toEqual(['iraq']);
    expect(conceptsOf('Maliga borgan rejissyor')).toEqual(['mali']);
    expect(conceptsOf('Prodyuser Malika Karimova')).toEqual([]);
    expect(conceptsOf('Продюсер Malika Karimova работает в Мали')).toEqual(['mali']);
    expect(wordStems('malika', 'latin')).not.toContain('mali');
    expect(wordStems('bishkekka', 'latin')).toContain('bishkek');
  });

  it('reads a locative -ta only after a voiceless consonant', () => {
    expect(conceptsOf('The Kobeta studio signed')).toEqual([]);
    expect(conceptsOf('Kobe hosts the studio')).toEqual(['kobe']);
  });
});

describe('Vietnamese marks where a sentence is chosen', () => {
  const termFor = (question: string, word: string) => {
    const terms = analyseQuestion(question, undefined, emptyAliasIndex).terms;
    return terms.find((term) => term.word === word || term.keys.includes(word));
  };
  const keysOf = (text: string) => textKeys(text, undefined, emptyAliasIndex);
  const spelled = (word: string) => `ʋ${vietnameseSpelling(word)}`;

  it('keeps a marked word whose plain letters are a stop word of another language', () => {
    // "đà" folds to "da", an Uzbek stop word: the Vietnamese word is not dropped for it.
    const term = termFor('Đà tăng trưởng của Northwind năm nay ra sao?', spelled('đà'));
    expect(term).toBeDefined();
  });

  it('meets the same marks only, while a plain word meets any', () => {
    const marked = termFor('Đà tăng trưởng của Northwind năm nay ra sao?', spelled('đà'));
    if (marked === undefined) throw new Error('no term for đà');
    expect(termMatch(marked, keysOf('Đà tăng trưởng của Northwind rất mạnh.'))).toBe(1);
    expect(termMatch(marked, keysOf('Northwind là công ty đa năng.'))).toBe(0);
    expect(termMatch(marked, keysOf('Northwind da signed a deal.'))).toBe(0);
    // Tone placement aside (thuỷ = thủy), the spelling is one.
    const water = termFor('Bộ phận thuỷ âm của Northwind làm gì?', spelled('thuỷ'));
    if (water === undefined) throw new Error('no term for thuỷ');
    expect(termMatch(water, keysOf('Bộ phận thủy âm của Northwind rất mới.'))).toBe(1);
    // A question typed without marks ("Da Nang") still meets the marked article, in Vietnamese or English.
    const plain = analyseQuestion('Northwind studio in Da Nang hires how many people?', undefined, emptyAliasIndex);
    const nang = plain.terms.find((term) => term.keys.includes('nang'));
    if (nang === undefined) throw new Error('no term for Nang');
    expect(termMatch(nang, keysOf('Xưởng Northwind ở Đà Nẵng có 40 người.'))).toBe(1);
  });
});

describe('Vietnamese marks in the offline embedder', () => {
  const spelled = (word: string) => `ʋ${vietnameseSpelling(word)}`;
  const embedder = new HashedEmbedder({ dimensions: 64 });
  const words = (text: string) => [...embedder.features(text).keys()].filter((feature) => feature.startsWith('w:'));

  it('keeps "đà" apart from "đa" and "da", and one spelling for thuỷ and thủy', () => {
    // "đà" is not dropped for the Uzbek stop word "da", and its spelling tells it from "đa".
    expect(words('đà')).toContain(`w:${spelled('đà')}`);
    expect(words('đà')).not.toEqual(words('đa'));
    expect(words('đà')).not.toEqual(words('da'));
    expect(words('thuỷ âm')).toEqual(words('thủy âm'));
    // A word without Vietnamese letters is keyed as before, in Vietnamese and in English.
    expect(words('studio')).toEqual(['w:studio']);
  });
});

describe('a name the question analysis splits is still one name', () => {
  // The knowledge base's names: an article in Korean writes the studio as one word.
  const aliases = createAliasIndex({
    groups: [],
    names: nameKeys('스튜디오인요는 2016년 출발했다. 노스윈드픽처스가 투자했다.'),
  });
  const glossary = createGlossary([
    { id: 'studio', category: 'organization', en: ['studio'], ko: ['스튜디오'], ja: ['スタジオ'], vi: ['studio'] },
  ]);
  const entityKeys = (question: string) =>
    analyseQuestion(question, glossary, aliases)
      .terms.filter((term) => term.keys.some((key) => key.startsWith('%')))
      .flatMap((term) => term.keys);
  const sentence = textKeys('스튜디오인요는 현재 41명이 일한다.', glossary, aliases);

  it('gives a capitalised run the lexicon covers in part the key of the whole name', () => {
    for (const question of ['How many people work at Studio Inyo?', 'Studio Inyo hiện có bao nhiêu người làm việc?']) {
      expect(
        entityKeys(question).some((key) => sentence.has(key)),
        question,
      ).toBe(true);
    }
  });

  it('gives a Katakana name the segmenter cuts the key of the whole name', () => {
    expect(entityKeys('スタジオインヨの代表は誰?').some((key) => sentence.has(key))).toBe(true);
    // Another studio's name does not meet it.
    expect(entityKeys('スタジオジブリの代表は誰?').some((key) => sentence.has(key))).toBe(false);
  });
});

describe('a Korean verb on a lexicon noun', () => {
  const glossary = createGlossary([
    { id: 'investment', category: 'concept', en: ['invest', 'investment'], ko: ['투자'], vi: ['đầu tư'] },
    { id: 'founding', category: 'concept', en: ['founded'], ko: ['설립'], vi: ['thành lập'] },
  ]);
  const concepts = (text: string) =>
    [...textKeys(text, glossary, emptyAliasIndex)].filter((key) => key.startsWith('@'));

  it("names the noun's concept, so an English or Vietnamese question meets it", () => {
    expect(concepts('노스윈드는 320억원을 투자했다.')).toEqual(['@investment']);
    expect(concepts('노스윈드는 제작에 320억원을 투자하기로 했다.')).toEqual(['@investment']);
    expect(concepts('노스윈드는 2016년 설립됐다.')).toEqual(['@founding']);
    const english = analyseQuestion('How much will Northwind invest?', glossary, emptyAliasIndex);
    const vietnamese = analyseQuestion('Northwind đầu tư bao nhiêu?', glossary, emptyAliasIndex);
    for (const analysis of [english, vietnamese])
      expect(analysis.terms.some((term) => term.keys.includes('@investment'))).toBe(true);
    // A verb of its own is no noun's ("한다" alone, "대한").
    expect(concepts('그는 일을 한다. 대한 협회.')).toEqual([]);
  });
});

describe('a company written as one word with its kind', () => {
  it('is also keyed by its name alone, in Hangul and Katakana', () => {
    // 덱스터스튜디오 = Dexter + studio, デクスタースタジオ the same in Katakana: both name デクスター / 덱스터.
    const korean = nameKeys('덱스터스튜디오는 28일 밝혔다.');
    const japanese = nameKeys('デクスタースタジオを見学した。');
    expect(korean.some((key) => nameKeys('덱스터').includes(key))).toBe(true);
    expect(japanese.some((key) => nameKeys('デクスター').includes(key))).toBe(true);
    // One letter before the kind is no name of its own.
    expect(nameKeys('가스튜디오')).toEqual(['%kasodod']);
  });

  it('lets a Japanese question about the Korean company meet its sentence', () => {
    const aliases = createAliasIndex({
      groups: [],
      names: nameKeys('덱스터스튜디오는 본사와 자회사 라이브톤을 공개했다.'),
    });
    const question = analyseQuestion('JPPAはデクスタースタジオの何を見学しましたか?', undefined, aliases);
    const sentence = textKeys('덱스터스튜디오는 본사와 자회사 라이브톤을 공개했다.', undefined, aliases);
    expect(question.terms.some((term) => term.keys.some((key) => key.startsWith('%') && sentence.has(key)))).toBe(true);
  });
});

describe('what a Korean or Japanese counter counts', () => {
  const glossary = createGlossary([
    { id: 'film', category: 'concept', en: ['film', 'films'], ko: ['영화'], ru: ['фильм', 'фильма', 'фильмов'] },
    {
      id: 'feature-film',
      category: 'concept',
      broader: ['film'],
      en: ['feature film', 'feature films'],
      ru: ['полнометражный фильм', 'полнометражных фильма', 'полнометражных фильмов'],
    },
    { id: 'educational-institution', category: 'organization', en: ['school'], ja: ['学校'] },
    {
      id: 'university',
      category: 'organization',
      broader: ['educational-institution'],
      en: ['university'],
      ko: ['대학'],
      ja: ['大学'],
    },
  ]);
  const counts = (question: string, sentence: string) =>
    holdsAskedUnit(sentence, analyseQuestion(question, glossary, emptyAliasIndex), glossary, true);

  it('is checked by the lexicon across languages, a narrower kind included', () => {
    // 편 counts works: two feature films answer, two meetings do not.
    expect(
      counts(
        'Northwind은 매년 장편을 몇 편 낼 계획이야?',
        'Студия будет выпускать по два полнометражных фильма в год.',
      ),
    ).toBe(true);
    expect(counts('Northwind은 매년 장편을 몇 편 낼 계획이야?', 'Студия провела две встречи в год.')).toBe(false);
    // 校 counts schools: 12 universities answer.
    expect(counts('Northwindの講座は何校で開かれましたか?', '교육은 12개 대학을 차례로 찾아갔다.')).toBe(true);
    expect(counts('Northwindの講座は何校で開かれましたか?', '교육은 12개 도시를 차례로 찾아갔다.')).toBe(false);
  });
});
