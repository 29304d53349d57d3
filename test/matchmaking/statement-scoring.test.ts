import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConceptRelations } from '../../src/matchmaking/concept-relations.js';
import { loadProfilesFile } from '../../src/matchmaking/load-profiles.js';
import type { NormalizedStatement, StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { createStatementScorer, type StatementScore } from '../../src/matchmaking/statement-scorer.js';
import { createSyntheticProfiles } from '../fixtures/profiles/synthetic-profiles.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { fixturesDir, shippedGlossary, shippedScorer } from './matchmaking-harness.js';

/** A need, offers that meet it (in several languages), and look-alikes that share words but do not. */
const cases: { need: string; meets: string[]; lookAlikes: string[] }[] = [
  {
    need: 'họa sĩ hoạt hình 3D',
    meets: ['3D animation training', 'Maya 3D animation course'],
    lookAlikes: ['архитектурная визуализация', 'real estate virtual tours'],
  },
  {
    need: 'VFX compositing artists',
    meets: ['Nuke compositing bootcamp', '합성 교육', 'курсы композитинга'],
    lookAlikes: ['photo retouching course', 'Photoshop photo editing'],
  },
  {
    need: 'concept artists',
    meets: ['concept art and illustration course', 'visual development workshop', '콘셉트 아트 강좌'],
    lookAlikes: [
      'print design for posters',
      'logo design & branding',
      'interior design course',
      'fashion design school',
    ],
  },
  {
    need: 'film editors',
    meets: ['film editing course', '영상 편집 교육', 'khóa học dựng phim'],
    lookAlikes: ['wedding video editing course', 'corporate video production', 'wedding films'],
  },
  { need: '영화 편집자', meets: ['video editing courses'], lookAlikes: ['wedding video editing course'] },
  {
    need: 'colorists',
    meets: ['DaVinci Resolve color grading course', 'カラーグレーディング研修'],
    lookAlikes: ['photo editing classes'],
  },
  { need: '사운드 디자이너', meets: ['sound design workshop'], lookAlikes: ['event photography'] },
  {
    need: 'họa sĩ webtoon',
    meets: ['webtoon drawing class', '웹툰 작가 양성 과정'],
    lookAlikes: ['web design course', 'website development bootcamp'],
  },
  {
    need: '字幕翻訳者',
    meets: ['subtitle translation course', 'dịch phụ đề phim'],
    lookAlikes: ['social media marketing'],
  },
  {
    need: 'специалисты по визуальным эффектам',
    meets: ['курсы VFX'],
    lookAlikes: ['свадебная видеосъёмка', 'SMM курсы'],
  },
  { need: 'animatorlar', meets: ['animatsiya kurslari', '2D animation school'], lookAlikes: ['logo dizayn'] },
  {
    need: 'motion graphics designers',
    meets: ['After Effects motion design class'],
    lookAlikes: ['graphic design for print', 'brochure design'],
  },
  {
    need: 'short-form video editors',
    meets: ['short-form video editing course'],
    lookAlikes: ['social video marketing course', 'TikTok marketing'],
  },
  {
    // Screen actors and voice actors are different trades: a voice-acting school is no school for screen actors.
    need: '배우',
    meets: ['연기 학원', 'acting school graduates', 'актёрская школа', 'khóa học diễn xuất'],
    lookAlikes: ['성우 학원', 'voice acting course', 'stage directing course', 'model agency'],
  },
  { need: 'voice actors for anime', meets: ['성우 학원', '声優養成所'], lookAlikes: ['actors for TV dramas'] },
  {
    // Animation clubs and classes for children are youth education, not a source of animators for a series.
    need: '2D animators for a TV series',
    meets: ['2D animation course (in-betweening, clean-up)', '2D 애니메이션 교육 과정'],
    lookAlikes: [
      '어린이 애니메이션 교실',
      'мультстудия для детей',
      'Bolalar uchun animatsiya kursi',
      'คอร์สแอนิเมชันสำหรับเด็ก',
    ],
  },
  {
    need: 'production accountant for a feature shoot',
    meets: ['бухгалтер кинопроекта', 'kế toán đoàn phim', '制作経理'],
    lookAlikes: ['бухгалтерские курсы', 'kế toán thuế cho doanh nghiệp'],
  },
  {
    need: 'vision mixer operator for live shows',
    meets: ['бейнемикшер операторы', 'スイッチャー', 'vận hành bàn trộn hình'],
    lookAlikes: ['camera operators', 'DJ mixing for events'],
  },
  {
    // Bare rigging (리깅, риггинг, rig nhân vật) is 3D unless the statement or profile says 2D: cut-out is another trade.
    need: 'rigger 2D cut-out (Toon Boom Harmony)',
    meets: ['dựng rig nhân vật 2D', '2D 캐릭터 리깅', 'риггинг персонажей в Moho'],
    lookAlikes: ['3D character rigging in Maya', 'риггинг персонажей', 'キャラクターリギング（Maya）'],
  },
  {
    need: 'extras for crowd scenes',
    meets: ['보조출연자 섭외', 'エキストラ手配', 'подбор массовки'],
    lookAlikes: ['acting school', 'voice actors'],
  },
  {
    // Where the water is decides the work: open water at sea against a tank or pool stage.
    need: 'open-water filming at sea',
    meets: ['open-water shoots with our dive team', '해상 촬영 전문팀', 'съёмки в море'],
    lookAlikes: ['water tank stage rental with underwater crew', '수조 촬영 스튜디오'],
  },
  { need: '수조 촬영', meets: ['撮影用プール', 'underwater tank stage'], lookAlikes: ['ocean filming unit'] },
  // Trade words for crafts the lexicon lacked (credits and job-board terms).
  { need: 'Script continuity for 40 shooting days', meets: ['스크립터 교육'], lookAlikes: ['scriptwriting course'] },
  { need: 'ambience SFX for our game', meets: ['効果音・環境音制作'], lookAlikes: ['wedding video editing'] },
  // Game UI art in Chinese and Vietnamese trade words, as in the entry's other languages.
  {
    need: '游戏UI美术外包',
    meets: ['Gia công UI game cho mobile', 'ゲームUIデザイン'],
    lookAlikes: ['网页设计', 'web design'],
  },
  // Agricultural drones (spraying, crop survey) in Thai and Indonesian, as in the entry's other languages.
  {
    need: 'ถ่ายทำด้วยโดรนสำหรับภาพยนตร์',
    meets: ['โดรน FPV ไล่ตามรถ', 'Кино дроны: ARRI / RED камера'],
    lookAlikes: ['โดรนพ่นยาและปุ๋ยในนาข้าว', 'โดรนเกษตร', 'jasa drone pertanian'],
  },
  { need: 'FMOD implementation support', meets: ['Wwise実装とサウンド実装'], lookAlikes: ['IVR voice prompts'] },
  { need: 'location coordinator in Jeju', meets: ['location manager service'], lookAlikes: ['drone footage'] },
  {
    need: 'dust and scratch removal for archive films',
    meets: ['реставрация фильмов'],
    lookAlikes: ['photo restoration of old family photos'],
  },
  {
    need: '3Dアニメーター',
    meets: ['3D animation training for beginners'],
    lookAlikes: ['3D architectural rendering course'],
  },
];

describe('need ↔ offer scores', () => {
  let normalizer: StatementNormalizer;
  let score: (need: string, offer: string) => number;
  let scoreOf: (need: string, offer: string) => StatementScore;
  beforeAll(async () => {
    const shipped = await shippedScorer();
    ({ normalizer, score } = shipped);
    scoreOf = (need, offer) => shipped.scorer.score(normalizer.normalize(need), normalizer.normalize(offer));
  });

  for (const { need, meets, lookAlikes } of cases) {
    it(`"${need}" is met across languages and not by look-alikes`, () => {
      for (const offer of meets)
        expect(score(need, offer), offer).toBeGreaterThanOrEqual(defaultScoringSettings.meetThreshold);
      const weakestMatch = Math.min(...meets.map((offer) => score(need, offer)));
      for (const offer of lookAlikes) {
        expect(score(need, offer), offer).toBeLessThan(defaultScoringSettings.meetThreshold);
        expect(score(need, offer), offer).toBeLessThan(weakestMatch);
      }
    });
  }

  it('reads distinct trades that overlap (voice acting and dubbing, previs and VFX): each meets the other in part', () => {
    // Voice actors are no dubbing studio, and a dubbing studio no voice-actor agency: a partial, broad-like meet.
    for (const [need, offer] of [
      ['dubbing studio for Korean dramas', 'voice actors for anime and games'],
      ['더빙 스튜디오', '성우 에이전시'],
      ['lồng tiếng phim Hàn', 'diễn viên lồng tiếng'],
      ['voice actors for anime', 'dubbing studio'],
      ['声優キャスティング', '声優'],
      // Previs is pre-production that VFX houses also do; a webtoon's story writer is no screenwriter for TV.
      ['VFX for a feature film', 'previsualization'],
      ['previs for action scenes', 'VFX for features'],
      ['screenwriter for a drama series', 'webtoon story writing'],
    ] as const) {
      const result = scoreOf(need, offer);
      expect(result.score, `${need} ← ${offer}`).toBeGreaterThan(0);
      expect(result.score, `${need} ← ${offer}`).toBeLessThanOrEqual(0.5);
      expect(result.broad, `${need} ← ${offer}`).toBe(true);
    }
    // The same trade meets fully: voice casting for a need of voice actors, a dubbing studio for a dubbing need.
    expect(score('voice actors for anime', 'voice casting agency')).toBeGreaterThan(0.7);
    expect(score('dubbing studio for Korean dramas', 'dubbing and lip-sync for series')).toBeGreaterThan(0.7);
    // A VFX craft is no previs: only the work the overlap names (VFX, not compositing) meets in part.
    expect(score('previs for action scenes', 'compositing')).toBe(0);
    // Casting screen actors is no voice casting, either way.
    expect(score('casting', 'voice casting')).toBe(0);
    expect(score('voice casting', 'casting for TV dramas')).toBe(0);
  });

  it('keeps the original words and adds the concepts, including ones a longer phrase or a person suffix hides', () => {
    const statement = normalizer.normalize('short-form video editors');
    expect(statement.text).toBe('short-form video editors');
    expect(statement.concepts).toEqual(expect.arrayContaining(['short-form-video', 'video-editor']));
    expect(normalizer.normalize('영화 편집자').concepts).toContain('film-editing');
    // Real-estate video editing is real-estate video work: it never meets a need for film editors.
    expect(score('film editors', 'real estate video editing course')).toBe(0);
  });
});

/**
 * The scorer keeps scores per pair of statement readings (an open-addressing table that grows and starts afresh at
 * its limit), and answers pairs of unrelated work by their concepts alone, keeping nothing for them. Every pair of a
 * generated set must score exactly as the straightforward path does: a scorer that keeps nothing (limit 1: each score
 * worked out afresh) and scores every pair in full.
 */
describe('the statement scorer’s kept scores', () => {
  let normalizer: StatementNormalizer;
  let relations: ConceptRelations;
  let needs: NormalizedStatement[];
  let offers: NormalizedStatement[];
  beforeAll(async () => {
    ({ normalizer, relations } = await shippedScorer());
    const profiles = createSyntheticProfiles(await shippedGlossary(), { count: 48, seed: 7 });
    // Written ones too (work handed out, language pairs, openings, headings with details), read on both sides.
    const written = [
      path.join(shippedKnowledgeDir, 'profiles.yaml'),
      path.join(fixturesDir, 'mixed-languages.yaml'),
      path.join(fixturesDir, 'other-languages.yaml'),
    ];
    const statements: string[] = cases.flatMap((entry) => [entry.need, ...entry.meets, ...entry.lookAlikes]);
    for (const file of written)
      for (const profile of (await loadProfilesFile(file)).profiles)
        statements.push(...(profile.needs ?? []), ...(profile.offers ?? []));
    needs = [...profiles.flatMap((profile) => profile.needs ?? []), ...statements].map((text) =>
      normalizer.normalize(text),
    );
    offers = [...profiles.flatMap((profile) => profile.offers ?? []), ...statements].map((text) =>
      normalizer.normalize(text),
    );
  });

  const everyPair = (score: (need: NormalizedStatement, offer: NormalizedStatement) => StatementScore) =>
    needs.flatMap((need) => offers.map((offer) => score(need, offer)));
  // The reference: every pair's score from a scorer that keeps nothing and screens nothing, need by need (the
  // score of needs[n] and offers[o] at n × offers.length + o). Both tests below read it; it is scored once (~3.6 s
  // CPU), not again for the pairs the second test checks (~4 s).
  let reference: StatementScore[] | undefined;
  const referenceScores = (): StatementScore[] =>
    (reference ??= everyPair(
      createStatementScorer({ relations, normalizer, cacheSize: 1, screenUnrelated: false }).score,
    ));

  it('scores every need–offer pair as a scorer that keeps nothing, through growth, repeats and a full table', () => {
    const straightforward = referenceScores();
    expect(straightforward.filter((result) => result.score > 0).length).toBeGreaterThan(needs.length);
    for (const cacheSize of [200_000, 300]) {
      const kept = createStatementScorer({ relations, normalizer, cacheSize });
      // Twice over: the second pass reads what the first kept (or, with the small limit, what it kept since afresh).
      expect(everyPair(kept.score)).toEqual(straightforward);
      expect(everyPair(kept.score)).toEqual(straightforward);
    }
    // Limit 1: the readings start afresh between the need and the offer of nearly every pair.
    expect(everyPair(createStatementScorer({ relations, normalizer, cacheSize: 1 }).score)).toEqual(straightforward);
  }, 120_000);

  it('knows beforehand that a list of needs meets none of a list of offers only when no pair of them scores', () => {
    const straightforward = referenceScores();
    expect(straightforward).toHaveLength(needs.length * offers.length);
    for (const cacheSize of [200_000, 300]) {
      const scorer = createStatementScorer({ relations, normalizer, cacheSize });
      let known = 0;
      const scored: string[] = [];
      for (let start = 0; start + 3 <= offers.length; start += 3) {
        const group = offers.slice(start, start + 3);
        for (let at = 0; at + 2 <= needs.length; at += 2) {
          const pair = needs.slice(at, at + 2);
          if (scorer.meetsNone?.(pair, group) !== true) continue;
          known += 1;
          for (let need = at; need < at + 2; need += 1)
            for (let offer = start; offer < start + 3; offer += 1)
              if ((straightforward[need * offers.length + offer]?.score ?? 0) > 0)
                scored.push(`${needs[need]?.text} / ${offers[offer]?.text}`);
        }
      }
      expect(scored).toEqual([]);
      expect(known).toBeGreaterThan(1_000);
    }
  }, 120_000);

  it('keeps nothing under a need number that the readings handed out again while reading the offer', () => {
    const [concept, compositing, animation] = ['concept artists', 'VFX compositing', '3D character animation'].map(
      (text) => normalizer.normalize(text),
    ) as [NormalizedStatement, NormalizedStatement, NormalizedStatement];
    const expected = createStatementScorer({ relations, normalizer }).score(animation, animation);
    expect(expected.score).toBeGreaterThan(0.9);
    // One reading at a time: each pair's offer starts the readings afresh, and its reading takes the need's number.
    const scorer = createStatementScorer({ relations, normalizer, cacheSize: 1 });
    scorer.score(concept, compositing);
    expect(scorer.score(compositing, animation).score).toBe(0);
    expect(scorer.score(animation, animation)).toEqual(expected);
  });
});
