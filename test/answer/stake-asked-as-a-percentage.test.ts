/**
 * A stake asked about is a share of the company, answered by a percentage, in each language: "多少股份", "what share
 * of", "지분을 얼마나", "какую долю", "cổ phần" (issue 10 item 3: the answer holds a unit of the asked type). A count of
 * shares offered ("how many shares", "berapa lembar saham") is still a count of shares. Written here, on made-up
 * companies.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;
const analysed = (question: string) => analyseQuestion(question, glossary, emptyAliasIndex);
const holds = (question: string, sentence: string) => holdsAskedUnit(sentence, analysed(question), glossary, true);

describe('a stake asked about', () => {
  it('is a share, counted in percent, in each language', () => {
    for (const question of [
      'Lantern Fox持有Harbourlight多少股份?',
      'What share of Harbourlight does Lantern Fox own?',
      'Lantern Fox가 Harbourlight 지분을 얼마나 갖게 됐어?',
      'Какую долю в Harbourlight держит Lantern Fox?',
    ]) {
      const analysis = analysed(question);
      expect(analysis.type, question).toBe('count');
      expect(analysis.counted?.percent, question).toBe(true);
    }
  });

  it('is answered by a percentage in another language, not by another number', () => {
    expect(holds('Lantern Fox持有Harbourlight多少股份?', 'Lantern Fox will hold a 48.85% stake in Harbourlight.')).toBe(
      true,
    );
    expect(holds('Какую долю в Harbourlight держит Lantern Fox?', 'Lantern Fox owns 45% of Harbourlight.')).toBe(true);
    expect(holds('Lantern Fox持有Harbourlight多少股份?', 'Lantern Fox持有Harbourlight 1000万股。')).toBe(false);
  });

  it('leaves a count of shares offered a count of shares', () => {
    expect(analysed('How many shares will Lantern Fox offer in its IPO?').counted?.percent).toBe(false);
    expect(analysed('Berapa lembar saham yang ditawarkan Lantern Fox saat IPO?').counted?.percent).toBe(false);
  });
});
