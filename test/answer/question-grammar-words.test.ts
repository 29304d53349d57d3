/**
 * Words that only hold a question's grammar (issue 10) are no topic the answer must hold: Korean copulas and tense
 * endings written as words ("거야", "했어"), Japanese hedges and intent ("くらい", "つもり", "あっ" of あった), Chinese
 * question words ("什么时候", "哪所") and "in total" adverbs ("一共"), Russian "какого числа", "можно". Questions written
 * here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;
const words = (question: string) =>
  analyseQuestion(question, glossary, emptyAliasIndex).terms.flatMap((term) => (term.word ? [term.word] : []));

describe('grammar words of a question', () => {
  it('leaves out Korean copulas and tense endings written as words', () => {
    expect(words('바람필름은 언제 생긴 거야?')).not.toContain('거야');
    expect(words('바람필름이 무슨 계약을 했어?')).not.toContain('했어');
    expect(words('바람필름이 무슨 계약을 했어?')).toContain('바람필름');
  });

  it('leaves out Japanese hedges, intent and the past of ある', () => {
    const terms = words('ミナトスタジオは何人くらい採用するつもり?');
    expect(terms).not.toContain('くらい');
    expect(terms).not.toContain('つもり');
    expect(terms).toContain('採用');
    expect(words('去年の映画祭には何作品の応募があった?')).not.toContain('あっ');
  });

  it('leaves out Chinese question words and "in total"', () => {
    expect(words('星河公司第一次融资是什么时候?')).not.toContain('什么时候');
    expect(words('星河公司一共融资多少?')).not.toContain('一共');
    expect(words('星河公司一共融资多少?')).toContain('融资');
  });

  it('leaves out Russian "какого числа" and "можно", keeping what is asked', () => {
    const terms = words('До какого числа можно подать заявку на грант?');
    expect(terms).not.toContain('какого');
    expect(terms).not.toContain('числа');
    expect(terms).not.toContain('можно');
    expect(terms).toContain('подать');
  });
});
