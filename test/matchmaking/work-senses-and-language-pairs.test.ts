/**
 * Three matching rules of issue 11 on made-up profiles in several languages: work handed out (a studio's outsourcing
 * projects) is a source of work, not a supplier of the skill, and a need for a vendor is met by vendors; a word of
 * two senses in the trade (bare 撮影, 照明, 녹음) takes its sense from the profile's field; a dubbing, subtitling or
 * translation need is a language pair that only a partner working into the target language meets fully.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import type { StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import type { StatementScorer } from '../../src/matchmaking/statement-scorer.js';
import { createHarness, type Harness, partnerNames, shippedScorer } from './matchmaking-harness.js';

let normalizer: StatementNormalizer;
let scorer: StatementScorer;
let score: (need: string, offer: string) => number;
beforeAll(async () => {
  ({ normalizer, scorer, score } = await shippedScorer());
});
const meets = defaultScoringSettings.meetThreshold;

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('work handed out vs a vendor wanted', () => {
  /** A need for a skill, an offer of that skill's work handed out, and a wish for client work, per language. */
  const cases = [
    { skill: '동화 작업', handedOut: '동화 외주 물량 제공', wish: '장기 외주 물량' },
    { skill: '中割り', handedOut: '中割りの外注案件あり', wish: '継続案件' },
    { skill: 'in-betweening', handedOut: 'we outsource in-betweening to partner studios', wish: 'client projects' },
    { skill: 'vẽ in-between', handedOut: 'giao việc gia công vẽ in-between', wish: 'Studio gửi dự án gia công' },
    { skill: 'фазовка', handedOut: 'заказы на фазовку для подрядчиков', wish: 'Долгосрочные заказы от студий' },
  ];
  for (const { skill, handedOut, wish } of cases) {
    it(`"${handedOut}" is work for a partner, not an offer of ${skill}`, () => {
      expect(normalizer.normalize(handedOut).delivery.handsOut).toBe(true);
      expect(score(skill, handedOut)).toBe(0);
      // It answers a wish for client work, as weak reciprocity only.
      const wishStatement = normalizer.normalize(wish);
      expect(scorer.score(wishStatement, normalizer.normalize(handedOut)).score).toBeGreaterThanOrEqual(meets);
      expect(scorer.isSpecific(wishStatement)).toBe(false);
    });
  }

  it('a wish for client work is not met by a vendor offering the same work', () => {
    expect(score('장기 외주 물량', '2D 애니메이션 외주 제작')).toBe(0);
    expect(score('Studio gửi dự án gia công', 'Nhận gia công vẽ in-between')).toBe(0);
    expect(score('Долгосрочные заказы от студий', 'Фазовка на аутсорсе для студий')).toBe(0);
  });

  it('a need for a vendor (外注先, 외주처, подрядчик, nhà thầu) is met by vendors, not by work handed out', () => {
    const vendors: [string, string, string][] = [
      ['外注先', '中割りの受託制作', '中割りの外注案件あり'],
      ['외주처', '동화 외주 제작 (월 3000장)', '동화 외주 물량 제공'],
      ['подрядчик', 'Фазовка на аутсорсе для студий', 'заказы на фазовку для подрядчиков'],
      ['nhà thầu', 'Nhận gia công vẽ in-between', 'giao việc gia công vẽ in-between'],
    ];
    for (const [need, vendor, handedOut] of vendors) {
      expect(normalizer.normalize(need).unplaced, need).toEqual([]);
      expect(score(need, vendor), `${need} ← ${vendor}`).toBeGreaterThanOrEqual(meets);
      expect(score(need, handedOut), `${need} ← ${handedOut}`).toBe(0);
    }
  });

  it('suggests the vendor, not the studio that hands the same work out, to a studio short of in-betweeners', async () => {
    harness = await createHarness({
      profiles: [
        {
          name: 'Busy Series Studio',
          kind: 'studio',
          country: 'South Korea',
          languages: ['Korean'],
          needs: ['동화 작업 (중간 동화)'],
        },
        {
          name: 'Overflow Studio',
          kind: 'studio',
          country: 'Japan',
          languages: ['Japanese'],
          offers: ['中割りの外注案件あり（TVシリーズ）'],
          needs: ['背景美術'],
        },
        {
          name: 'Inbetween Vendor',
          kind: 'talent_center',
          country: 'Vietnam',
          languages: ['Vietnamese'],
          offers: ['Nhận gia công vẽ in-between cho phim hoạt hình 2D'],
          needs: ['Studio gửi dự án gia công'],
        },
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Busy Series Studio'), 'Busy Series Studio')).toEqual([
      'Inbetween Vendor',
    ]);
  });
});
