/**
 * Scoring rules of issue 11 on made-up profiles in several languages: a course is no vendor and a vendor no course
 * (from the statement's own words), one broad phrase is one partial answer however many needs it touches, and a
 * consumer business (yearbook photos, wedding video) that names a real craft among its offers stays below the
 * specialised partner, because its description says its own field.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { defaultScoringSettings, scoreDirection, scoreReciprocal } from '../../src/matchmaking/reciprocal-score.js';
import { teachesWork } from '../../src/matchmaking/statement-delivery.js';
import { createCatalogueReader } from '../../src/matchmaking/work-coverage.js';
import type { OrganizationKind } from '../../src/matchmaking/types.js';
import { harnessPerTest, partnerNames, shippedScorerPerFile } from './matchmaking-harness.js';

const shipped = shippedScorerPerFile();
const score = (need: string, offer: string) => shipped.score(need, offer);
const meets = defaultScoringSettings.meetThreshold;
const openHarness = harnessPerTest();

describe('training vs service', () => {
  /** A need for a vendor, a course in the same work, and a vendor of it, per language. */
  const vendorCases = [
    { need: '디지털 채색 외주', course: '디지털 채색 교육 과정', vendor: '디지털 채색 외주 제작' },
    { need: '仕上げの外注先', course: '仕上げ講座', vendor: '仕上げの受託制作' },
    { need: 'ротоскоп и paint на аутсорс', course: 'курсы ротоскопа', vendor: 'ротоскоп на аутсорсе для студий' },
    { need: 'Jasa outsourcing rotoscoping', course: 'Kursus rotoscoping', vendor: 'Jasa rotoscoping untuk studio' },
    { need: 'rotoskop autsorsing', course: 'rotoskop kursi', vendor: 'rotoskop xizmatlari' },
  ];
  for (const { need, course, vendor } of vendorCases) {
    it(`"${need}" (a vendor) is met by a vendor of the work, not by a course in it`, () => {
      expect(score(need, vendor)).toBeGreaterThanOrEqual(meets);
      expect(score(need, course)).toBe(0);
    });
  }

  it('a need for training is met by a course, not by a vendor; a need to hire by either', () => {
    expect(score('Nuke compositing training for our junior artists', 'Nuke compositing course')).toBeGreaterThan(meets);
    expect(score('Nuke compositing training for our junior artists', 'Nuke compositing outsourcing services')).toBe(0);
    expect(score('đào tạo dựng phim cho nhân viên', 'khóa học dựng phim')).toBeGreaterThanOrEqual(meets);
    expect(score('đào tạo dựng phim cho nhân viên', 'dịch vụ dựng phim')).toBe(0);
    // Hiring compositors: graduates of a course and a vendor's artists both answer it.
    expect(score('compositors', 'Nuke compositing course')).toBeGreaterThan(meets);
    expect(score('compositors', 'Nuke compositing outsourcing services')).toBeGreaterThan(meets);
    // An offer that says both ("training and supply of ink & paint artists") meets a vendor need.
    expect(score('仕上げの外注先', 'Đào tạo và cung ứng họa sĩ tô màu (ink & paint)')).toBeGreaterThanOrEqual(meets);
  });

  it('ranks the vendor first for a studio that outsources, and leaves the course out', async () => {
    const harness = await openHarness({
      profiles: [
        {
          name: 'Overflow Anime Studio',
          kind: 'studio',
          country: 'Japan',
          languages: ['Japanese'],
          needs: ['仕上げ（デジタルペイント）の外注先'],
        },
        {
          name: 'Paint Course Center',
          kind: 'talent_center',
          country: 'Japan',
          languages: ['Japanese'],
          offers: ['デジタルペイント講座'],
        },
        {
          name: 'Paint Vendor',
          kind: 'talent_center',
          country: 'Vietnam',
          languages: ['Vietnamese'],
          offers: ['Nhận gia công tô màu kỹ thuật số (ink & paint) cho phim hoạt hình 2D'],
        },
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Overflow Anime Studio'), 'Overflow Anime Studio')).toEqual([
      'Paint Vendor',
    ]);
  });
});

describe('a need to learn the work', () => {
  /** One organization as the scorer sees it: its statements read, and whether it teaches (from its kind and offers). */
  const side = (kind: OrganizationKind, offers: string[], needs: string[] = []) => {
    const read = offers.map(shipped.normalizer.normalize);
    return { needs: needs.map(shipped.normalizer.normalize), offers: read, teachesWork: teachesWork(kind, read) };
  };
  /** How well `provider` meets the asker's needs, as `match --for` reads the pair. */
  const coverage = (asker: ReturnType<typeof side>, provider: ReturnType<typeof side>) =>
    scoreReciprocal(asker, provider, shipped.scorer).scoreForA;

  const cases = [
    {
      need: 'staff training in Nuke compositing',
      work: 'Nuke compositing for feature films',
      course: 'Nuke compositing course',
    },
    { need: '우리 직원 언리얼 엔진 교육', work: '언리얼 엔진 버추얼 프로덕션', course: '언리얼 엔진 강좌' },
    { need: 'обучение сотрудников монтажу', work: 'монтаж сериалов', course: 'курсы видеомонтажа' },
    { need: '社員研修（コンポジット）', work: 'コンポジット', course: 'コンポジット講座' },
    {
      need: 'スタッフ向けUnreal Engine勉強会',
      work: 'Unreal Engineによるバーチャルプロダクション',
      course: 'Unreal Engine講座',
    },
    { need: 'đào tạo nhân viên dựng phim', work: 'dựng phim truyện', course: 'khóa học dựng phim' },
    { need: 'xodimlarni montajga o‘qitish', work: 'video montaj', course: 'montaj kursi' },
    { need: 'pelatihan staf compositing', work: 'compositing film', course: 'kelas compositing Nuke' },
    { need: 'қызметкерлерді монтажға оқыту', work: 'монтаж', course: 'монтаж курсы' },
    // Upskilling words: the team's skills raised, not the work done for it.
    {
      need: 'peningkatan keterampilan compositing untuk tim',
      work: 'compositing film',
      course: 'kelas compositing Nuke',
    },
    { need: '편집팀 역량 강화 (영상 편집)', work: '영상 편집', course: '영상 편집 강좌' },
    { need: 'スタッフのコンポジットのスキルアップ', work: 'コンポジット', course: 'コンポジット講座' },
    { need: 'พัฒนาทักษะการตัดต่อวิดีโอให้ทีมงาน', work: 'ตัดต่อวิดีโอ', course: 'คอร์สตัดต่อวิดีโอ' },
    { need: 'монтаж бойынша біліктілікті арттыру', work: 'монтаж', course: 'монтаж курсы' },
    { need: 'nâng cao kỹ năng dựng phim cho team', work: 'dựng phim truyện', course: 'khóa đào tạo dựng phim truyện' },
  ];
  for (const { need, work, course } of cases) {
    it(`"${need}" is met by a course in the work, not by a studio doing it`, () => {
      const studio = side('studio', [], [need]);
      expect(coverage(studio, side('talent_center', [course, 'graduates for hire']))).toBeGreaterThanOrEqual(meets);
      expect(coverage(studio, side('studio', [work, 'paid internship for students']))).toBe(0);
    });
  }

  it("reads a school's plain offers as what it teaches, and a school's own teaching needs as no wish to learn", () => {
    const studio = side('studio', [], ['staff training in Nuke compositing']);
    expect(coverage(studio, side('talent_center', ['Nuke compositing', 'Houdini FX course']))).toBeGreaterThan(meets);
    // A broader course (VFX) meets it in part: below the course in the work itself.
    const broader = coverage(studio, side('talent_center', ['VFX courses']));
    expect(broader).toBeGreaterThan(0);
    expect(broader).toBeLessThan(coverage(studio, side('talent_center', ['Nuke compositing course'])));
    // A school looking for instructors for its compositing course finds them at a compositing studio.
    const school = side('talent_center', ['compositing course'], ['instructors for our Nuke compositing course']);
    expect(coverage(school, side('studio', ['Nuke compositing for feature films']))).toBeGreaterThanOrEqual(meets);
  });

  /** People who can do the work, hired or trained: a course meets it, and so does a partner supplying such people. */
  const peopleCases = [
    [
      'Compositors: two full-time hires, or compositing training for our juniors',
      'compositors supplied to studios',
      'compositing course',
    ],
    ['합성 아티스트 채용 또는 사내 합성 교육', '합성 아티스트 파견', '합성 교육 과정'],
    ['コンポジター採用、または社内向けのコンポジット研修', 'コンポジターの派遣', 'コンポジット講座'],
    [
      'Tuyển 2 họa sĩ compositing hoặc đào tạo compositing cho team',
      'Cung ứng họa sĩ compositing',
      'khóa học compositing',
    ],
    ['Монтажёры в штат или обучение наших сотрудников монтажу', 'Аутстаффинг монтажёров', 'курсы видеомонтажа'],
    ["Montajchilar: shtatga 2 kishi yoki jamoamizni montajga o'qitish", 'Montajchilar autstaffingi', 'montaj kursi'],
    ['Merekrut 2 compositor atau pelatihan compositing untuk tim', 'Jasa penyaluran compositor', 'kelas compositing'],
    ['รับสมัครนักตัดต่อ 2 คน หรืออบรมการตัดต่อให้ทีม', 'บริการจัดหานักตัดต่อ', 'คอร์สตัดต่อวิดีโอ'],
    ['Монтажерлер: штатқа 2 адам немесе командамызды монтажға оқыту', 'Монтажерлер беру қызметі', 'монтаж курсы'],
  ];
  for (const [need = '', supplied = '', course = ''] of peopleCases) {
    it(`"${need}" (hire or train) is met by a course and by a partner supplying the people`, () => {
      const studio = side('studio', [], [need]);
      expect(coverage(studio, side('talent_center', [course]))).toBeGreaterThanOrEqual(meets);
      expect(coverage(studio, side('agency', [supplied]))).toBeGreaterThanOrEqual(meets);
    });
  }

  it('keeps a need to train the team only a need to learn', () => {
    const studio = side('studio', [], ['compositing training for our team']);
    expect(coverage(studio, side('agency', ['compositors supplied to studios']))).toBe(0);
  });

  /** People wanted who already hold a certificate or licence: a partner doing the work meets it (no wish to learn). */
  const certifiedCases = [
    [
      'Quay phim dưới nước: quay phim viên có chứng chỉ lặn, máy quay có vỏ chống nước',
      'Quay phim dưới nước cho phim điện ảnh: máy quay có vỏ chống nước, đèn dưới nước',
    ],
    [
      '수중촬영: 다이빙 자격증 소지 촬영감독과 방수 하우징 카메라',
      '영화 수중촬영 팀: 수중촬영감독, 방수 하우징, 수중 조명',
    ],
    [
      'Подводная съёмка: операторы, имеющие удостоверение водолаза, камера в боксе',
      'Подводная съёмка для кино: подводный оператор, боксы для камер, подводный свет',
    ],
    [
      'Underwater filming: camera operators holding a diving certificate',
      'Underwater cinematography for feature films',
    ],
  ];
  for (const [need = '', vendor = ''] of certifiedCases) {
    it(`"${need}" (certified people) is met by a partner doing the work`, () => {
      expect(coverage(side('studio', [], [need]), side('agency', [vendor]))).toBeGreaterThanOrEqual(meets);
    });
  }

  it('keeps a course with a certificate for the team a need to learn', () => {
    const studio = side('studio', [], ['Underwater filming course with a certificate for our camera crew']);
    expect(coverage(studio, side('agency', ['Underwater cinematography for feature films']))).toBe(0);
  });
});

describe('broad offers', () => {
  const direction = (needs: string[], offers: string[]) =>
    scoreDirection(needs.map(shipped.normalizer.normalize), offers.map(shipped.normalizer.normalize), shipped.scorer)
      .coverage;

  for (const needs of [
    ['matchmove and camera tracking', 'rotoscoping', 'compositing'],
    ['매치무브', '로토스코핑', '합성'],
  ]) {
    it(`one broad phrase counts as one partial answer to several specific needs (${needs[0]})`, () => {
      const broad = ['VFX and animation specialists'];
      // Each need alone is met in part by the broad phrase; all three together are not met three times as well.
      const oneNeed = direction(needs.slice(0, 1), broad);
      const allThree = direction(needs, broad);
      expect(oneNeed).toBeGreaterThan(0);
      expect(allThree).toBeLessThan(oneNeed * 0.75);
      // One specific offer for one of the three needs ranks above the broad phrase for all of them.
      expect(direction(needs, ['rotoscoping course (Silhouette)'])).toBeGreaterThan(allThree * 1.5);
    });
  }
});

describe('catalogues', () => {
  // A catalogue names many trades of different fields in one phrase; each is met there in passing.
  const catalogue = {
    kind: 'agency' as const,
    country: 'China',
    languages: ['Chinese', 'English', 'Vietnamese'],
    offers: ['游戏美术全流程外包：原画、3D建模、贴图、骨骼绑定、动作、特效、UI、宣传视频、Live2D、像素美术'],
  };
  const studio = {
    name: 'Seastar Series Studio',
    kind: 'studio' as const,
    country: 'Vietnam',
    languages: ['Vietnamese', 'English'],
    needs: ['3D character rigging outsourcing', 'texturing outsourcing', 'VFX outsourcing'],
  };

  it('ranks a partner whose offers are about two needed trades above one catalogue naming all three', async () => {
    const harness = await openHarness({
      profiles: [
        studio,
        { name: 'Everything Art Outsourcing', ...catalogue },
        {
          name: 'CG Craft Lab',
          kind: 'agency',
          country: 'Japan',
          languages: ['Japanese', 'English'],
          offers: ['3D character rigging for series (Maya, facial rigs)', '3D character texturing (Substance Painter)'],
        },
      ],
    });
    expect(
      partnerNames(await harness.matchmaking.match('Seastar Series Studio'), 'Seastar Series Studio').slice(0, 2),
    ).toEqual(['CG Craft Lab', 'Everything Art Outsourcing']);
  });

  it('counts one catalogue once for several needs, and a specialty listing its details in full', () => {
    const withReader = { ...defaultScoringSettings, inPassing: createCatalogueReader(shipped.relations) };
    const direction = (needs: string[], offers: string[], settings = defaultScoringSettings) =>
      scoreDirection(
        needs.map(shipped.normalizer.normalize),
        offers.map(shipped.normalizer.normalize),
        shipped.scorer,
        settings,
      ).coverage;
    const needs = studio.needs;
    expect(direction(needs, catalogue.offers, withReader)).toBeGreaterThan(0);
    expect(direction(needs, catalogue.offers, withReader)).toBeLessThan(0.9 * direction(needs, catalogue.offers));
    // A specialty listing its details ("dubbing: script adaptation, lip-sync, casting…") is met through its lead.
    const dubbing = [
      ['English dubbing of an animated series', 'sound mixing'],
      ['English and Mandarin dubbing of animated series: script adaptation, lip-sync, casting, recording, mix, QC'],
    ] as const;
    expect(direction([...dubbing[0]], [...dubbing[1]], withReader)).toBe(direction([...dubbing[0]], [...dubbing[1]]));
  });

  it('counts work named only as a detail of another field once for several needs', () => {
    const withReader = { ...defaultScoringSettings, inPassing: createCatalogueReader(shipped.relations) };
    const direction = (offer: string, settings = defaultScoringSettings) =>
      scoreDirection(
        ['Постановщик трюков: драки, падения с высоты', 'Каскадёры и дублёры для актёров'].map(
          shipped.normalizer.normalize,
        ),
        [shipped.normalizer.normalize(offer)],
        shipped.scorer,
        settings,
      ).coverage;
    // Fight scenes among a 3D animation studio's details are animated fights: part of that work, not a stunt team.
    // (0.85 until session 22: the first need met in full now weighs 2.5, and the reader's cut reads 14%.)
    const animation = '3D personaj animatsiyasi seriallar uchun: yurish sikllari, jang sahnalari, lip-sync';
    expect(direction(animation, withReader)).toBeLessThan(0.9 * direction(animation));
    // A stunt team's own details count as before.
    const stunts = 'Kaskadyorlar guruhi: jang sahnalari, balandlikdan yiqilish';
    expect(direction(stunts, withReader)).toBe(direction(stunts));
    expect(direction(stunts, withReader)).toBeGreaterThan(direction(animation, withReader));
  });

  it('ranks a specialist above a one-stop list under a department heading, even for one need', () => {
    const withReader = { ...defaultScoringSettings, inPassing: createCatalogueReader(shipped.relations) };
    const direction = (offer: string) =>
      scoreDirection(
        [shipped.normalizer.normalize('仕上げ（デジタル彩色・色検査）の外注先')],
        [shipped.normalizer.normalize(offer)],
        shipped.scorer,
        withReader,
      ).coverage;
    // "Anime production one-stop: planning, …, ink and paint, …": the heading is the whole department, not the need.
    const oneStop =
      'アニメ制作ワンストップ：企画、脚本、キャラクターデザイン、絵コンテ、原画、動画、仕上げ、背景、撮影、3DCG、編集、音響、グッズ制作';
    const specialist = '仕上げのグロス請け：デジタル彩色、仕上検査、色パカチェック';
    expect(direction(oneStop)).toBeGreaterThan(0);
    expect(direction(oneStop)).toBeLessThan(0.75 * direction(specialist));
  });
});

describe('internships offered', () => {
  const side = (kind: OrganizationKind, offers: string[], needs: string[] = []) => {
    const read = offers.map(shipped.normalizer.normalize);
    return {
      needs: needs.map(shipped.normalizer.normalize),
      offers: read,
      teachesWork: teachesWork(kind, read),
      profile: { kind },
    };
  };
  it("are no work done for others when a studio or agency offers them, but a school's practicum is its teaching", () => {
    const editorWanted = side('studio', [], ['documentary editor to log 180 hours and build the structure']);
    const coverage = (provider: ReturnType<typeof side>) =>
      scoreReciprocal(editorWanted, provider, shipped.scorer).scoreForA;
    for (const [kind, offer] of [
      ['studio', 'Thực tập dựng phim cho sinh viên'],
      ['studio', 'Paid editing internships'],
      ['agency', 'Стажировки ассистентов монтажа'],
    ] as const)
      expect(coverage(side(kind, ['co-production credit', offer]))).toBe(0);
    // The same words from a school: the practicum is where its editors are trained.
    expect(
      coverage(side('talent_center', ['documentary editing course with a practicum', 'Paid editing internships'])),
    ).toBeGreaterThan(meets);
    // A studio that does the work for others still meets the need.
    expect(coverage(side('studio', ['documentary editing for hire: logging, paper edit, assembly']))).toBeGreaterThan(
      meets,
    );
  });
});

describe('consumer businesses that list a real craft', () => {
  const specialist = (name: string, offers: string[], country: string, language: string): ProfileInput => ({
    name,
    kind: 'talent_center',
    country,
    languages: [language],
    offers,
  });

  it('keeps a yearbook photo studio and a wedding video studio below the specialised partners', async () => {
    const harness = await openHarness({
      profiles: [
        {
          name: 'Anime Post Studio',
          kind: 'studio',
          country: 'Japan',
          languages: ['Japanese'],
          needs: ['カラーグレーディング（色補正）スタッフ'],
        },
        {
          name: 'Yearbook Photo Studio',
          kind: 'other',
          country: 'Japan',
          languages: ['Japanese'],
          description: '幼稚園・小中学校の卒業アルバム制作と行事撮影を行う写真スタジオです。',
          offers: ['卒業アルバムの撮影とデザイン', '写真のレタッチ・色補正'],
          needs: ['行事撮影のカメラマン'],
        },
        specialist('Grading Academy', ['カラーグレーディング講座（DaVinci Resolve）'], 'South Korea', 'Korean'),
        {
          name: 'Documentary House',
          kind: 'studio',
          country: 'Kazakhstan',
          languages: ['Russian'],
          needs: ['монтажёры для документального сериала'],
        },
        {
          name: 'Wedding Film Studio',
          kind: 'other',
          country: 'Kazakhstan',
          languages: ['Russian'],
          description: 'Свадебная видеосъёмка и свадебные фильмы под ключ.',
          offers: ['монтаж видео', 'цветокоррекция'],
        },
        specialist('Editing School', ['курсы монтажа документального кино'], 'Uzbekistan', 'Uzbek'),
      ],
    });
    const grading = partnerNames(await harness.matchmaking.match('Anime Post Studio'), 'Anime Post Studio');
    expect(grading[0]).toBe('Grading Academy');
    const editing = partnerNames(await harness.matchmaking.match('Documentary House'), 'Documentary House');
    expect(editing[0]).toBe('Editing School');
  });
});

describe('look-alike centers that share only a department word', () => {
  // "Video" and "editing" for weddings, "animators" for kids' parties, "design" for web or print, accounting, language
  // teaching, IT support and a photo studio, in the taxonomy's languages, beside one true partner per studio.
  const center = (name: string, country: string, language: string, offers: string[], kind = 'other'): ProfileInput => ({
    name,
    kind: kind as ProfileInput['kind'],
    country,
    languages: [language],
    offers,
  });

  const studios: (ProfileInput & { partner: string })[] = [
    {
      name: 'Steppe 2D Studio',
      kind: 'studio',
      country: 'Kazakhstan',
      languages: ['Russian', 'Kazakh'],
      needs: ['2D-аниматоры на фазовку и клинап', 'художники-фоновики для мультсериала'],
      partner: 'Almaty Animation School',
    },
    {
      name: 'Seoul Docu Post',
      kind: 'studio',
      country: 'South Korea',
      languages: ['Korean'],
      needs: ['다큐멘터리 편집', '컬러 그레이딩 (DaVinci Resolve)', '영화 타이틀·크레딧 그래픽 디자인'],
      partner: 'Hanoi Post House',
    },
    {
      name: 'Bangkok Dubbing Works',
      kind: 'studio',
      country: 'Thailand',
      languages: ['Thai', 'English'],
      needs: ['แปลซับไตเติลซีรีส์เกาหลีเป็นภาษาไทย', 'ผู้ดูแลระบบเรนเดอร์และสตอเรจของสตูดิโอ', 'นักบัญชีกองถ่าย'],
      partner: 'Jakarta Subtitle Lab',
    },
  ];

  const partners: ProfileInput[] = [
    center(
      'Almaty Animation School',
      'Kazakhstan',
      'Kazakh',
      ['2D анимация курсы: фазовка, клинап', 'Фон суретшілері үшін курс'],
      'talent_center',
    ),
    center(
      'Hanoi Post House',
      'Vietnam',
      'Vietnamese',
      ['Dựng phim tài liệu', 'Chỉnh màu phim (DaVinci Resolve)', 'Thiết kế title và credit cho phim'],
      'studio',
    ),
    center(
      'Jakarta Subtitle Lab',
      'Indonesia',
      'Indonesian',
      [
        'Penerjemahan subtitle drama Korea ke bahasa Thai',
        'Akuntan produksi film untuk syuting',
        'Admin sistem render farm untuk studio VFX',
      ],
      'agency',
    ),
  ];

  const lookAlikes: ProfileInput[] = [
    center('Toi Video Almaty', 'Kazakhstan', 'Kazakh', ['Той бейнесі: түсіру және монтаж', 'Мерекелік бейнероликтер']),
    center('Prazdnik Animators', 'Kazakhstan', 'Russian', ['Аниматоры на детские праздники', 'Шоу мыльных пузырей']),
    center('Bolajon Bayram', 'Uzbekistan', 'Uzbek', [
      "Bolalar bayramlari va tug'ilgan kunlar",
      'Animatorlar va masxarabozlar',
    ]),
    center('Siam Web Studio', 'Thailand', 'Thai', ['ออกแบบเว็บไซต์และกราฟิก', 'รับทำเว็บไซต์ร้านค้าออนไลน์']),
    center('Cetak Cepat', 'Indonesia', 'Indonesian', ['Desain dan cetak brosur, spanduk', 'Desain kemasan produk']),
    center(
      'Ke Toan Minh',
      'Vietnam',
      'Vietnamese',
      ['Dịch vụ kế toán cho doanh nghiệp', 'Khóa học kế toán thực hành'],
      'talent_center',
    ),
    center('Kotoba Gakuin', 'Japan', 'Japanese', ['韓国語講座（初級〜TOPIK）', 'タイ語会話教室'], 'talent_center'),
    center('PC Doctor Seoul', 'South Korea', 'Korean', ['사무실 전산 유지보수', '컴퓨터 수리 및 네트워크 관리']),
    center('Masxaraboz Club', 'Uzbekistan', 'Uzbek', ['Animatorlar va masxarabozlar']),
    center('Party Stars', 'Kazakhstan', 'Russian', ['аниматоры и клоуны на праздник']),
    center('Bali Prewedding', 'Indonesia', 'English', ['prewedding video editing']),
    center('Foto Saule', 'Kazakhstan', 'Kazakh', [
      'Фотостудия: портреттер және құжатқа фото',
      'Фото өңдеу және ретушь',
    ]),
  ];

  it('are read as work outside content production in every language', () => {
    const offers = [
      ...['wedding videography and editing', 'IT support for offices', 'photo studio, passport photos'],
      ...['영어 회화 학원', '사무실 PC 유지보수', '증명사진 스튜디오', '전단지·현수막 인쇄'],
      ...['quay phim cưới', 'sửa chữa máy tính văn phòng', 'thiết kế bao bì sản phẩm'],
      ...['チラシ・ポスター印刷', '社内PCサポート', '英会話教室', '結婚式ビデオ撮影・編集'],
      ...['фото на документы', 'обслуживание компьютеров в офисах', 'курсы бухгалтеров 1С'],
      ...['flayer va banner chop etish', 'hujjat uchun fotosurat', "kompyuter ta'miri"],
      ...['servis komputer kantor', 'jasa pembuatan website', 'kursus bahasa Inggris'],
      ...['พิมพ์ใบปลิวและป้ายไวนิล', 'ซ่อมคอมพิวเตอร์สำนักงาน', 'ร้านถ่ายรูปติดบัตร'],
      ...['корпоративтік іс-шараларды түсіру', 'мобильді қосымша дизайны', 'құжатқа фото', 'компьютер жөндеу'],
    ];
    for (const offer of offers) {
      // Each item that names work names a look-alike field: the item is that field's work, whatever else it says.
      const placed = shipped.normalizer.normalize(offer).segments.filter((segment) => segment.subjects.length > 0);
      expect(placed.length, offer).toBeGreaterThan(0);
      for (const segment of placed)
        expect(segment.itemSubjects.some(shipped.relations.isOutside), `${offer}: ${segment.itemSubjects}`).toBe(true);
    }
  });

  it('are never suggested to a studio, and each studio finds its true partner first', async () => {
    const harness = await openHarness({
      profiles: [...studios.map(({ partner: _partner, ...profile }) => profile), ...partners, ...lookAlikes],
    });
    const lookAlikeNames = new Set(lookAlikes.map((profile) => profile.name));
    for (const studio of studios) {
      const names = partnerNames(await harness.matchmaking.match(studio.name, { limit: 10 }), studio.name);
      expect(names[0], studio.name).toBe(studio.partner);
      expect(
        names.filter((name) => lookAlikeNames.has(name)),
        studio.name,
      ).toEqual([]);
    }
  });
});

describe('list separators inside a trade form', () => {
  it('keeps "ink & paint", "UI/UX" and "M&E tracks" whole and still splits a list at the same marks', () => {
    const subjectsOf = (text: string) => shipped.normalizer.normalize(text).segments.map((segment) => segment.subjects);
    expect(subjectsOf('Đào tạo và cung ứng họa sĩ tô màu (ink & paint)').flat()).toContain('ink-and-paint');
    expect(shipped.normalizer.normalize('UI/UX dizayn kursi').unplaced).toEqual([]);
    expect(subjectsOf('Mixing M&E tracks')).toEqual([['m-and-e-tracks']]);
    // Two kinds of work written with a slash are two items.
    expect(subjectsOf('rotoscoping / compositing')).toEqual([['rotoscoping'], ['compositing']]);
  });
});
