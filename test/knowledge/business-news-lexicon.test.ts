/**
 * The general business-news words of the shipped lexicon: what a member asks about a studio's results, offices,
 * releases and people (revenue, headquarters, floor area, premiere, first) is one concept in every language, Chinese
 * included, so a question in one language meets an article in another; and a common word is not taken for one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';

const { glossary, problems } = await loadGlossary(path.resolve('knowledge', 'glossary.yaml'));
const concepts = (text: string) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);

describe('business-news words of the lexicon', () => {
  it('load without a form claimed twice', () => {
    expect(problems).toEqual([]);
  });

  it('name one concept across the languages', () => {
    const cases: [string, string[]][] = [
      [
        'revenue',
        [
          'annual revenue of the studio',
          '매출액은 120억 원',
          '売上高は2億円',
          '公司营收增长',
          'выручка студии',
          'doanh thu năm 2023',
        ],
      ],
      [
        'headquarters',
        [
          'headquartered in Bournemouth',
          '본사는 서울에 있다',
          '本社を秋田市に移す',
          '总部位于北京',
          'штаб-квартира компании',
        ],
      ],
      [
        'floor-area',
        [
          'a 6,000-square-foot facility',
          '연면적 3천 제곱미터',
          '延床面積は500平方メートル',
          '建筑面积2万平方米',
          'площадью 500 квадратных метров',
        ],
      ],
      [
        'premiere',
        [
          'the series premiered on Netflix',
          '첫 방송은 10월',
          '初回放送は4月',
          '电影首映',
          'премьера состоится в ноябре',
        ],
      ],
      [
        'first-time',
        ['its first studio abroad', '최초의 애니메이션', '初めての海外拠点', '首次亮相', 'впервые показали'],
      ],
    ];
    for (const [concept, texts] of cases) for (const text of texts) expect(concepts(text), text).toContain(concept);
  });

  it('give the existing entries their Chinese forms', () => {
    expect(concepts('总部位于首尔')).toEqual(expect.arrayContaining(['headquarters', 'seoul']));
    expect(concepts('创始人王敏')).toContain('founder');
    expect(concepts('动画公司的员工人数')).toEqual(expect.arrayContaining(['animation-studio', 'headcount']));
  });

  it('name the price of a deal, joining and discovering talent in every language', () => {
    const cases: [string, string[]][] = [
      [
        'deal-value',
        [
          'How much is the buyer paying for the studio?',
          '인수 금액은 9억달러다',
          '買収額は非公表',
          '收购金额为35亿美元',
          'сумма сделки не раскрывается',
          'giá trị thương vụ chưa được công bố',
        ],
      ],
      [
        'joining',
        [
          'he will join the board',
          '이사회에 합류한다',
          '取締役会に加わる',
          '加入董事会',
          'он войдет в совет директоров',
        ],
      ],
      ['talent-discovery', ['the label that discovered the singer', '가수를 발굴한 곳', '新人を発掘する', '发掘新人']],
    ];
    for (const [concept, texts] of cases) for (const text of texts) expect(concepts(text), text).toContain(concept);
  });

  it('take no common word for a business concept', () => {
    expect(concepts('Giá trị của bộ phim là gì?')).not.toContain('price');
    expect(concepts('회사는 실적을 공개했다')).not.toContain('release');
    expect(concepts('a studio based in Vancouver')).not.toContain('headquarters');
  });
});
