/**
 * Issue 10 point 3 (session 20): the type from the asked noun, not only the question word. A money noun asked with a
 * copula or "which" ("What was the net loss?", "Какова выручка?", "売上高は?", "What valuation …") asks an amount; a
 * loss and a share price are kinds of money of their own, so a revenue figure does not answer them. Made-up questions.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { moneyKindsIn } from '../../src/answer/money-kinds.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

describe('a money noun asked with a copula or "which" is an amount', () => {
  it('reads what-is, какова and a bare topic as the size of the money named', () => {
    expect(classifyQuestion("What was Northwind's net loss in 2023?")).toBe('amount');
    expect(classifyQuestion("What is Northwind's market value after the rally?")).toBe('amount');
    expect(classifyQuestion('Какова выручка «Нордвинда» в 2021 году?')).toBe('amount');
    expect(classifyQuestion('ノースウィンドの2022年3月期の売上高は?')).toBe('amount');
    expect(classifyQuestion('Northwind 2022年的营业亏损是多少?')).toBe('amount');
  });
  it('reads "which / what" before a money noun as an amount', () => {
    expect(classifyQuestion('What valuation did the fund give Northwind?')).toBe('amount');
    expect(classifyQuestion('Cổ phiếu Northwind đóng cửa ở mức giá nào?')).toBe('amount');
  });
  it('does not take a name after "what was" for a work asked', () => {
    expect(classifyQuestion("What was Webtoon Northwind's revenue last year?")).toBe('amount');
    expect(classifyQuestion('What was the webtoon Northwind published first?')).toBe('title');
  });
  it('keeps a share of the money, a rise in percent and a rating what they were', () => {
    // A share asked by its noun (비중) is counted in percent (asked-unit-forms-by-language), not money.
    expect(classifyQuestion('노스윈드 매출에서 애니메이션이 차지하는 비중은?')).toBe('count');
    expect(classifyQuestion('Northwind的股价七个交易日涨了多少?')).toBe('count');
    expect(classifyQuestion('Какую оценку получил мультфильм Northwind?')).not.toBe('amount');
    expect(classifyQuestion('Какая студия сделала мультфильм?')).toBe('organization');
  });
});

describe('a loss and a share price are kinds of money', () => {
  it('finds them in the six languages', () => {
    expect(moneyKindsIn('영업손실은 2022년 25억원이었다').has('loss')).toBe(true);
    expect(moneyKindsIn('Sau thuế, công ty lỗ 586 tỷ đồng').has('loss')).toBe(true);
    expect(moneyKindsIn('2月13日收盘,股价报28.94元/股').has('share price')).toBe(true);
    expect(moneyKindsIn('The stock closed at $10.37, about half its offering price').has('share price')).toBe(true);
    expect(moneyKindsIn('1株当たり当期純利益は91円93銭、株価収益率は33.72倍').has('share price')).toBe(false);
  });
  it('answers a loss question with the loss, not with the revenue beside it', () => {
    const loss = analyseQuestion("What was Northwind's net loss in 2023?", undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Northwind posted a net loss of 9 billion won in 2023.', loss, undefined)).toBe(true);
    expect(holdsAskedUnit("Northwind's revenue rose to 67.7 billion won in 2023.", loss, undefined)).toBe(false);
  });
  it('answers a share-price question with a price, not with a stake', () => {
    const price = analyseQuestion('Northwindの株価はいくら?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Northwind shares closed at 6,240 won, up 1.13%.', price, undefined)).toBe(true);
    expect(holdsAskedUnit('Northwind sold its stake in the studio for 900 billion dong.', price, undefined)).toBe(
      false,
    );
  });
  it('reads money put into a company or raised in a round as an investment, not as revenue or a valuation', () => {
    expect(
      moneyKindsIn('The fund has put an initial £2 million (about $2.5 million) into Northwind.').has('investment'),
    ).toBe(true);
    expect(moneyKindsIn('Northwind closed a US$20 million Series B funding round.').has('investment')).toBe(true);
    const valuation = analyseQuestion('What valuation did Northwind get in the round?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Northwind closed a US$20 million Series B funding round.', valuation, undefined)).toBe(
      false,
    );
    expect(holdsAskedUnit('The round valued Northwind at US$200 million.', valuation, undefined)).toBe(true);
  });
  it('answers a net loss with the net figure, not with the operating one beside it', () => {
    const net = analyseQuestion("What was Northwind's net loss in 2023?", undefined, emptyAliasIndex);
    expect(holdsAskedUnit('영업손실은 2022년 25억원에서 2023년 4000만원으로 줄었다.', net, undefined)).toBe(false);
    expect(holdsAskedUnit('당기순손실은 2022년 62억원, 2023년 9억원이었다.', net, undefined)).toBe(true);
    const operating = analyseQuestion('노스윈드의 2023년 영업손실은 얼마야?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('영업손실은 2022년 25억원에서 2023년 4000만원으로 줄었다.', operating, undefined)).toBe(true);
  });
});

describe('the type from the asked noun, beside money', () => {
  it('reads a word for a work by its place in a programme as a title, and a building asked for as a place', () => {
    expect(classifyQuestion('노스윈드 영화제 개막작이 뭐야?')).toBe('title');
    expect(classifyQuestion('노스윈드가 만든 대표작은 뭐야?')).toBe('title');
    expect(classifyQuestion("Which building is Northwind's Lisbon studio in?")).toBe('place');
  });
});
