import { beforeAll, describe, expect, it } from 'vitest';
import type { ConceptRelations } from '../../src/matchmaking/concept-relations.js';
import type { StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import type { StatementScorer } from '../../src/matchmaking/statement-scorer.js';
import { shippedScorer } from './matchmaking-harness.js';

describe('taxonomy forms that need care', () => {
  let normalizer: StatementNormalizer;
  let relations: ConceptRelations;
  let scorer: StatementScorer;
  beforeAll(async () => {
    ({ normalizer, relations, scorer } = await shippedScorer());
  });
  const subjectsOf = (text: string) => normalizer.normalize(text).segments.flatMap((segment) => segment.subjects);
  const score = (need: string, offer: string) =>
    scorer.score(normalizer.normalize(need), normalizer.normalize(offer)).score;

  it('reads Vietnamese "dựng hình" as 3D modelling and "dựng phim" as film editing', () => {
    expect(subjectsOf('dựng hình')).toEqual(['3d-modeling']);
    expect(subjectsOf('họa sĩ dựng hình')).toEqual(['3d-modeling']);
    expect(subjectsOf('dựng hình nhân vật')).toEqual(['3d-character-modeling']);
    expect(subjectsOf('dựng phim')).toEqual(['film-editing']);
    expect(score('họa sĩ dựng hình', '3D modelling course')).toBeGreaterThanOrEqual(0.4);
    expect(score('họa sĩ dựng hình', 'khóa học dựng phim')).toBe(0);
    expect(score('dựng phim', 'khóa học dựng hình 3D')).toBe(0);
  });

  it('places a bare crew or staff word in the on-set crew department, never as work of its own', () => {
    for (const text of ['スタッフ', '스태프', 'crew']) {
      const statement = normalizer.normalize(text);
      expect(
        statement.segments.flatMap((segment) => segment.domains),
        text,
      ).toEqual(['on-set-crew']);
      expect(
        statement.segments.flatMap((segment) => segment.subjects),
        text,
      ).toEqual([]);
      expect(statement.unplaced, text).toEqual([]);
      expect(scorer.isSpecific(statement), text).toBe(false);
    }
    // Sharing only the crew word is no match; the work named with it still is.
    expect(score('撮影スタッフ', '3D animation crew')).toBe(0);
    expect(score('撮影スタッフ', 'cinematography course')).toBeGreaterThanOrEqual(0.4);
    expect(score('조명 스태프', 'lighting crew training')).toBeGreaterThanOrEqual(0.4);
  });

  it('takes the sense of a bare "lighting" from the statement, and lists it as ambiguous otherwise', () => {
    expect(subjectsOf('lighting for animated series')).toEqual(['cg-lighting']);
    expect(subjectsOf('освещение для 3D-анимации')).toEqual(['cg-lighting']);
    expect(subjectsOf('Lighting and compositing')).toEqual(['cg-lighting', 'compositing']);
    expect(subjectsOf('Lighting, gaffers')).toEqual(['on-set-lighting', 'gaffer']);
    for (const text of ['Lighting', '조명', '照明', 'yoritish']) {
      const statement = normalizer.normalize(text);
      expect(
        statement.segments.flatMap((segment) => segment.subjects),
        text,
      ).toEqual([]);
      expect(statement.unplaced, text).toHaveLength(1);
      expect(statement.unplaced[0], text).toMatch(/ambiguous: .*film lighting.* or CG lighting/);
    }
    // An ambiguous word is matched by nothing rather than by the wrong kind of lighting.
    expect(score('Lighting', 'CG lighting course')).toBe(0);
    expect(score('Lighting', 'film lighting workshop')).toBe(0);
    expect(score('lighting for animated series', 'CG lighting course')).toBeGreaterThanOrEqual(0.4);
    expect(score('lighting for animated series', 'film lighting workshop')).toBe(0);
  });

  it('reads bare lighting beside weddings and events as stage lighting, and montaj of equipment as installation', () => {
    expect(subjectsOf('wedding lighting and sound')).not.toContain('on-set-lighting');
    expect(subjectsOf('ánh sáng cho đám cưới')).toEqual(['stage-and-event-lighting', 'weddings-and-celebrations']);
    expect(subjectsOf('Konditsionerlarni montaj va demontaj qilish')).toEqual(['equipment-installation']);
    expect(subjectsOf('монтаж и демонтаж сцены')).toEqual(['equipment-installation']);
    expect(subjectsOf('Serial montaji')).toEqual(['film-editing']);
    expect(score('Serial montaji: montaj rejissyori', 'Konditsionerlarni montaj va demontaj qilish')).toBe(0);
  });

  it('keeps apart work that only looks alike, in both directions', () => {
    const pairs: [string, string, string, string][] = [
      ['on-set lighting', 'CG lighting', 'on-set-lighting', 'cg-lighting'],
      ['assistant director', 'film directing', 'assistant-director', 'directing'],
      ['3D rigging', '2D in-betweening', '3d-rigging', 'in-betweening'],
      ['documentary editing', 'wedding video editing', 'documentary-editing', 'wedding-videography'],
      ['location fixer', 'drone footage', 'location-fixer', 'drone-cinematography'],
      ['channel branding', 'on-air graphics operation', 'broadcast-design', 'on-air-graphics-operation'],
      ['gameplay trailer', 'film trailer', 'game-trailer-editing', 'trailer-editing'],
      ['post supervision', 'delivery QC', 'post-production-supervision', 'delivery-qc'],
      ['on-set data management', 'data recovery', 'on-set-data-management', 'data-recovery'],
      ['game testing', 'software testing', 'game-qa', 'software-testing'],
      ['voice acting', 'speech training', 'voice-acting', 'speech-training'],
      ['rights clearance', 'family law', 'rights-clearance', 'general-legal-services'],
      ['set construction', 'custom furniture', 'set-construction', 'furniture-making'],
      ['stunt driving', 'picture cars', 'stunt-driving', 'production-transport'],
      ['costume design', 'party costume rental', 'costume-design', 'party-costume-rental'],
      ['film editing', 'montaj va demontaj', 'film-editing', 'equipment-installation'],
      ['CG lighting', 'facade lighting', 'cg-lighting', 'architectural-lighting'],
      ['影视特效', '抖音特效', 'vfx', 'social-ar-filters'],
      ['animators', 'hotel animators', 'animator', 'hotel-animation'],
    ];
    for (const [first, second, firstId, secondId] of pairs) {
      expect(subjectsOf(first), first).toEqual([firstId]);
      expect(subjectsOf(second), second).toEqual([secondId]);
      expect(relations.lookAlike(firstId, secondId), `${firstId} ~ ${secondId}`).toBe(true);
      expect(score(first, second), `${first} ← ${second}`).toBe(0);
      expect(score(second, first), `${second} ← ${first}`).toBe(0);
    }
  });

  it('reads a course entry as the work it teaches, delivered as training', () => {
    const course = normalizer.normalize('animatsiya kurslari');
    expect(course.segments[0]?.subjects).toEqual(['animation']);
    expect(course.segments[0]?.modes).toEqual(['animation-training']);
    expect(subjectsOf('film editing course')).toEqual(['film-editing']);
    expect(score('animatorlar', 'animatsiya kurslari')).toBeGreaterThanOrEqual(0.4);
    expect(score('film editors', 'film editing course')).toBeGreaterThan(
      score('film editors', 'video editing courses'),
    );
  });

  it('keeps a channel design package apart from running graphics on air', () => {
    expect(subjectsOf('эфирный пакет')).toEqual(['broadcast-design']);
    expect(subjectsOf('방송 그래픽 오퍼레이터')).toEqual(['broadcast-graphics-operator']);
    // A graphics package to be designed and built is not met by operators of on-air graphics, and the reverse.
    expect(score('Efir grafikasi paketi: identlar, plashkalar', 'Подготовка операторов эфирной графики')).toBe(0);
    expect(score('channel rebranding: idents and lower thirds', 'CG operators for live news')).toBe(0);
    expect(score('방송 그래픽 오퍼레이터', 'ребрендинг телеканала, эфирное оформление')).toBe(0);
    expect(
      score('эфирный пакет и иденты для телеканала', 'channel branding and on-air package design'),
    ).toBeGreaterThanOrEqual(0.4);
    // Broadcast graphics in general is met by either.
    expect(score('эфирная графика', 'CG operators for live news')).toBeGreaterThanOrEqual(0.4);
    expect(score('эфирная графика', 'channel branding')).toBeGreaterThanOrEqual(0.4);
  });

  it("keeps a game trailer apart from a film trailer, and reads a bare trailer by the profile's field", () => {
    expect(subjectsOf('Dựng trailer game')).toEqual(['game-trailer-editing']);
    expect(subjectsOf('трейлер фильма')).toEqual(['trailer-editing']);
    expect(score('Dựng trailer game (capture gameplay)', 'Монтаж трейлеров фильмов для проката')).toBe(0);
    expect(score('gameplay trailer for our launch', 'film trailers and teasers')).toBe(0);
    expect(score('게임 트레일러 편집', '映画予告編の制作')).toBe(0);
    expect(score('трейлер фильма', 'gameplay trailers for Steam games')).toBe(0);
    expect(score('gameplay trailers', 'монтаж игровых трейлеров')).toBeGreaterThanOrEqual(0.4);
    // A bare trailer: a game studio's is a game trailer, a film producer's a film trailer, else a film trailer.
    const subjectsInField = (text: string, field: string[]) =>
      normalizer.normalizeInField(text, field).segments.flatMap((segment) => segment.subjects);
    expect(subjectsInField('trailer ra mắt', ['game-design', 'game-cinematics'])).toEqual(['game-trailer-editing']);
    expect(subjectsInField('монтаж трейлеров', ['film-distribution', 'festival-strategy'])).toEqual([
      'trailer-editing',
    ]);
    expect(subjectsOf('trailers')).toEqual(['trailer-editing']);
  });

  it('keeps post supervision (planning post, tracking deliverables) apart from mastering and delivery QC', () => {
    expect(subjectsOf('deliverables tracking')).toEqual(['post-production-supervision']);
    expect(score('Сборка IMF-пакетов и DCP, технический QC', 'Delivery coordination and deliverables tracking')).toBe(
      0,
    );
    expect(score('IMF 패키지 제작, 납품 QC', 'post supervisors: post schedule, QC sign-off')).toBe(0);
    expect(score('Post-production supervisor untuk dua film', 'DCP mastering and IMF packages')).toBe(0);
    expect(score('post supervisor', 'ポスプロ管理と納品管理')).toBeGreaterThanOrEqual(0.4);
    expect(score('IMF packages and DCP', 'IMF 패키지 제작, DCP 마스터링')).toBeGreaterThanOrEqual(0.4);
  });
  it('meets a DIT need by DIT work, only in part by a camera department named in passing, never by data recovery', () => {
    const dit = score('현장 DIT·데이터 매니저', 'Алаңдағы ДИТ және дата-менеджер');
    expect(dit).toBeGreaterThanOrEqual(0.9);
    // A camera department named in passing is a broader offer: partial, well below the DIT's own work.
    expect(score('현장 DIT·데이터 매니저', 'camera department crew')).toBeLessThanOrEqual(0.5);
    expect(score('DIT on set', 'camera and lighting department training')).toBeLessThanOrEqual(0.5);
    expect(score('現場DIT', 'テックビズ：カメラ位置の計算を撮影部に納品')).toBeLessThanOrEqual(0.2);
    expect(score('DIT on set, checksum verification', '数据恢复, RAID recovery, NAS data recovery')).toBe(0);
    expect(score('восстановление данных с жёстких дисков', 'on-set data management and dailies')).toBe(0);
  });
  it('takes the sense a statement or profile names outright for a bare word of several senses', () => {
    // The statement names one sense itself: the bare word in it means the same.
    expect(subjectsOf('Audio description: AD scripts, voicing and a separate AD stem')).toEqual([
      'audio-description',
      'audio-description',
    ]);
    expect(subjectsOf('игровые трейлеры и монтаж трейлеров')).toEqual(['game-trailer-editing', 'game-trailer-editing']);
    expect(subjectsOf('Dựng trailer game (capture gameplay, trailer ra mắt)')).toEqual([
      'game-trailer-editing',
      'game-trailer-editing',
    ]);
    expect(subjectsOf('on-set lighting, lighting plans')).toEqual(['on-set-lighting', 'on-set-lighting']);
    expect(normalizer.normalize('CG 조명과 조명 리깅').unplaced).toEqual([]);
    // A sense the profile names elsewhere decides the bare word the statement leaves open.
    const subjectsInField = (text: string, field: string[]) =>
      normalizer.normalizeInField(text, field).segments.flatMap((segment) => segment.subjects);
    expect(subjectsInField('AD', ['audio-description'])).toEqual(['audio-description']);
    expect(subjectsInField('трейлер', ['game-trailer-editing'])).toEqual(['game-trailer-editing']);
    // Else a bare AD is the assistant director.
    expect(subjectsOf('AD')).toEqual(['assistant-director']);
  });
});

describe('trade words of session 13 (sound, drones, gear rental, translation, lip-sync)', () => {
  let normalizer: StatementNormalizer;
  let relations: ConceptRelations;
  let score: (need: string, offer: string) => number;
  beforeAll(async () => {
    ({ normalizer, relations, score } = await shippedScorer());
  });
  const subjectsOf = (text: string) => normalizer.normalize(text).segments.flatMap((segment) => segment.subjects);

  it('places the trade names of sound engineering, drone filming and camera gear rental', () => {
    expect(subjectsOf('звукорежиссура')).toEqual(['sound-engineer']);
    expect(score('звукорежиссура и сведение', 'sound engineer for film mixes')).toBeGreaterThanOrEqual(0.4);
    for (const drone of ['dron', 'dronda suratga olish', 'дрон', 'drone', 'โดรน']) {
      expect(subjectsOf(drone), drone).toEqual(['drone-cinematography']);
    }
    for (const rental of [
      'camera gear for rent',
      'аренда операторского оборудования',
      '카메라 장비 대여',
      'カメラ機材の貸し出し',
      'kamera uskunalarini ijaraga berish',
    ]) {
      expect(subjectsOf(rental), rental).toEqual(['equipment-rental']);
    }
  });

  it('keeps audiovisual translation a kind of translation', () => {
    expect(relations.ancestorsOf(['audiovisual-translation']).has('translation')).toBe(true);
    expect(score('translation agency', 'audiovisual translation of series')).toBeGreaterThanOrEqual(0.4);
  });

  it('takes the animation sense of 撮影 only beside 2D animation work, and lip-sync by its context', () => {
    expect(subjectsOf('2Dアニメ 撮影')).toEqual(['anime-compositing']);
    expect(subjectsOf('3Dアニメーション 撮影用')).toEqual(['cinematography']);
    expect(subjectsOf('VFX 撮影用')).toEqual(['cinematography']);
    const inField = (text: string, field: string[]) =>
      normalizer.normalizeInField(text, field).segments.flatMap((segment) => segment.subjects);
    expect(inField('撮影', ['3d-animation'])).toEqual(['cinematography']);
    expect(inField('撮影', ['2d-animation'])).toEqual(['anime-compositing']);
    expect(subjectsOf('lip-sync for stop-motion')).toEqual(['lip-sync-animation', 'stop-motion']);
    expect(subjectsOf('puppet lip-sync')).toEqual(['lip-sync-animation']);
    expect(subjectsOf('lip-sync for dubbing')).toEqual(['dubbing']);
    expect(score('lip-sync for stop-motion puppets', 'dubbing studio')).toBe(0);
  });

  it("reads a word of several senses after a department none of whose work it names as that department's act", () => {
    // 버추얼 프로덕션 촬영: a virtual-production shoot — neither cinematography nor anime compositing.
    const need = '버추얼 프로덕션 촬영 파트너: LED 월 스테이지 대관, 언리얼 엔진 가상 배경 제작';
    expect(subjectsOf(need)).not.toContain('cinematography');
    expect(subjectsOf(need)).toContain('led-volume');
    expect(score(need, '현장 스태프 숙소 제공, 드론 촬영')).toBe(0);
    // A department one of whose senses lies in it lets the senses decide as before.
    expect(subjectsOf('애니메이션 촬영 외주')).toEqual(['anime-compositing']);
    expect(subjectsOf('VFX 撮影用')).toEqual(['cinematography']);
  });

  it('reads a recording studio beside film sound work as audio post, else as music production', () => {
    expect(subjectsOf('ovoz yozish studiyasi')).toEqual(['music-production']);
    expect(subjectsOf('студия звукозаписи и сведение')).toEqual(['audio-post-production', 'sound-mixing']);
    const inField = (text: string, field: string[]) =>
      normalizer.normalizeInField(text, field).segments.flatMap((segment) => segment.subjects);
    expect(inField('ovoz yozish studiyasi', ['sound-mixing', 'adr'])).toEqual(['audio-post-production']);
    expect(inField('ovoz yozish studiyasi', ['music-composition'])).toEqual(['music-production']);
  });
});
