import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { type TestCore, createTestCore } from '../helpers/test-core.js';

let testCore: TestCore;
beforeAll(async () => {
  testCore = await createTestCore();
}, 120_000);
afterAll(async () => testCore.cleanup());

const ask = (question: string, history?: { role: 'user' | 'assistant'; text: string }[]) =>
  testCore.core.ask(question, { history });
const citedArticles = (answer: Answer) => answer.citations.map((citation) => citation.articleId);
const netflixArticles = ['netflix-kocca-kofic-mou-2025', 'joongang-netflix-kocca-kofic-mou'];

describe('grounded answers with citations', () => {
  it('answers the headcount of IT Works Korea and cites the Uzbekistan article, in several phrasings and languages', async () => {
    for (const question of [
      'How many people work at IT Works Korea?',
      'What is the headcount of IT Works Korea?',
      'IT Works Korea에는 몇 명이 일하나요?',
      'IT Works Korea có bao nhiêu nhân viên?',
      'Сколько человек работает в IT Works Korea?',
    ]) {
      const answer = await ask(question);
      expect(answer.grounded, question).toBe(true);
      expect(answer.text, question).toMatch(/\b42\b/);
      expect(citedArticles(answer)[0], question).toBe('uzbekistan-korea-digital-content');
      expect(answer.citations[0]?.quote).toContain('42 people');
      expect(answer.text).toContain('[1]');
    }
  });

  it('names the Netflix campaign that funds training', async () => {
    const answer = await ask('Which Netflix campaign funds training in Korea?');
    expect(answer.grounded).toBe(true);
    expect(answer.text).toContain('Grow Creative');
    expect(netflixArticles).toContain(answer.citations[0]?.articleId);
  });

  it('finds the Netflix articles from Korean and Vietnamese questions', async () => {
    const korean = await ask('넷플릭스와 교육 협약을 맺은 기관은?');
    // The learnt sureness model (session 16 refit) gives this cross-language answer as "not sure" (probability 0.19,
    // many rival sentences naming bodies): the right sentence is still quoted first, without a tie. Retrieval across
    // languages is what this test holds; whether such answers should be sure is the model's, measured in eval/.
    expect(korean.sureness?.tied).toBe(false);
    expect(korean.citations[0]?.quote).toMatch(/memorandum of understanding|business agreement/);
    expect(korean.language).toBe('ko');
    expect(citedArticles(korean).some((id) => netflixArticles.includes(id))).toBe(true);
    expect(korean.text).toMatch(/KOCCA|Kocca|Korea Creative Content Agency/);

    const vietnamese = await ask('Netflix đã đào tạo bao nhiêu người?');
    // Likewise "not sure" since the session 16 refit (probability 0.43: the article gives several counts of people).
    expect(vietnamese.sureness?.tied).toBe(false);
    expect(vietnamese.language).toBe('vi');
    expect(citedArticles(vietnamese).some((id) => netflixArticles.includes(id))).toBe(true);
    expect(vietnamese.text).toMatch(/1,100|2,400/);
  });

  it('bridges languages the other way: English questions find the Vietnamese article, and names written differently meet', async () => {
    const english = await ask('When did KOCCA open its office in Vietnam?');
    expect(english.grounded).toBe(true);
    expect(citedArticles(english)[0]).toBe('kocca-vietnam-office');
    expect(english.text).toContain('8/10');

    const office = await ask('사마르칸트에 사무실을 연 회사는?');
    expect(office.grounded).toBe(true);
    expect(office.text).toContain('IT Works Korea');

    const alias = await ask('How many personnel did Konjinwon train with Netflix?');
    expect(alias.grounded).toBe(true);
    expect(alias.text).toContain('1,100');
  });

  it('answers questions about founding and leadership', async () => {
    const founded = await ask('When was KOBETA founded?');
    expect(founded.text).toContain('1987');
    const leader = await ask('Who is the CEO of IT Works Korea?');
    expect(leader.text).toContain('Baek Byung Joo');
  });
});

describe('honest refusals', () => {
  it('says the sources do not cover an out-of-scope question and lists the closest sources', async () => {
    for (const question of [
      'Who is the mayor of Busan?',
      '부산 시장은 누구인가?',
      'Кто мэр Пусана?',
      'What is the population of Samarkand?',
      'How much does a Netflix subscription cost?',
    ]) {
      const answer = await ask(question);
      expect(answer.grounded, question).toBe(false);
      expect(answer.citations.length, question).toBeGreaterThan(0);
      expect(answer.citations.length).toBeLessThanOrEqual(3);
    }
    const english = await ask('Who is the mayor of Busan?');
    expect(english.text).toMatch(/sources don't cover/);
    const korean = await ask('부산 시장은 누구인가?');
    expect(korean.text).toMatch(/자료에는/);
  });

  it('rejects empty and over-long questions with BAD_INPUT', async () => {
    await expect(ask('   ')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(ask('a'.repeat(2_001))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      userMessage: expect.stringMatching(/2000|2,000/),
    });
  });
});

describe('follow-up questions', () => {
  it('carries the previous question into a follow-up offline', async () => {
    const first = 'Which Netflix program trained production personnel in Korea?';
    const answer = await ask('And how many experts taught there?', [
      { role: 'user', text: first },
      { role: 'assistant', text: 'Netflix and KOCCA trained about 1,100 people [1]' },
    ]);
    expect(answer.grounded).toBe(true);
    expect(answer.text).toContain('54');
    expect(answer.query).not.toBe('And how many experts taught there?');
  });
});
