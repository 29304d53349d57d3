/**
 * Issue 10 point 3 (session 19): the main clause's question word decides the type — a "when" that only sets the time
 * of what is asked does not make a date question — and a money noun asked about with a bare "how much" word makes an
 * amount, not a count. Made-up questions.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

describe('a time clause does not decide the type', () => {
  it('reads how many / who before or after a "when" clause by the main clause', () => {
    expect(classifyQuestion('How many animators did Northwind employ when it opened its Lisbon office?')).toBe('count');
    expect(classifyQuestion('When the Eastfield studio was sold, who ran it?')).toBe('person');
    expect(classifyQuestion('Сколько человек работало в студии, когда её купила Northwind?')).toBe('count');
    expect(classifyQuestion('Когда студию купили, сколько в ней было сотрудников?')).toBe('count');
  });
  it('keeps "when" questions as dates', () => {
    expect(classifyQuestion('When did Northwind open its Lisbon office?')).toBe('date');
    expect(classifyQuestion('When did Northwind hire 40 animators?')).toBe('date');
    expect(classifyQuestion('Когда студия открыла офис в Лиссабоне?')).toBe('date');
    expect(classifyQuestion('What year was it when Northwind moved to Lisbon?')).toBe('date');
  });
});

describe('a money noun asked about makes an amount', () => {
  it('reads a bare how-much word about a profit, a turnover or sales as an amount', () => {
    expect(classifyQuestion('Northwind去年的净利润是多少?')).toBe('amount');
    expect(classifyQuestion('Northwind 2024年的营业额是多少?')).toBe('amount');
    expect(classifyQuestion('Lợi nhuận của Northwind năm ngoái là bao nhiêu?')).toBe('amount');
    expect(classifyQuestion('Doanh thu của Northwind năm 2024 là bao nhiêu?')).toBe('amount');
    expect(classifyQuestion('Сколько прибыли получила Northwind в прошлом году?')).toBe('amount');
    expect(classifyQuestion('Сколько N7 заплатила за студию Eastfield?')).toBe('amount');
    expect(classifyQuestion('这部电影的票房几何?')).toBe('amount');
    expect(classifyQuestion('2024年全球动画市场规模是多少?')).toBe('amount');
    expect(classifyQuestion('Thị trường hoạt hình Hàn Quốc năm 2024 đạt bao nhiêu?')).toBe('amount');
  });
  it('reads funds asked with どれくらい and the size of a market as amounts', () => {
    expect(classifyQuestion('Northwindはどれくらい資金を集めたの?')).toBe('amount');
    expect(classifyQuestion('How big is the Korean animation market?')).toBe('amount');
    expect(classifyQuestion('2024年全球动画市场规模有多大?')).toBe('amount');
  });
  it('keeps the size of a place and a share of a market counted', () => {
    expect(classifyQuestion('How big is the new Northwind studio?')).toBe('count');
    expect(classifyQuestion("How big is Europe's slice of the animation market?")).toBe('count');
  });
  it('keeps a counted noun a count, even next to a money word', () => {
    expect(classifyQuestion('Northwind有多少家投资方?')).toBe('count');
    expect(classifyQuestion('Doanh thu tăng, Northwind có bao nhiêu nhân viên?')).toBe('count');
    expect(classifyQuestion('Сколько студий получили гранты Northwind?')).toBe('count');
  });
  it('answers a profit question with a profit, not with the revenue it comes from', () => {
    const profit = analyseQuestion('Northwind去年的净利润是多少?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Northwind去年实现净利润0.8亿元。', profit, undefined)).toBe(true);
    expect(holdsAskedUnit('Northwind去年营收达到5.2亿元。', profit, undefined)).toBe(false);
  });
});
