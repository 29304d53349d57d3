/**
 * One organization's list ordered on two kinds of evidence, the way retrieval fuses BM25 with dense vectors: the
 * engine's score (the taxonomy's reading of needs and offers, 0..1) and word affinity — how much of the asker's
 * specific needs' words, weighted by their rarity in the pool, a partner's offers repeat (0..1, see `affinity` in
 * ./word-evidence.ts). The two are summed with equal weights (CombSUM: both are shares of the same needs, so no weight
 * is fitted). Words only compare partners written in one language: a partner writing its offers in another language
 * shares no word with the asker whatever it offers, so the pairs of each writing language keep the places the
 * engine gave them as a group and are reordered among themselves only. Only pairs that already meet a need are
 * ordered; words never add a partner.
 */
import { textLanguage } from './languages-and-regions.js';
import type { IndexedProfile } from './profile-index.js';

/** The language a profile's offers are written in (by script and marker words), worked out once per profile. */
const offerLanguages = new WeakMap<IndexedProfile, string>();
export function offerLanguage(profile: IndexedProfile): string {
  let language = offerLanguages.get(profile);
  if (language === undefined) {
    language = textLanguage(profile.profile.offers.join('\n')) ?? '';
    offerLanguages.set(profile, language);
  }
  return language;
}

/**
 * The pairs (sorted by the engine, best first) reordered within each writing language by score plus word affinity;
 * each language's pairs take the places its pairs held. Ties keep the engine's order.
 */
export function fuseWordOrder<T extends { score: number }>(
  sorted: readonly T[],
  affinity: (pair: T) => number,
  languageOf: (pair: T) => string,
): T[] {
  const result = [...sorted];
  const places = new Map<string, number[]>();
  sorted.forEach((pair, at) => {
    const language = languageOf(pair);
    const list = places.get(language);
    if (list === undefined) places.set(language, [at]);
    else list.push(at);
  });
  for (const slots of places.values()) {
    if (slots.length < 2) continue;
    const fused = slots
      .map((at) => ({ at, value: (sorted[at] as T).score + affinity(sorted[at] as T) }))
      .sort((left, right) => right.value - left.value || left.at - right.at);
    slots.forEach((slot, position) => (result[slot] = sorted[(fused[position] as { at: number }).at] as T));
  }
  return result;
}
