/**
 * Issue 10, session 21: news names its subject once and then refers back to it — "It is headquartered in …",
 * "当社は…", "회사는 …", "该公司…", "Perusahaan itu …", "Глава студии <имя> …" — in the sentence that holds the fact.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { refersBack } from '../../src/answer/referring-back.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

describe('words that refer back to the subject told of above', () => {
  it.each([
    'It is headquartered in Sydney and runs a second studio in Vancouver.',
    'Its teams will stay in place.',
    '当社は2010年12月に設立された。',
    '회사는 17일 1분기 매출액 140억원을 거뒀다고 밝혔다.',
    '该公司全称为波克科技股份有限公司。',
    '公司成立于2010年,是国内较早做捕鱼类游戏的厂商。',
    'Công ty được thành lập vào tháng 9/2014.',
    'Perusahaan itu berdiri pada 2005 dengan lima pekerja kreatif.',
    'Глава студии Рэнди Питчфорд назвал покупку лучшим сценарием.',
    'In May the streamer cut 70 part-time jobs.',
    // A bare Russian noun followed by a lower-case word refers back (not only at the sentence's end).
    'Компания выпустила три игры за год.',
    'Школа набирает студентов дважды в год.',
    'В 2019 году студия ждёт выручку в 220 млн рублей.',
    'О студии.',
    'Эта студия работает с 2004 года.',
  ])('%s', (sentence) => {
    expect(refersBack(sentence)).toBe(true);
  });

  it.each([
    'It is the second year in a row that a Ukrainian project has won.',
    'It is unclear how many of the jobs will be new.',
    'Студия Wizart выпустила фильм.',
    'Компания «Иви» выросла вдвое.',
    'В компании Яндекс работают 200 человек.',
    'Университет ИТМО открыл курс.',
    // Another case than the subject's, not ending the sentence: some other body or bodies.
    'Фильм снят на первой анимационной студии на Дальнем Востоке.',
    'Студенты вуза регулярно ездят на фестивали.',
    'Господдержка облегчила студиям работу над фильмами.',
    'Кафедра Уральского государственного университета переехала сюда.',
    'Công ty VNG được thành lập năm 2004.',
    'Công ty cổ phần VNG công bố kết quả.',
    'Công ty mẹ của VNG là VNG Limited.',
  ])('not: %s', (sentence) => {
    expect(refersBack(sentence)).toBe(false);
  });
});

describe('a fact told with "It" after another name', () => {
  it('shows the subject the passage named above, not the other studio the sentence before names', () => {
    const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
    const text =
      'Northwind Media plans to buy Harbor Lights, a studio behind two animated features, the companies said. ' +
      'Terms were not disclosed. The studio was founded in 1991 by Zed Nalban, its chief executive. ' +
      'It employs about 800 people in Sydney and Vancouver.';
    const question = 'How many people does Harbor Lights employ?';
    const result = answer(question, [retrievedPassage(1, text, 'en', 'Northwind Media to buy Harbor Lights')], {
      language: 'en',
      query: question,
    });
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('800 people');
  });
});
