/**
 * Needs for local work in a named country ("local production accountant for our shoot in Vietnam", "베트남 현지
 * 픽서", "местный фиксер в Казахстане"): the countries, as keys, whose organizations can do the work on the spot.
 * A place named without a word for local work ("for Vietnamese cinema", "K-dramas") asks for nothing local.
 * A need saying "local" without a place takes the place its profile's description names (see `localNeeds`).
 */
import type { Glossary } from '../knowledge/glossary.js';
import { placesNamedIn } from './languages-and-regions.js';
import type { NormalizedStatement } from './normalize-statement.js';

/** Words for local or on-the-spot work; spaced scripts whole-word, Hangul, Han and Thai as written. */
const localWord = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:local|locally|on location|in-country|lokal|setempat|di lokasi|địa phương|tại chỗ|sở tại',
    'mahalliy|joyida|местн\\p{L}*|на месте|жергілікті)(?![\\p{L}\\p{M}])',
    '현지(?!화)|現地(?!化)|국내(?!외)|本地|当地|国内(?!外)|ท้องถิ่น|ในพื้นที่',
  ].join('|'),
  'iu',
);

/** Whether a text asks for work done where it is (a word for local or on-the-spot work). */
export function mentionsLocalWork(text: string): boolean {
  return localWord.test(text.normalize('NFC'));
}

/** The countries (keys) the places a text names lie in; a city counts as its country (Hanoi: Vietnam). */
const countriesNamedIn = (text: string, glossary: Glossary): string[] => [
  ...new Set(placesNamedIn(text, glossary).flatMap((entry) => entry.place.country ?? [])),
];

export function localPlacesIn(text: string, glossary: Glossary): string[] {
  if (!mentionsLocalWork(text)) return [];
  return countriesNamedIn(text, glossary);
}

/**
 * A profile's needs with the place of local work its description gives them: a need asking for local work without
 * naming where ("현지 로케이션 헌팅 및 코디네이터", the shoot in Hanoi and Hoi An said in the description) is local to the
 * countries the description names, else to the profile's own country. Needs that name their own place keep it.
 * (Reading a word for local work in the description as asking it of every need was tried: "for local TV",
 * "国内放送用" say where the work is shown, and it cost two tune studios their first partner.)
 */
export function localNeeds(
  needs: readonly NormalizedStatement[],
  description: string,
  ownCountry: string | undefined,
  glossary: Glossary,
): NormalizedStatement[] {
  const unplaced = (need: NormalizedStatement) => need.localTo.length === 0 && mentionsLocalWork(need.text);
  if (!needs.some(unplaced)) return [...needs];
  const named = description === '' ? [] : countriesNamedIn(description, glossary);
  const places = named.length > 0 ? named : ownCountry === undefined ? [] : [ownCountry];
  if (places.length === 0) return [...needs];
  return needs.map((need) => (unplaced(need) ? { ...need, localTo: places } : need));
}
