/**
 * Issue 10, the asked unit precisely (session 16): Chinese questions read for their asked type (多少, 几, 哪一年, 谁,
 * 哪里), Chinese amounts and counts ("1.2亿元", "七届"), and a counter the question names as the only thing counted
 * ("多少家", "何本"): a number of something else does not answer. Small passages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);

describe('Chinese questions', () => {
  it('are read for the asked type', () => {
    expect(classifyQuestion('这部电影的票房是多少?')).toBe('amount');
    expect(classifyQuestion('基地有多少家企业?')).toBe('count');
    expect(classifyQuestion('项目在北京办了几届?')).toBe('count');
    expect(classifyQuestion('公司是哪一年成立的?')).toBe('date');
    expect(classifyQuestion('工作室的创始人是谁?')).toBe('person');
    expect(classifyQuestion('工作室在哪里?')).toBe('place');
    expect(classifyQuestion('动画公司参与了哪部电影的创作?')).toBe('title');
  });

  it('are answered by an amount or a count written the Chinese way', () => {
    const money = ask('这部电影的票房是多少?');
    expect(holdsAskedUnit('影片上映十天，票房突破1.2亿元。', money, undefined)).toBe(true);
    expect(holdsAskedUnit('影片刷新了国产动画电影的票房纪录。', money, undefined)).toBe(false);
    const editions = ask('项目在北京办了几届?');
    expect(holdsAskedUnit('该项目已在北京连续举办七届。', editions, undefined)).toBe(true);
  });
});

describe('a counter of one kind of thing, and nothing else named', () => {
  it('must follow the number ("多少家" is not answered by "两部")', () => {
    const companies = ask('基地有多少家企业?');
    expect(companies.counted?.counter).toBe('家');
    expect(holdsAskedUnit('两部影片背后都有基地企业的参与。', companies, undefined)).toBe(false);
    expect(holdsAskedUnit('基地今年推出了3部动画。', companies, undefined)).toBe(false);
    expect(holdsAskedUnit('基地已培育了32家动画企业。', companies, undefined)).toBe(true);
  });

  it('holds in Japanese too ("何本" is not answered by "1,103作品")', () => {
    const entries = ask('映画祭には何本の応募があった?');
    expect(holdsAskedUnit('コンペには59の国と地域から1,103作品の応募があった。', entries, undefined)).toBe(false);
    expect(holdsAskedUnit('第1回には700本の応募があった。', entries, undefined)).toBe(true);
  });
});

describe('a number with a unit of time', () => {
  it('is no count of another thing ("80 năm" does not count viewers, "60 phút" no scripts)', () => {
    const viewers = ask('Có bao nhiêu khán giả đã xem phim hoạt hình tại triển lãm?');
    expect(holdsAskedUnit('Triển lãm chào mừng 80 năm Quốc khánh, đặt tại Hà Nội.', viewers, undefined)).toBe(false);
    expect(holdsAskedUnit('Triển lãm đã đón hơn 20.000 khán giả nhỏ tuổi.', viewers, undefined)).toBe(true);
    const scripts = ask('Cuộc thi nhận được bao nhiêu kịch bản?');
    expect(holdsAskedUnit('Cuộc thi mở cho kịch bản dài 90 phút.', scripts, undefined)).toBe(false);
    expect(holdsAskedUnit('Cuộc thi nhận được 57 kịch bản.', scripts, undefined)).toBe(true);
  });

  it('still counts time when time is what is counted ("몇 분")', () => {
    const minutes = ask('스튜디오는 올해 애니메이션을 몇 분 만들 계획이야?');
    expect(holdsAskedUnit('스튜디오는 올해 900분 분량의 애니메이션을 만든다.', minutes, undefined)).toBe(true);
  });
});

describe('the ordinal and the relative year asked', () => {
  it('are not answered by a sentence that names only another one', () => {
    const second = ask("When will Harbor Pixel's second feature be released?");
    expect(second.scope?.ordinal).toBe(2);
    expect(holdsAskedUnit("The studio's first feature will be released in fall 2014.", second, undefined)).toBe(false);
    expect(holdsAskedUnit('Its second feature is planned for 2016.', second, undefined)).toBe(true);
    expect(holdsAskedUnit('The feature is planned for 2016.', second, undefined)).toBe(true);
  });

  it('hold across languages (지난해 against 올해, 去年, в прошлом году)', () => {
    const lastYear = ask('지난해 매출은 얼마야?');
    expect(lastYear.scope?.relativeYear).toBe(-1);
    expect(holdsAskedUnit('올해 매출은 120억원으로 예상된다.', lastYear, undefined)).toBe(false);
    expect(holdsAskedUnit('회사는 지난해 매출 100억원을 올렸다.', lastYear, undefined)).toBe(true);
    expect(holdsAskedUnit('올해 매출은 지난해 100억원보다 늘 전망이다.', lastYear, undefined)).toBe(true);
    const thisYear = ask('今年的票房是多少?');
    expect(holdsAskedUnit('该片去年票房为3亿元。', thisYear, undefined)).toBe(false);
    expect(ask('Сколько договоров подписали годом ранее?').scope?.relativeYear).toBeUndefined();
  });
});

describe('how big a place is', () => {
  it('asks a size said with a number, not money and not an open question', () => {
    expect(classifyQuestion('스튜디오 새 건물은 얼마나 커?')).toBe('count');
    expect(classifyQuestion('バンクーバースタジオの広さは?')).toBe('count');
    expect(classifyQuestion('Какая площадь у новой студии?')).toBe('count');
    const size = ask('バンクーバースタジオの広さは?');
    expect(holdsAskedUnit('A long-time executive has been named head of the Vancouver studio.', size, undefined)).toBe(
      false,
    );
    expect(holdsAskedUnit('The Vancouver studio covers 54,000 square feet.', size, undefined)).toBe(true);
  });
});

describe('a numbered edition or cohort', () => {
  it('is not answered by a sentence that names only others of the same counter', () => {
    const fourth = ask('아카데미 4기 취업률은 몇 퍼센트야?');
    expect(fourth.scope?.numbered).toEqual({ number: '4', counter: '기' });
    const others = '1기의 취업률은 75%, 2기는 87%였고, 3기는 55%를 기록했다.';
    expect(holdsAskedUnit(others, fourth, undefined)).toBe(false);
    expect(holdsAskedUnit('4기의 취업률은 81%였다.', fourth, undefined)).toBe(true);
    expect(holdsAskedUnit('제14회 행사에서 취업률 81%가 발표됐다.', fourth, undefined)).toBe(true);
  });
});

describe('the count noun right after a number', () => {
  it('says what the number counts ("5 series" is no count of episodes; "20부작" is)', () => {
    const episodes = ask('Series Nghé Vàng có bao nhiêu tập?');
    expect(holdsAskedUnit('Hãng chiếu cùng lúc 5 series phim nhiều tập.', episodes, undefined)).toBe(false);
    expect(holdsAskedUnit('Series Nghé Vàng có 26 tập.', episodes, undefined)).toBe(true);
    const across = ask('How many episodes does the first season have?');
    expect(holdsAskedUnit("'토비와 테리' 시즌1(20부작)이 6월 공개된다.", across, undefined, true)).toBe(true);
  });

  it('keeps a season apart from another season in any language', () => {
    const third = ask('Mùa 3 của phim có bao nhiêu tập?');
    expect(third.scope?.numbered).toEqual({ number: '3', counter: 'season' });
    expect(holdsAskedUnit("'토비와 테리' 시즌1(20부작)이 6월 공개된다.", third, undefined, true)).toBe(false);
  });
});

describe('kinds of money', () => {
  it('keep a grant or allowance and spending apart from an investment', () => {
    const invest = ask('넷플릭스가 이 교육에 얼마를 투자해?');
    expect(holdsAskedUnit('교육생은 성과장려금 170만 원도 받을 수 있다.', invest, undefined)).toBe(false);
    expect(holdsAskedUnit('넷플릭스는 올해 콘텐츠 제작에 80억달러를 쓸 계획이다.', invest, undefined)).toBe(false);
    expect(holdsAskedUnit('넷플릭스는 이 교육에 30억원을 투자한다.', invest, undefined)).toBe(true);
    const grant = ask('Học viên được nhận khoản hỗ trợ bao nhiêu?');
    expect(holdsAskedUnit('교육생은 성과장려금 170만 원도 받을 수 있다.', grant, undefined)).toBe(true);
  });
});
