/**
 * Counts read in the question (issue 10): a count of countries or companies asked with a longer counter ("몇 개국",
 * "몇 개사", "何ヶ国", "多少个国家") knows its class, not the general counter's ("개"). Sentences written here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;
const analyse = (question: string) => analyseQuestion(question, glossary, emptyAliasIndex);

describe('counts of countries and companies', () => {
  it('reads 몇 개국 as countries, not as the general counter 개', () => {
    const analysis = analyse('그 영화는 몇 개국에서 개봉했어?');
    expect(analysis.type).toBe('count');
    expect(analysis.counted?.classes?.has('country')).toBe(true);
    expect(analysis.counted?.keys.has('@country')).toBe(true);
  });

  it('reads 몇 개사 as companies', () => {
    expect(analyse('협약에는 몇 개사가 참여했어?').counted?.classes?.has('studio')).toBe(true);
  });

  it('reads 何ヶ国 and 多少个国家 as countries, 几个城市 as cities', () => {
    const japanese = analyse('その映画は何ヶ国で公開された?');
    expect(japanese.type).toBe('count');
    expect(japanese.counted?.classes?.has('country')).toBe(true);
    expect(analyse('这部电影在多少个国家上映?').counted?.classes?.has('country')).toBe(true);
    expect(analyse('这部电影在几个城市上映?').counted?.classes?.has('city')).toBe(true);
  });

  it('answers a country count with a count of countries and not with another count', () => {
    const question = analyse('그 영화는 몇 개국에서 개봉했어?');
    expect(holdsAskedUnit('이 영화는 전 세계 32개국에서 개봉했다.', question, glossary, false)).toBe(true);
    expect(holdsAskedUnit('이 영화는 개봉 첫 주 32만 명을 모았다.', question, glossary, false)).toBe(false);
  });

  it('does not keep the Chinese counter word as a topic of the question', () => {
    const analysis = analyse('这部电影在多少个国家上映?');
    expect(analysis.terms.some((term) => term.word === '多少个')).toBe(false);
  });
});
