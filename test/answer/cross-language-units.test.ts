/**
 * Language-independent units across languages (issue 10 item 5): what a count counts is known by its class when no
 * lexicon concept covers it ("몇 석" ~ "500 seats", "how many tickets" ~ "30.000 vé"), and numbers and dates meet on
 * one key whatever their format ("30.000" ~ "30,000", "60억 원" ~ "6 billion won", "10월 8일" ~ "ngày 8/10"), on passages
 * written here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { countClassesOf } from '../../src/answer/count-classes.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { buildLexicalIndex } from '../../src/retrieval/lexical-index-builder.js';
import { lexicalTerms, weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { unitKeys } from '../../src/retrieval/unit-keys.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;

const holds = (question: string, sentence: string) =>
  holdsAskedUnit(sentence, analyseQuestion(question, glossary, emptyAliasIndex), glossary, true);

describe('a count across languages', () => {
  it('knows the class of what a question counts in each language', () => {
    expect(countClassesOf(['석'])).toEqual(new Set(['seat']));
    expect(countClassesOf(['tickets'])).toEqual(new Set(['ticket']));
    expect(countClassesOf(['сеансов'])).toEqual(new Set(['screening']));
    expect(countClassesOf(['vé đã bán'])).toEqual(new Set(['ticket']));
    expect(countClassesOf(['classic films'])).toEqual(new Set(['work'])); // films, not a class (course)
  });

  it('finds a count of the same class in a sentence of another language', () => {
    expect(holds('Harbourlight 오타와 극장은 몇 석이야?', 'The Ottawa hall has 420 seats.')).toBe(true);
    expect(holds('How many tickets did Lantern Fox sell?', 'Phim đã bán gần 12.000 vé.')).toBe(true);
    expect(holds('Lantern Fox 극장판은 몇 회 상영됐어?', 'Phim có hơn 800 suất chiếu.')).toBe(true);
    expect(
      holds('Harbourlight 오타와 스튜디오는 처음에 몇 명 뽑아?', 'The Ottawa studio will hire 40 local workers.'),
    ).toBe(true);
  });

  it('does not take a count of another class, a vague quantity or a non-employee for a workforce', () => {
    expect(holds('Harbourlight 오타와 극장은 몇 석이야?', 'The Ottawa hall sold 420 tickets.')).toBe(false);
    expect(holds('How many tickets did Lantern Fox sell?', 'Phim có hơn 800 suất chiếu.')).toBe(false);
    expect(holds('Harbourlight 직원은 몇 명이야?', 'The scheme has trained 300 artists over the years.')).toBe(false);
    expect(holds('Harbourlight 오타와 스튜디오는 처음에 몇 명 뽑아?', 'It has trained several hundred artists.')).toBe(
      false,
    );
  });
});

describe('more count classes across languages', () => {
  it('finds an area, languages, studios and posts counted in another language', () => {
    expect(holds('Harbourlight 오타와 스튜디오는 몇 평방피트야?', 'It opened a 42,000-square-foot studio.')).toBe(true);
    expect(holds('Lantern Fox được lồng tiếng sang bao nhiêu ngôn ngữ?', '이 작품은 17개 언어로 더빙됐다.')).toBe(true);
    expect(holds('How many animation studios are there in Ottawa?', 'Ada sekitar 35 studio di Ottawa.')).toBe(true);
    expect(holds('Сколько новых мест откроет Harbourlight в Оттаве?', 'It plans up to 90 new positions.')).toBe(true);
  });

  it('takes an exact number word right before the count noun, not a vague quantity', () => {
    expect(holds('How many new series will Lantern Fox release?', 'Выйдут пять новых мультсериалов.')).toBe(true);
    expect(holds('Harbourlight 오타와 극장은 몇 석이야?', 'The Ottawa hall has hundreds of seats.')).toBe(false);
  });

  it('does not read a one-syllable counter into a longer noun, nor an area for languages', () => {
    // "회원사" (member companies) is no "회" (screenings): a count of 12 places still answers.
    expect(countClassesOf(['회원사가'])).toEqual(new Set());
    expect(holds('Lantern Fox được lồng tiếng sang bao nhiêu ngôn ngữ?', '이 스튜디오는 420평방미터다.')).toBe(false);
  });
});

describe('numbers and dates across formats', () => {
  it('gives one key to a figure or a day however a language writes it', () => {
    expect(unitKeys('gần 30.000 vé')).toEqual(unitKeys('nearly 30,000 tickets'));
    expect(unitKeys('약 60억 원')).toEqual(['#v6000000000']);
    expect(unitKeys('6 billion won')).toEqual(['#v6000000000']);
    expect(unitKeys('3,5 tỷ đồng')).toContain('#v3500000000');
    for (const day of ['10월 8일', '10月8日', 'October 8', '8 октября', 'ngày 8/10', '08.10.2025'])
      expect(unitKeys(day)).toContain('#d10-8');
    expect(unitKeys('May 2024 and 500 employees in 2014')).toEqual([]);
  });

  it('lets a question find the passage of another language that holds its figure or day', () => {
    // The other passage of each pair shares the names and plain numbers; only the figure or the day tells them apart.
    const passages = [
      'Harbourlight phát hành 8 phim trong 10 năm.',
      'Harbourlight phát hành phim vào ngày 8/10.',
      'Lantern Fox bán 30 vé.',
      'Lantern Fox bán gần 30.000 vé.',
    ];
    const index = buildLexicalIndex(passages.map((text) => lexicalTerms(text, undefined)));
    const best = (query: string) => index.search(weightedQueryTerms(query, undefined), 1)[0]?.document;
    expect(best('What did Harbourlight release on October 8?')).toBe(1);
    expect(best('Harbourlight 10월 8일 개봉작은?')).toBe(1);
    expect(best('Did Lantern Fox sell 30,000 tickets?')).toBe(3);
  });
});

describe('people counted in any language', () => {
  it('knows a count of people by the kind of people after the number, in every language', () => {
    expect(holds('How many people took part in the Lantern Fox workshop?', 'Sebanyak 40 peserta ikut serta.')).toBe(
      true,
    );
    expect(holds('Berapa jumlah karyawan Harbourlight?', 'Harbourlight có hơn 650 nhân sự.')).toBe(true);
    expect(holds('How many pupils did Harbourlight train?', 'Harbourlight melatih 18 siswa tahun ini.')).toBe(true);
    expect(holds('Сколько пользователей у Harbourlight?', 'Harbourlight의 월간 사용자는 45만명이다.')).toBe(true);
    expect(holds('Сколько работников нужно Harbourlight?', 'Harbourlight sẽ cần 2.000 lao động.')).toBe(true);
  });

  it('reads a workforce told by working there or by a layoff', () => {
    const working = 'The Ottawa studio now houses 75 animators working on three series.';
    expect(holds('Harbourlight 오타와 스튜디오에서 일하는 사람은 몇 명이야?', working)).toBe(true);
    expect(holds('Harbourlight ปลดพนักงานกี่คน', 'Harbourlight laid off 35 people in March.')).toBe(true);
    // A people count that says nothing of employment is still no workforce.
    expect(holds('Harbourlight 직원은 몇 명이야?', 'The festival drew 300 visitors this year.')).toBe(false);
  });

  it('reads tickets counted by 장, shares by 股, languages by tiếng and a market share as a percentage', () => {
    expect(holds('Lantern Fox 극장판은 표가 몇 장 팔렸어?', 'Phim bán được hơn 1 triệu vé.')).toBe(true);
    expect(holds('Lantern Fox 극장판은 표가 몇 장 팔렸어?', 'Phim có hơn 800 suất chiếu.')).toBe(false);
    expect(holds('Harbourlight bán bao nhiêu cổ phiếu?', 'Harbourlight出售了120万股。')).toBe(true);
    expect(holds('Lantern Foxは何か国語に翻訳された?', 'Phim được chuyển ngữ sang 12 thứ tiếng.')).toBe(true);
    expect(holds('What share did Harbourlight have in 2023?', 'Доля Harbourlight составила 12,7%.')).toBe(true);
  });
});
