/**
 * What part of a need's work an offer covers, beside the concept relations: a need's items met together count from
 * its lead item when the offer meets the lead only in part; an offer item naming another specialty is about that one;
 * unplaced words count when the offer repeats most of them.
 * Used by the statement scorer (./statement-scorer.ts) and by a direction's scoring (./reciprocal-score.ts).
 */
import type { NumberedRelations } from './concept-relations.js';
import type { NormalizedStatement } from './normalize-statement.js';
import type { NumberedSegment } from './statement-readings.js';

/** What a need's best detail counts for when its first item, the work it names, is unmet (see `combinedParts`). */
const unmetFirstShare = 0.5;

/**
 * A need's items met together: half the best item's score, half the mean of all; with `leads` (the lead met only in
 * part), half the best lead item's score instead: the lead item is the need, and a detail met better than it does not
 * stand for the whole need. Without leads, a need whose first item is unmet counts its best detail at half.
 */
export function combinedParts(parts: readonly number[], leads: readonly boolean[] | undefined): number {
  let best = 0;
  let lead = 0;
  let detail = false;
  let sum = 0;
  parts.forEach((value, position) => {
    best = Math.max(best, value);
    sum += value;
    if (leads === undefined) return;
    if (leads[position] === true) lead = Math.max(lead, value);
    else if (value > 0) detail = true;
  });
  // Without marked leads, the first item is the work the need names and the later ones its details ("3D character
  // rigging, facial rigs, a picker for the animators"): met only in a detail, the best detail stands for half.
  const unmetFirst = leads === undefined && parts.length > 1 && parts[0] === 0;
  const head = detail && lead > 0 ? lead : unmetFirst ? best * unmetFirstShare : best;
  return 0.5 * head + 0.5 * (parts.length === 0 ? 0 : sum / parts.length);
}

/**
 * Share of the need's own words one part of the offer repeats (both unplaced): at least two, and two thirds of them,
 * together in one part ("hologram stickers and volumetric keychains" does not repeat "volumetric hologram").
 */
export function wordContainment(need: NormalizedStatement, offer: NormalizedStatement): number {
  if (need.terms.length < 2) return 0;
  let best = 0;
  for (const segment of offer.segments) {
    const offerTerms = new Set(segment.terms);
    let shared = 0;
    for (const term of need.terms) if (offerTerms.has(term)) shared += 1;
    const share = shared / need.terms.length;
    if (shared >= 2 && share >= 2 / 3) best = Math.max(best, share);
  }
  return best;
}

/**
 * Whether the offer's item names a specialty of the same field that is not the needed work or a kind of it (and not
 * broader either): the broad words beside it ("DP", "camera operators", "VFX artists") are then about that specialty.
 */
export function qualifiedElsewhere(relations: NumberedRelations, needConcept: number, offer: NumberedSegment): boolean {
  return offer.itemSubjects.some(
    (other) =>
      !relations.related(other, needConcept) &&
      !relations.lookAlike(other, needConcept) &&
      offer.subjectsAndDomains.some(
        (broad) => broad !== other && relations.isBroader(needConcept, broad) && relations.isBroader(other, broad),
      ),
  );
}
