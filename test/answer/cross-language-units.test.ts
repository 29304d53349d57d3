/**
 * Language-independent units across languages (issue 10 item 5): what a count counts is known by its class when no
 * lexicon concept covers it ("몇 석" ~ "500 seats", "how many tickets" ~ "30.000 vé"), on passages written here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { countClassesOf } from '../../src/answer/count-classes.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
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
    expect(countClassesOf(['classic films'])).toEqual(new Set());
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
