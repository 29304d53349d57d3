/**
 * Issue 10, session 34: a sentence that refers back ("the studio", "회사는", "Công ty này", "Perusahaan itu") tells of the
 * body named last above it — not of the question's entity when another body is named after it ("Northwind bought
 * Ashgrove Studio. Ashgrove Studio was set up in Bristol. The studio employs 35 people."); the source a fact is quoted
 * from ("Theo số liệu của …", "According to …") is not something else the sentence names; "laba bersih perseroan"
 * refers to the company told of. Small passages through the real extractive answerer.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { refersBack } from '../../src/answer/referring-back.js';
import { withoutToldSource } from '../../src/answer/told-source.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });
let document = 0;
const ask = (question: string, title: string, text: string, language: string) =>
  answer(question, [retrievedPassage((document += 1), text, language, title)], { language, query: question });

describe('a reference after another body is named', () => {
  it.each([
    [
      'en',
      'How many people does Brightmoor Animation employ?',
      'Brightmoor Animation buys Ashgrove Studio',
      'Brightmoor Animation has bought Ashgrove Studio, a small outfit in Bristol. Ashgrove Studio was set up in 2009. ',
      'The studio employs 35 people.',
      '35 people',
    ],
    [
      'vi',
      'Công ty Sao Mai có bao nhiêu nhân viên?',
      'Sao Mai mua lại Hải Âu',
      'Công ty Sao Mai mua lại công ty Hải Âu. Hải Âu Studio là một studio kỹ xảo. ',
      'Công ty này hiện có 20 nhân viên.',
      '20 nhân viên',
    ],
  ])('%s: tells of that body, not the entity named before it', (language, question, title, before, fact, figure) => {
    const other = ask(question, title, `${before}${fact}`, language);
    expect(other.grounded && other.text.includes(figure)).toBe(false);
    // Without the other body between them the reference is the entity's.
    const own = ask(question, title, `${before.split('. ')[0]}. ${fact}`, language);
    expect(own.grounded).toBe(true);
    expect(own.text).toContain(figure);
  });
});

describe('the source a fact is quoted from', () => {
  it.each([
    ['According to Comscore, the film has grossed $80 million.', 'the film has grossed $80 million.'],
    ['The film grossed $5 million, according to Comscore.', 'The film grossed $5 million.'],
    ['По данным ЕАИС, картина собрала 500 млн рублей.', 'картина собрала 500 млн рублей.'],
    ['Theo số liệu của Box Office Vietnam, phim đã thu về 50 tỷ đồng.', 'phim đã thu về 50 tỷ đồng.'],
    ['Menurut data Cinepoint, film tersebut ditonton 2 juta penonton.', 'film tersebut ditonton 2 juta penonton.'],
    ['영화진흥위원회 통합전산망에 따르면 누적 관객은 210만명이다.', '누적 관객은 210만명이다.'],
    ['興行通信社によると、興行収入は20億円を超えた。', '興行収入は20億円を超えた。'],
    ['据猫眼专业版数据,该片累计票房已突破10亿元。', '该片累计票房已突破10亿元。'],
  ])('%s', (sentence, fact) => {
    expect(withoutToldSource(sentence)).toBe(fact);
  });

  it('is not another subject: the figure is the title’s film’s', () => {
    const result = ask(
      'Phim Hoa Sen thu về bao nhiêu?',
      'Phòng vé Việt tháng này',
      'Hoa Sen đang dẫn đầu phòng vé tháng này. Khán giả đánh giá cao phần âm nhạc. ' +
        'Theo số liệu của Box Office Vietnam, phim đã thu về 50 tỷ đồng.',
      'vi',
    );
    expect(result.grounded).toBe(true);
    expect(result.text).toContain('50 tỷ đồng');
  });
});

describe('"perseroan" alone', () => {
  it('refers back to the company told of, not "Perseroan Terbatas"', () => {
    expect(refersBack('Laba bersih perseroan tahun ini naik menjadi Rp30 miliar.')).toBe(true);
    expect(refersBack('Emiten tersebut membukukan pendapatan Rp1 triliun.')).toBe(true);
    expect(refersBack('Bentuk badan hukumnya perseroan terbatas.')).toBe(false);
  });
});
