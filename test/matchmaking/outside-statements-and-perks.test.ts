/**
 * A trade outside content production decides the rest of its statement, and perks meet no need: an offer naming
 * camera sales or property shoots in one item counts its camera-hire or panorama items in part only; a detail under a
 * heading of architectural models is no film miniature; meals, lodging and transport a studio provides are terms of
 * the work, whatever shoot they mention. Customs clearance, X-ray film, simultaneous interpreting, forklift courses,
 * patent translation, haunted houses and hobby classes are read as their own trades. Real lexicon, no stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { perkOffers, perkOnly } from '../../src/matchmaking/perk-offers.js';
import { defaultScoringSettings, scoreReciprocal } from '../../src/matchmaking/reciprocal-score.js';
import { shippedScorerPerFile } from './matchmaking-harness.js';

const threshold = defaultScoringSettings.meetThreshold;
const lexicon = shippedScorerPerFile();

describe('a statement read by the outside trade it names', () => {
  it('counts camera hire in part when the same offer sells cameras to hobbyists', () => {
    const { score } = lexicon;
    const need = 'Cinema camera rental: ARRI Alexa Mini LF, anamorphic lenses, with a focus puller';
    const rentalHouse = 'Cinema camera rental: ARRI Alexa Mini LF, anamorphic lenses, focus puller and camera tech';
    const shop = 'Camera store, camera sales, cinema camera rental by the day';
    expect(score(need, rentalHouse)).toBeGreaterThanOrEqual(0.8);
    expect(score(need, shop)).toBeGreaterThan(0);
    expect(score(need, shop)).toBeLessThan(threshold);
  });

  it('keeps the production items of a property photographer below a stills need', () => {
    const { score } = lexicon;
    const need = '映画のスチール撮影：撮影現場での宣伝用スチール、メイキング写真';
    expect(score(need, '不動産撮影、360度パノラマ撮影、ドローン空撮')).toBeLessThan(threshold);
    expect(score(need, '映画・ドラマの現場スチール撮影、メイキング写真')).toBeGreaterThan(threshold);
  });

  it('reads the details under an architectural-models heading as that trade', () => {
    const { score } = lexicon;
    const need = 'Miniature sets for VFX: a collapsing dam and a flooded village at 1/12 scale';
    expect(score(need, 'Architectural models: dams, bridges, miniature sets, lighting')).toBe(0);
    expect(score(need, 'Film miniatures: dams, bridges, miniature sets for explosions and water')).toBeGreaterThan(
      threshold,
    );
  });
});

describe('trades that share a need’s words or its translation’s', () => {
  it('reads customs clearance, X-ray film, forklift courses and patent translation outside content production', () => {
    const { normalizer, relations } = lexicon;
    const outside = (text: string) => normalizer.normalize(text).concepts.some((id) => relations.isOutside(id));
    expect(outside('Customs clearance of shipments, import and export declarations')).toBe(true);
    expect(outside('X-ray film processing and radiographic film archives for clinics')).toBe(true);
    expect(outside('Курсы операторов погрузчика и машинистов крана')).toBe(true);
    expect(outside('特許明細書の日英翻訳、契約書翻訳')).toBe(true);
    expect(outside('รับจัดบ้านผีสิงสำหรับห้างสรรพสินค้า')).toBe(true);
    expect(outside('カルチャースクールのマンガ教室（大人の趣味）')).toBe(true);
  });

  it('meets a clearance, a film-lab or a camera-operator need with none of them', () => {
    const { score } = lexicon;
    expect(score('Music clearance: master and sync licences for 40 songs', 'Customs clearance of shipments')).toBe(0);
    expect(score('35mm motion-picture negative processing with daily scans', 'X-ray film processing')).toBe(0);
    expect(score('Операторы камеры на сериал, 40 смен', 'Курсы операторов погрузчика')).toBe(0);
  });

  it('reads Kazakh simultaneous interpreting as interpreting, not the синхрон of dubbing', () => {
    const { normalizer, score } = lexicon;
    const interpreting = normalizer.normalize('Синхронды аударма: аудармашылар, кабиналар');
    expect(interpreting.concepts).toContain('interpretation');
    expect(interpreting.concepts).not.toContain('dubbing-adaptation');
    expect(score('Мультсериалды қазақ тіліне дубляждау', 'Синхронды аударма: аудармашылар, кабиналар')).toBe(0);
  });
});

describe('perks', () => {
  it('reads meals, lodging, transport and flights as perks, and work for others as none', () => {
    const { normalizer } = lexicon;
    const perk = (text: string) => perkOnly(normalizer.normalize(text));
    expect(perk('현장 밥차 제공, 지방 촬영 시 숙소 제공, 셔틀버스 운행')).toBe(true);
    expect(perk('ロケ期間中の宿泊・ロケ弁はこちらで負担')).toBe(true);
    expect(perk('Bao ăn ở tại Côn Đảo, vé máy bay khứ hồi')).toBe(true);
    expect(perk('Питание на площадке, оплата такси после ночных смен')).toBe(true);
    expect(perk('현장 스태프 숙소·식사 제공, 촬영 기간 렌터카 지원')).toBe(true);
    expect(perk('Crew vans with drivers for film shoots, camera trucks')).toBe(false);
    expect(perk('Titles and credits, long-term contract')).toBe(false);
  });

  it('lets a studio’s perks meet no need, and leaves a caterer’s trade its own', () => {
    const { normalizer, scorer } = lexicon;
    const offers = ['지방 촬영 시 숙소 제공, 셔틀버스 운행'].map(normalizer.normalize);
    expect(perkOffers('studio', offers)).toEqual([true]);
    expect(perkOffers('other', offers)).toEqual([false]);
    const needing = { needs: ['드라마 촬영 인력 (촬영감독, 촬영팀)'].map(normalizer.normalize), offers: [] };
    const asStudio = scoreReciprocal(needing, { needs: [], offers, profile: { kind: 'studio' } }, scorer);
    expect(asStudio.forA.met).toEqual([]);
    expect(asStudio.meets).toBe(false);
  });
});
