/**
 * Perks: what a commissioning side (a studio, broadcaster or platform) provides to the people who work for it — meals
 * on set, lodging on location, transport, flights, parking, visa help — listed among its offers ("현장 밥차 제공, 지방
 * 촬영 시 숙소 제공", "ロケ期間中の宿泊・ロケ弁はこちらで負担", "Bao ăn ở tại Côn Đảo, vé máy bay khứ hồi"). They are
 * terms of the work, like a screen credit or a fee, and never meet a need: the words of the shoot they mention
 * (촬영, ロケ, đoàn phim) are context, not filming done for the other side. A caterer or a transport company offering
 * the same things is no commissioning side: its offers stay its trade.
 */
import { namesDealTerm } from './place-segment.js';
import type { OrganizationKind } from './types.js';

/** Kinds that commission work from others: what they provide to the people working for them is a perk. */
const commissioningKinds: ReadonlySet<OrganizationKind> = new Set(['studio', 'broadcaster', 'platform']);

/**
 * Words of meals, lodging, transport to and from the set, flights, parking and visas, in the languages profiles are
 * written in. Whole words where the script spaces them (a stem may take endings: питани·е, ovqat·lanish); Hangul, kana,
 * Han and Thai phrases as they are written.
 */
const perkWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:meals?|food|lodging|accommodations?|housing|hotels?|flights?|airfares?|air tickets?',
    '|parking|visas?|transport(?:ation)?|shuttles?|taxis?|catering|per diems?|rental cars?|car hire',
    '|питани\\p{L}*|проживани\\p{L}*|жиль\\p{L}*|гостиниц\\p{L}*|трансфер\\p{L}*|такси|парковк\\p{L}*',
    '|перел[её]т\\p{L}*|авиабилет\\p{L}*|виз[аыуе]|визов\\p{L}*|ovqat\\p{L}*|mehmonxona\\p{L}*|yotoqxona\\p{L}*',
    '|turar joy|transport\\p{L}*',
    '|тамақ\\p{L}*|қонақүй\\p{L}*|көлік\\p{L}*|хоол\\p{L}*|унаа\\p{L}*|буудалд?',
    '|ăn ở|bao ăn|chỗ ở|khách sạn|đưa đón|vé máy bay|makan\\p{L}*|akomodasi|penginapan|transportasi|antar-jemput',
    '|tiket pesawat|parkir)(?![\\p{L}\\p{M}])',
    '|숙소|숙박|밥차|식사|식비|셔틀|교통비|주차|항공권|렌터카|차량 ?지원|宿泊|食事|ロケ弁|ロケ飯|弁当|送迎|交通費|駐車|航空券|レンタカー',
    '|食宿|住宿|包吃|餐饮|接送|交通费|机票|签证|停车|租车|ที่พัก|อาหาร|รถรับส่ง|ตั๋วเครื่องบิน|วีซ่า|ที่จอดรถ',
  ].join(''),
  'iu',
);

/** Whether a statement's every part names a perk or a deal term (see the file comment): no work to meet a need with. */
export function perkOnly(statement: { segments: readonly { text: string }[] }): boolean {
  let perk = false;
  for (const segment of statement.segments) {
    if (perkWords.test(segment.text)) perk = true;
    else if (!namesDealTerm(segment.text)) return false;
  }
  return perk;
}

/** Per offer, whether it is a perk of a commissioning side (false throughout for other kinds). */
export function perkOffers(
  kind: OrganizationKind,
  offers: readonly { segments: readonly { text: string }[] }[],
): boolean[] {
  return commissioningKinds.has(kind) ? offers.map(perkOnly) : offers.map(() => false);
}
