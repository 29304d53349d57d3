/**
 * Work that session 18's batch H put beside trades sharing its words, and ties broken on evidence: a gait-analysis
 * lab's motion capture, a personal-colour school's "カラリスト", a home-theatre installer's 5.1 and Dolby Atmos, a
 * crane-rigger course and "set-extension integration" by compositors are other work than a mocap stage, a colourist,
 * a mix stage, a character rigger and a matte painter, as ceiling монтаж, facade lighting, stage trusses, fashion
 * models and GPS surveys are other work than editing, lighting, rigging, casting and location scouting; preparing a
 * project for grading is conform work; and two partners tied on their score are ordered by whether they share a
 * working language with the studio, not by name. Real lexicon and core, no stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { offerFocus } from '../../src/matchmaking/profile-index.js';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { harnessPerTest, partnerNames, shippedGlossary, shippedScorerPerFile } from './matchmaking-harness.js';

const threshold = defaultScoringSettings.meetThreshold;
const lexicon = shippedScorerPerFile();
const open = harnessPerTest();

describe('trade pairs that share words', () => {
  it('keeps gait analysis apart from motion capture for games', () => {
    const { score, normalizer, relations } = lexicon;
    const need = '光学动作捕捉拍摄（动捕棚、Vicon）：战斗动作与过场动画，含武术动捕演员';
    const gait = '三维动作捕捉步态分析（Vicon光学系统、测力台），跑姿评估';
    expect(normalizer.normalize(gait).concepts.some((id) => relations.isOutside(id))).toBe(true);
    expect(score(need, gait)).toBe(0);
    expect(score(need, '光学动作捕捉拍摄：战斗、武术、过场动画表演，动捕演员团队')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads personal colour analysis, home theatres and crane riggers as work outside content production', () => {
    const { normalizer, relations } = lexicon;
    const outside = (text: string) => normalizer.normalize(text).concepts.some((id) => relations.isOutside(id));
    expect(outside('パーソナルカラーアナリスト・カラリスト検定対策講座、色彩検定')).toBe(true);
    expect(outside('5.1·7.1채널 돌비 애트모스 홈시어터 설계·시공, 천장 스피커 매립')).toBe(true);
    expect(outside('ออกแบบระบบเสียง ลำโพงแบ่งโซน จูนเสียง ปรับอะคูสติกห้อง')).toBe(true);
    expect(outside('Pelatihan dan sertifikasi Rigger dan Operator Crane, rigging beban, sling dan shackle')).toBe(true);
    expect(outside('Хурим найрын хөтлөгч, арга хэмжээний сценари бичих')).toBe(true);
  });

  it('meets no character-rigging need with a crane-rigger course, and a matte-painting need only in part with compositors', () => {
    const { score } = lexicon;
    const rigging = 'Rigging karakter 3D di Maya: body rig (IK/FK), facial rig (blendshape) — 14 karakter';
    expect(score(rigging, 'Pelatihan dan sertifikasi Rigger dan Operator Crane, rigging beban')).toBeLessThan(
      threshold,
    );
    expect(
      score(rigging, 'Jasa rigging karakter 3D (Maya): body rig IK/FK, facial rig blendshape'),
    ).toBeGreaterThanOrEqual(0.9);
    const matte = 'Matte painters (DMP): environment extensions, fantasy cities, 2.5D projections';
    const compositors = 'Shot compositing in Nuke: green-screen keying, CG and set-extension integration';
    expect(score(matte, compositors)).toBeLessThan(
      score(matte, 'Digital matte painting: set extensions, sky replacement'),
    );
    expect(score(matte, compositors)).toBeLessThan(threshold);
  });
});

describe('installation, facades, trusses, models and maps', () => {
  it('reads ceiling монтаж, facade lighting, stage trusses, fashion models and GPS surveys as work outside production', () => {
    const { normalizer, relations } = lexicon;
    const outside = (text: string) => normalizer.normalize(text).concepts.some((id) => relations.isOutside(id));
    expect(outside('Монтаж натяжных потолков, парящие потолки, световые линии')).toBe(true);
    expect(outside('Fasad va landshaft yoritish loyihasi, LED yoritish')).toBe(true);
    expect(outside('Rigging truss panggung, chain hoist, rigging sound system dan LED (flown)')).toBe(true);
    expect(outside('Casting người mẫu cho show thời trang, sự kiện ra mắt sản phẩm')).toBe(true);
    expect(outside('Khảo sát vị trí bằng GPS RTK, số hóa bản đồ GIS')).toBe(true);
  });

  it('meets no editing need with ceiling монтаж and no film casting need with a model agency', () => {
    const { score } = lexicon;
    const editing = 'Режиссёр монтажа документального сериала: отсмотр материала, сборка структуры серий, Avid';
    expect(score(editing, 'Монтаж натяжных потолков, парящие потолки, световые линии')).toBe(0);
    const casting = 'Casting diễn viên chính và phụ cho phim điện ảnh: thử vai, self-tape, callback';
    expect(score(casting, 'Casting người mẫu cho show thời trang, sự kiện ra mắt sản phẩm, chụp lookbook')).toBe(0);
    expect(score(casting, 'Casting diễn viên chính và phụ cho phim bộ, tổ chức buổi thử vai')).toBeGreaterThanOrEqual(
      0.9,
    );
  });
});

describe('what a need names first, and a profile’s own field', () => {
  it('meets a need only in part when an offer answers a detail after its work ("a picker for the animators")', () => {
    const { score } = lexicon;
    const rigging = 'Rigging karakter 3D di Maya: body rig (IK/FK), facial rig (blendshape), picker untuk animator';
    expect(score(rigging, 'Разработка пайплайна для VFX и анимации: Python-инструменты публикации')).toBeLessThan(
      threshold,
    );
    expect(
      score(rigging, 'Jasa rigging karakter 3D (Maya): body rig IK/FK, facial rig blendshape'),
    ).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a profile whose description names as much outside work as production work in the outside field', async () => {
    const { normalizer, relations } = lexicon;
    const glossary = await shippedGlossary();
    const described = glossary
      .findConcepts('Lớp vẽ truyện tranh và manga cho thiếu nhi 7–15 tuổi.', { morphology: true })
      .map((hit) => hit.conceptId)
      .filter((id) => normalizer.roleOf(id) === 'subject');
    expect(described.some((id) => relations.isOutside(id))).toBe(true);
    expect(described.some((id) => !relations.isOutside(id))).toBe(true);
    const offers = [
      'Khóa vẽ truyện tranh, manga cho trẻ em: vẽ nhân vật, chia khung truyện, phân cảnh truyện tranh',
      'Lớp vẽ hoạt hình cơ bản và vẽ trên iPad',
    ].map((text) => normalizer.normalize(text));
    expect(offerFocus(offers, relations.isOutside, described)).toBeLessThan(0.25);
  });
});

describe('the stage before other work', () => {
  it('reads preparing a project for grading as conform work, which meets no grading need', () => {
    const { score, normalizer } = lexicon;
    const assistants =
      'Ассистенты монтажа: синхронизация, расшифровки, логирование, подготовка к цветокоррекции и звуку';
    expect(normalizer.normalize(assistants).concepts).toContain('conforming');
    expect(
      score('Chỉnh màu (color grading) bản chiếu liên hoan phim, DaVinci Resolve, có thể remote', assistants),
    ).toBe(0);
  });
});

describe('trade forms', () => {
  it('reads DIカラーグレーディング as DI grading, met by a DI grading house before an HDR mastering lab', () => {
    const { score, normalizer } = lexicon;
    const need =
      'DIカラーグレーディング（カラリスト）：DaVinci Resolve、劇場版SDRと配信用HDR（Dolby Vision）の2バージョン';
    expect(normalizer.normalize(need).concepts).toContain('di-grading');
    const grading = score(
      need,
      '劇場映画・配信ドラマのDIグレーディング（DaVinci Resolve、ACES、Dolby Vision HDR／SDR）',
    );
    expect(grading).toBeGreaterThan(score(need, '돌비 비전 HDR 마스터링 및 납품 컨설팅'));
  });
});

describe('ties broken on evidence', () => {
  it('puts a partner sharing a working language with the studio before one with equal work that sorts first by name', async () => {
    const offer = 'Orchestral recording sessions for film scores: orchestra and conductor, recording to picture';
    const harness = await open({
      profiles: [
        {
          name: 'Hanbit Films',
          kind: 'studio',
          country: 'South Korea',
          languages: ['Korean', 'English'],
          needs: ['영화 음악 오케스트라 녹음 (스코어링 세션), 지휘자 포함'],
          offers: ['엔딩 크레딧 표기'],
        },
        { name: 'Aaa Orchestra Hall', kind: 'agency', country: 'Mongolia', languages: ['Mongolian'], offers: [offer] },
        { name: 'Zzz Scoring Stage', kind: 'agency', country: 'Bulgaria', languages: ['English'], offers: [offer] },
      ],
    });
    const matches = await harness.matchmaking.match('Hanbit Films');
    // Equal work on both sides; since session 21 two sides that share no working language at all count 0.9, so the
    // Mongolian-only hall is ordered below by score, not only on the tie.
    expect(partnerNames(matches, 'Hanbit Films')).toEqual(['Zzz Scoring Stage', 'Aaa Orchestra Hall']);
    expect(matches[1]?.score).toBeCloseTo((matches[0]?.score ?? 0) * 0.9, 3);
  });
});
