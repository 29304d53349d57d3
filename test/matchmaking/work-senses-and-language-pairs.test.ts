/**
 * Matching rules of issue 11 on made-up profiles in several languages: work handed out (a studio's outsourcing
 * projects) is a source of work, not a supplier of the skill, and a need for a vendor is met by vendors; a word of
 * two senses in the trade (bare 撮影, 照明, 녹음) takes its sense from the profile's field; a dubbing, subtitling or
 * translation need is a language pair that only a partner working into the target language meets fully. Session 13's
 * fresh profiles added: a heading before a colon goes with the list after it (an "attack, hit" item of a Spine 2D offer
 * is no 3D game animation); a shorter form inside a longer one running on is that form's words; casting beside voice
 * actors (or beside voice casting itself) is voice casting; a department beside a craft is the field the work is for;
 * voice work is done in a language (named, or else the needing side's).
 */
import { describe, expect, it } from 'vitest';
import { defaultScoringSettings, scoreDirection } from '../../src/matchmaking/reciprocal-score.js';
import { statementLanguages } from '../../src/matchmaking/statement-languages.js';
import { harnessPerTest, partnerNames, shippedScorerPerFile } from './matchmaking-harness.js';

const shipped = shippedScorerPerFile();

/** How much of the needs the offers cover, from a provider working in `provider` for a needing side in `needing`. */
function coverage(
  needs: ReturnType<typeof shipped.normalizer.normalize>[],
  offers: ReturnType<typeof shipped.normalizer.normalize>[],
  provider: string[],
  needing: string[],
): number {
  const settings = defaultScoringSettings;
  return scoreDirection(
    needs,
    offers,
    shipped.scorer,
    settings,
    1,
    undefined,
    new Set(provider),
    undefined,
    new Set(needing),
  ).coverage;
}
const score = (need: string, offer: string) => shipped.score(need, offer);
const meets = defaultScoringSettings.meetThreshold;
const openHarness = harnessPerTest();

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
      expect(shipped.normalizer.normalize(handedOut).delivery.handsOut).toBe(true);
      expect(score(skill, handedOut)).toBe(0);
      // It answers a wish for client work, as weak reciprocity only.
      const wishStatement = shipped.normalizer.normalize(wish);
      expect(shipped.scorer.score(wishStatement, shipped.normalizer.normalize(handedOut)).score).toBeGreaterThanOrEqual(
        meets,
      );
      expect(shipped.scorer.isSpecific(wishStatement)).toBe(false);
    });
  }

  it('a vendor doing outsourced projects for clients still offers the work', () => {
    const vendors: [string, string][] = [
      ['3D animation', 'outsourcing 3D animation projects for European studios'],
      ['hoạt hình 3D', 'Gia công dự án hoạt hình 3D cho đối tác châu Âu'],
      ['фазовка', 'проекты: фазовка на аутсорсе для зарубежных студий'],
    ];
    for (const [need, offer] of vendors) {
      expect(shipped.normalizer.normalize(offer).delivery.handsOut, offer).toBe(false);
      expect(score(need, offer), offer).toBeGreaterThanOrEqual(meets);
    }
  });

  it('a vendor naming the client it serves ("присутствие заказчика", "с заказчиком") still offers the work', () => {
    const vendors: [string, string][] = [
      ['колорист для фильма', 'Цветокоррекция фильмов, сеанс в присутствии заказчика'],
      ['монтаж документального фильма', 'Монтаж документального кино, согласование версий с заказчиком'],
    ];
    for (const [need, offer] of vendors) {
      expect(shipped.normalizer.normalize(offer).delivery.handsOut, offer).toBe(false);
      expect(score(need, offer), offer).toBeGreaterThanOrEqual(meets);
    }
    // Clients wished for in the plural are still a wish for client work.
    expect(shipped.normalizer.normalize('Новые заказчики').delivery.handsOut).toBe(true);
  });

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
      expect(shipped.normalizer.normalize(need).unplaced, need).toEqual([]);
      expect(score(need, vendor), `${need} ← ${vendor}`).toBeGreaterThanOrEqual(meets);
      expect(score(need, handedOut), `${need} ← ${handedOut}`).toBe(0);
    }
  });

  it('suggests the vendor, not the studio that hands the same work out, to a studio short of in-betweeners', async () => {
    const harness = await openHarness({
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

describe('localization language pairs', () => {
  it('reads the target (and source) of a dubbing, subtitling or translation need in the lexicon languages', () => {
    const pairs: [string, string, string][] = [
      ['dub Korean dramas into Japanese', 'ko', 'ja'],
      ['subtitles from Korean to Thai', 'ko', 'th'],
      ['vietsub phim Hàn', 'ko', 'vi'],
      ['lồng tiếng phim Hàn sang tiếng Việt', 'ko', 'vi'],
      ['перевод с корейского на русский', 'ko', 'ru'],
      ['한국 드라마 일본어 더빙', 'ko', 'ja'],
      ['韓国ドラマの日本語吹替', 'ko', 'ja'],
      ["koreys seriallarini o'zbek tiliga dublyaj qilish", 'ko', 'uz'],
    ];
    for (const [text, source, target] of pairs) {
      const statement = shipped.normalizer.normalize(text);
      expect(statement.localization, text).toBe(true);
      expect(statement.languages.targets, text).toEqual([target]);
      expect(statement.languages.named, text).toContain(source);
    }
  });

  it('is met fully only by a partner working into the target language, partly by one without it', () => {
    const cases: [string, string, string[], string[]][] = [
      ['dub Korean dramas into Japanese', 'dubbing and voice recording', ['ja', 'ko'], ['ko', 'en']],
      ['перевод с корейского на русский', 'перевод и субтитры', ['ru', 'ko'], ['kk', 'en']],
      ['vietsub phim Hàn', 'dịch phụ đề phim', ['vi', 'ko'], ['th', 'en']],
      ['한국 드라마 일본어 더빙', '더빙 녹음 스튜디오', ['ja', 'ko'], ['ko', 'en']],
    ];
    for (const [need, offer, withTarget, without] of cases) {
      const direction = (languages: string[]) =>
        scoreDirection(
          [shipped.normalizer.normalize(need)],
          [shipped.normalizer.normalize(offer)],
          shipped.scorer,
          undefined,
          1,
          undefined,
          new Set(languages),
        );
      const full = direction(withTarget);
      const partial = direction(without);
      expect(full.met[0]?.score ?? 0, need).toBeGreaterThanOrEqual(0.8);
      expect(partial.coverage, need).toBeLessThanOrEqual(full.coverage * 0.55);
    }
    // The source counts a little: a Russian-only house is below one that also works in Korean.
    const sourceToo = (languages: string[]) =>
      scoreDirection(
        [shipped.normalizer.normalize('перевод с корейского на русский')],
        [shipped.normalizer.normalize('перевод и субтитры')],
        shipped.scorer,
        undefined,
        1,
        undefined,
        new Set(languages),
      ).coverage;
    expect(sourceToo(['ru'])).toBeLessThan(sourceToo(['ru', 'ko']));
  });

  it('ranks the dubbing house working into the target language first', async () => {
    const harness = await openHarness({
      profiles: [
        {
          name: 'Seoul Drama Distributor',
          kind: 'studio',
          country: 'South Korea',
          languages: ['Korean'],
          needs: ['dub Korean dramas into Japanese'],
        },
        {
          name: 'Almaty Dubbing House',
          kind: 'talent_center',
          country: 'Kazakhstan',
          languages: ['Kazakh', 'Russian', 'Korean'],
          offers: ['dubbing and voice recording for series'],
        },
        {
          name: 'Osaka Voice Studio',
          kind: 'talent_center',
          country: 'Japan',
          languages: ['Japanese'],
          offers: ['dubbing and voice recording for series'],
        },
      ],
    });
    const names = partnerNames(await harness.matchmaking.match('Seoul Drama Distributor'), 'Seoul Drama Distributor');
    expect(names[0]).toBe('Osaka Voice Studio');
  });
});

describe('words of two senses read from the profile field', () => {
  const fieldOf = (...texts: string[]) =>
    texts.flatMap((text) =>
      shipped.normalizer.normalize(text).segments.flatMap((segment) => [...segment.subjects, ...segment.domains]),
    );
  const subjectsInField = (text: string, field: string[]) =>
    shipped.normalizer.normalizeInField(text, field).segments.flatMap((segment) => segment.subjects);

  it('reads bare 撮影 / 촬영 as compositing in an anime profile and as cinematography elsewhere', () => {
    expect(subjectsInField('撮影', fieldOf('原画', '仕上げ'))).toEqual(['anime-compositing']);
    expect(subjectsInField('撮影', fieldOf('TVアニメ'))).toEqual(['anime-compositing']);
    expect(subjectsInField('촬영', fieldOf('원화', '채색'))).toEqual(['anime-compositing']);
    expect(subjectsInField('撮影', fieldOf('演出', '照明部'))).toEqual(['cinematography']);
    expect(subjectsInField('촬영', fieldOf('VFX 합성', '매치무브'))).toEqual(['cinematography']);
    // With no field at all it is the usual sense, and a statement's own words still decide first.
    expect(subjectsInField('撮影', [])).toEqual(['cinematography']);
    expect(shipped.normalizer.normalize('撮影・仕上げ').segments.flatMap((segment) => segment.subjects)).toEqual([
      'anime-compositing',
      'ink-and-paint',
    ]);
  });

  it('reads bare 動画 as in-betweening in an anime profile and as video elsewhere', () => {
    expect(subjectsInField('動画', fieldOf('原画', '仕上げ'))).toEqual(['in-betweening']);
    expect(subjectsInField('動画', fieldOf('YouTube', '広告'))).toEqual(['video-production']);
  });

  it('lets the field decide the words the taxonomy already marks: lighting and recording', () => {
    expect(subjectsInField('照明', fieldOf('3DCGモデリング', 'CG背景'))).toEqual(['cg-lighting']);
    expect(subjectsInField('조명', fieldOf('촬영감독', '그립'))).toEqual(['on-set-lighting']);
    expect(subjectsInField('освещение', fieldOf('оператор-постановщик', 'гаффер'))).toEqual(['on-set-lighting']);
    expect(subjectsInField('녹음', fieldOf('더빙', '성우'))).toEqual(['voice-recording']);
    expect(subjectsInField('thu âm', fieldOf('lồng tiếng', 'diễn viên lồng tiếng'))).toEqual(['voice-recording']);
    // Without a field that points anywhere, bare lighting stays listed as ambiguous (it has no usual sense).
    expect(shipped.normalizer.normalizeInField('照明', []).unplaced).toHaveLength(1);
  });

  it("matches an anime studio's bare 撮影 need with anime compositing, a drama producer's with cinematography", async () => {
    const harness = await openHarness({
      profiles: [
        {
          name: 'Sakura Cel Studio',
          kind: 'studio',
          country: 'Japan',
          languages: ['Japanese'],
          description: 'TVアニメの原画・動画・仕上げを行うスタジオ。',
          needs: ['撮影'],
        },
        {
          name: 'Hangang Drama Works',
          kind: 'studio',
          country: 'South Korea',
          languages: ['Korean'],
          description: '드라마 제작사입니다. 연출, 조명, 미술 팀을 운영합니다.',
          needs: ['촬영'],
        },
        {
          name: 'Anime Compositing Academy',
          kind: 'talent_center',
          country: 'Japan',
          languages: ['Japanese', 'Korean'],
          offers: ['アニメ撮影（撮影処理）講座'],
        },
        {
          name: 'Film Camera School',
          kind: 'talent_center',
          country: 'Japan',
          languages: ['Japanese', 'Korean'],
          offers: ['映画撮影技術講座'],
        },
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Sakura Cel Studio'), 'Sakura Cel Studio')[0]).toBe(
      'Anime Compositing Academy',
    );
    expect(partnerNames(await harness.matchmaking.match('Hangang Drama Works'), 'Hangang Drama Works')[0]).toBe(
      'Film Camera School',
    );
  });
});

const subjects = (text: string) => shipped.normalizer.normalize(text).segments.flatMap((segment) => segment.subjects);

describe('a heading before a colon', () => {
  const spineOffer = 'Spine 2D character animation for mobile games: idle, attack, hit reaction, death animation';
  it('keeps the list after it in its work: a Spine 2D offer is no 3D game animation', () => {
    expect(score('3D game animators for combat animation in Unreal', spineOffer)).toBe(0);
    expect(score('Spine animators for 40 gacha characters', spineOffer)).toBeGreaterThanOrEqual(meets);
  });

  it('heads only its own item when a list comes before it', () => {
    const offer = '3D animation, Spine 2D: idle, attack, hit reaction animation';
    expect(score('3D animation for a TV series', offer)).toBeGreaterThanOrEqual(meets);
  });
});

describe('voice actors and their casting', () => {
  it('reads a voice-actor form running on from casting as voice casting, not as dubbing', () => {
    for (const text of ['кастинг актёров озвучания для мультсериала', 'кастинг актеров озвучивания, пробы']) {
      const found = subjects(text);
      expect(found, text).toContain('voice-casting');
      expect(found, text).not.toContain('dubbing');
      expect(found, text).not.toContain('casting');
    }
  });

  it('keeps casting of actors on camera as casting', () => {
    expect(subjects('кастинг актёров для сериала')).toEqual(['casting']);
    expect(subjects('actor casting and auditions for a feature')).toContain('casting');
  });

  it("reads a neighbour only from its field's people, and never turns a look-alike trade into production work", () => {
    expect(subjects('Lighting and rendering for real-estate marketing')).not.toContain('environment-art');
    expect(subjects('final 5.1 mix and M&E for the dubbed version')).not.toContain('adr');
    expect(score('colour grading training in DaVinci Resolve', 'hair colorist course: balayage, colour theory')).toBe(
      0,
    );
  });

  it('meets a voice-casting need with a voice-casting offer that also holds auditions', () => {
    const offer = 'voice casting for animation: auditions, shortlists and demos for the client';
    expect(subjects(offer)).not.toContain('casting');
    expect(score('casting of voice actors for 12 characters', offer)).toBeGreaterThanOrEqual(meets);
  });
});

describe('a department beside a craft', () => {
  it('is the field the work is done for, not a second thing asked for', () => {
    const need = shipped.normalizer.normalize('запись голосов до анимации с режиссёром озвучания');
    const all = need.segments.flatMap((segment) => segment.subjects);
    expect(all).not.toContain('animation');
    expect(need.segments.flatMap((segment) => segment.domains)).toContain('animation');
  });
});

describe('voice work is done in a language', () => {
  it('names Mongolian', () => {
    // Cartoons translated into Mongolian; subtitles into Mongolian.
    expect(statementLanguages('хүүхэлдэйн киног Монгол хэлээр орчуулах')).toEqual({ named: ['mn'], targets: ['mn'] });
    expect(statementLanguages('Монгол хэл рүү хадмал орчуулга')).toEqual({ named: ['mn'], targets: ['mn'] });
    expect(statementLanguages('Pengisi suara untuk versi bahasa Thai').targets).toEqual(['th']);
  });

  it('wanted in no named language, it is wanted in one the needing side works in', () => {
    const needs = [shipped.normalizer.normalize('voice actors for an original animated series, with a voice director')];
    const inKazakh = [shipped.normalizer.normalize('voicing cartoons in Kazakh with our dubbing actors')];
    const plain = [shipped.normalizer.normalize('voicing cartoons with our dubbing actors')];
    const direction = (offers: typeof plain, provider: string[]) => coverage(needs, offers, provider, ['ru']);
    const russian = direction(plain, ['ru']);
    expect(russian).toBeGreaterThan(0);
    // The same partner's offer naming Kazakh, and a partner working in no language of the studio's: half.
    expect(direction(inKazakh, ['kk', 'ru'])).toBeCloseTo(russian / 2, 5);
    expect(direction(plain, ['id', 'en'])).toBeCloseTo(russian / 2, 5);
  });
});

describe('a script is written in a language', () => {
  it('a series writer wanted in no named language is wanted in one the needing side works in', () => {
    const needs = [shipped.normalizer.normalize('Penulis naskah serial anak 7 menit')];
    const inRussian = [shipped.normalizer.normalize('TV series screenwriting in Russian for producers')];
    const plain = [shipped.normalizer.normalize('TV series screenwriting for producers')];
    const direction = (offers: typeof plain, provider: string[]) => coverage(needs, offers, provider, ['id', 'en']);
    const indonesian = direction(plain, ['id']);
    expect(indonesian).toBeGreaterThan(0);
    // A writers' room writing in Russian, and one working in no language of the studio's: half at most.
    expect(direction(inRussian, ['kk', 'ru', 'id'])).toBeLessThanOrEqual(indonesian / 2 + 1e-9);
    expect(direction(plain, ['kk', 'ru'])).toBeLessThanOrEqual(indonesian / 2 + 1e-9);
  });
});

describe('work beside the language work of one need', () => {
  it('is done in the language the need names: a Mongolian interpreter who books extras', () => {
    const needs = [shipped.normalizer.normalize('몽골어 통역 겸 보조출연자 섭외 담당')];
    const offers = [shipped.normalizer.normalize('extras casting, 50–500 background actors a day')];
    const direction = (provider: string[]) =>
      scoreDirection(needs, offers, shipped.scorer, defaultScoringSettings, 1, undefined, new Set(provider)).coverage;
    const inMongolian = direction(['mn', 'en']);
    expect(inMongolian).toBeGreaterThan(0);
    // A Bangkok casting agency working in Thai, English and Chinese: half at most.
    expect(direction(['th', 'en', 'zh'])).toBeLessThanOrEqual(inMongolian / 2 + 1e-9);
  });
});
