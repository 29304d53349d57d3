/**
 * Issue 10 point 4 (session 20): a person slot is filled only by a person-like name. In Korean a word ending in a
 * particle before a title ("제작을 총괄한다": oversees the production) and a common noun after one ("대표 게임": the
 * flagship game) are no names; a surname after a title, or any name before one, still is. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { hasPerson } from '../../src/answer/name-units.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

const none = new Set<string>();

describe('a Korean title makes a person only with a name', () => {
  it('does not take a word ending in a particle, or a noun after a title, for a name', () => {
    expect(hasPerson("노스윈드는 '바람의 노래' 제작을 총괄한다.", none)).toBe(false);
    expect(hasPerson("그는 회사의 대표 게임 '바람의 노래'를 맡는다.", none)).toBe(false);
  });
  it('still finds names before and after titles, native or written by their sound', () => {
    expect(hasPerson('노스윈드(대표 김민호)는 100억 원을 투자받았다.', none)).toBe(true);
    expect(hasPerson('원작자 윤서진이 2010년에 세웠다.', none)).toBe(true);
    expect(hasPerson('박정훈 애니메이션 감독이 강의한다.', none)).toBe(true);
    expect(hasPerson('조시 맨델 CEO가 말했다.', none)).toBe(true);
    expect(hasPerson('오윤택 아트 디렉터를 데려왔다.', none)).toBe(true);
  });
  it('does not answer a who-question with a sentence that only names a title and a verb', () => {
    const who = analyseQuestion('노스윈드는 누가 이끌어?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit("노스윈드는 '바람의 노래' 제작을 총괄한다.", who, undefined)).toBe(false);
    expect(holdsAskedUnit('노스윈드는 김민호 대표가 이끈다.', who, undefined)).toBe(true);
  });
});

describe('a capitalised run after a preposition of place is where something is', () => {
  it('does not take a place and the noun after it for a person', () => {
    expect(hasPerson('Студия построит в Нордвинске Дом анимации на набережной.', none)).toBe(false);
    expect(hasPerson('The gala closed on Saturday at Bay Artspace in the city.', none)).toBe(false);
  });
  it('still finds a person named after a place', () => {
    expect(hasPerson('В Москве Юлиана Северова рассказала о планах студии.', none)).toBe(true);
    expect(hasPerson('The studio in Sydney is led by Maria Northwood.', none)).toBe(true);
  });
});

describe('a capitalised run right after a word for a work is its title', () => {
  it('does not take a film title for a person', () => {
    expect(hasPerson('Hãng còn công bố kế hoạch làm phim chiếu rạp Bắc Phong Sơn Thủy.', none)).toBe(false);
    expect(hasPerson('The studio is now making the film Northern Lights Rising.', none)).toBe(false);
    expect(hasPerson('Đạo diễn Trần Minh Khoa làm phim chiếu rạp Bắc Phong.', none)).toBe(true);
  });
});
