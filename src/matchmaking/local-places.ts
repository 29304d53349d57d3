/**
 * Needs for local work in a named country ("local production accountant for our shoot in Vietnam", "베트남 현지
 * 픽서", "местный фиксер в Казахстане"): the countries, as keys, whose organizations can do the work on the spot.
 * A place named without a word for local work ("for Vietnamese cinema", "K-dramas") asks for nothing local.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { placesNamedIn } from './languages-and-regions.js';

/** Words for local or on-the-spot work; spaced scripts whole-word, Hangul, Han and Thai as written. */
const localWord = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:local|locally|on location|in-country|lokal|setempat|địa phương|tại chỗ|sở tại',
    'mahalliy|joyida|местн\\p{L}*|на месте|жергілікті)(?![\\p{L}\\p{M}])',
    '현지(?!화)|現地(?!化)|ท้องถิ่น|ในพื้นที่',
  ].join('|'),
  'iu',
);

export function localPlacesIn(text: string, glossary: Glossary): string[] {
  if (!localWord.test(text.normalize('NFC'))) return [];
  // A city counts as its country (Hanoi: Vietnam).
  return [...new Set(placesNamedIn(text, glossary).flatMap((entry) => entry.place.country ?? []))];
}
