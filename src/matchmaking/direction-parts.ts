/**
 * Pieces of one direction's scoring (see `scoreDirection` in ./reciprocal-score.ts): how far a partner's languages
 * fit a need for work done in a language, each need's weight, the joint parts of a need met by several offers, the
 * specific needs' share of a direction, and the needs one broader offer meets, each counting less than the one before.
 */
import type { NormalizedStatement } from './normalize-statement.js';
import { firstNeedWeight, optionalWeight, priorityWeight } from './need-priority.js';
import { languagePairCover } from './statement-languages.js';
import { sortShort } from './short-sort.js';

/**
 * How far a partner's languages fit a need for work done in a language (dubbing, subtitling, voice acting): dubbing
 * Korean dramas into Japanese is met partly at most by a partner without Japanese; voice actors wanted in no named
 * language are wanted in one the needing side works in, and an offer in none of them (by the languages it names, else
 * its partner's) meets it partly.
 */
export function languageShare(
  need: NormalizedStatement,
  offer: NormalizedStatement,
  providerLanguages: ReadonlySet<string> | undefined,
  askerLanguages: ReadonlySet<string> | undefined,
): number {
  if (providerLanguages === undefined || !need.localization) return 1;
  // Work beside the language work of one need ("a Mongolian interpreter who also books extras") is done in that
  // language too: from a partner working in none of the languages the need names, it counts partly.
  if (!offer.localization)
    return need.languages.named.length === 0 || need.languages.named.some((code) => providerLanguages.has(code))
      ? 1
      : unsharedLanguageShare;
  if (need.languages.named.length > 0) return languagePairCover(need.languages, offer.languages, providerLanguages);
  if (askerLanguages === undefined || askerLanguages.size === 0) return 1;
  // An offer naming its languages ("voicing cartoons in Kazakh") works in those; else the partner's languages count.
  const offered = offer.languages.named.length > 0 ? new Set(offer.languages.named) : providerLanguages;
  return [...askerLanguages].some((code) => offered.has(code)) ? 1 : unsharedLanguageShare;
}

/** What voice or localization work in none of the needing side's languages counts for (see `languageShare`). */
const unsharedLanguageShare = 0.5;

/**
 * Each need's weight in a direction: a need marked as the main one weighs `priorityWeight`; with none marked, the first
 * listed specific need that is not marked optional (the one the studio leads with) weighs `firstNeedWeight`; a need
 * marked optional `optionalWeight`; the others 1.
 */
export function needWeights(needs: readonly NormalizedStatement[], specificNeeds: readonly boolean[]): number[] {
  const firstSpecific = needs.some((need) => need.priority === true)
    ? -1
    : specificNeeds.findIndex((specific, position) => specific && needs[position]?.optional !== true);
  return needs.map((need, position) =>
    need.priority === true
      ? priorityWeight
      : need.optional === true
        ? optionalWeight
        : position === firstSpecific
          ? firstNeedWeight
          : 1,
  );
}

/** A need's joint parts with one offer's (scaled) taken in, the larger of each: a copy first (the scorer keeps its). */
export function jointMaximum(
  joint: number[] | undefined,
  parts: readonly number[],
  focus: number,
  away: number,
  pair: number,
): number[] {
  const scaled = focus !== 1 || away !== 1 || pair !== 1;
  if (joint === undefined) {
    const copy = new Array<number>(parts.length);
    for (let index = 0; index < parts.length; index += 1)
      copy[index] = scaled ? (parts[index] as number) * focus * away * pair : (parts[index] as number);
    return copy;
  }
  for (let index = 0; index < joint.length; index += 1) {
    const part = parts[index];
    const value = part === undefined ? 0 : scaled ? part * focus * away * pair : part;
    if (value > (joint[index] as number)) joint[index] = value;
  }
  return joint;
}

/** Specific needs' share of a direction: the best three met by their weights (a main need among them even unmet). */
export function specificCoverage(specificBests: { value: number; weight: number }[]): number {
  if (specificBests.length === 0) return 0;
  sortShort(specificBests, (left, right) => right.value * right.weight - left.value * left.weight);
  const topCount = Math.min(3, specificBests.length);
  let topSum = 0;
  let topWeight = 0;
  let allSum = 0;
  let allWeight = 0;
  for (let position = 0; position < specificBests.length; position += 1) {
    const entry = specificBests[position] as { value: number; weight: number };
    if (position < topCount || entry.weight > 1) {
      topSum += entry.value * entry.weight;
      topWeight += entry.weight;
    }
    allSum += entry.value * entry.weight;
    allWeight += entry.weight;
  }
  return 0.7 * (topSum / topWeight) + 0.3 * (allSum / allWeight);
}

/** Each further need one broader offer meets counts this much of the one before. */
const broadReuse = 0.5;

/**
 * One broad phrase ("VFX and animation specialists") is one partial answer: the second need it meets counts half, the
 * third a third. Adds each offer's needs, best first, to the specific needs' values.
 */
export function addBroadReuse(
  broadByOffer: Map<number, { value: number; weight: number }[]> | undefined,
  specificBests: { value: number; weight: number }[],
): void {
  for (const values of broadByOffer?.values() ?? []) {
    values.sort((left, right) => right.value - left.value);
    values.forEach((entry, position) =>
      specificBests.push({ value: entry.value * broadReuse ** position, weight: entry.weight }),
    );
  }
}
