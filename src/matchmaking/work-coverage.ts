/**
 * What part of a need's work an offer covers, beside the concept relations: a need's items met together count from
 * its lead item when the offer meets the lead only in part; an offer item naming another specialty is about that one;
 * unplaced words count when the offer repeats most of them.
 * Used by the statement scorer (./statement-scorer.ts) and by a direction's scoring (./reciprocal-score.ts).
 */
import type { ConceptRelations, NumberedRelations } from './concept-relations.js';
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

/** A list this long, of work in this many fields, is a catalogue (see `createCatalogueReader`). */
const catalogueItems = 6;
const catalogueFields = 3;

/**
 * How an offer names the needed work only in passing (see `createCatalogueReader`): as one trade of a catalogue, as a
 * detail of other work, or not in passing (false).
 */
export type PassingReader = (
  offer: NormalizedStatement,
  needConcept: string | undefined,
) => 'catalogue' | 'detail' | false;

/**
 * Whether a need is met in passing. By a catalogue: one phrase listing many trades of different fields ("game art
 * outsourcing: concept art, 3D modelling, texturing, rigging, animation, VFX, UI, promo videos, Live2D, pixel art";
 * "notarised translation; interpreting; website translation; dubbing and subtitles; language classes"), through one
 * of its later items. A trade named there in passing is offered as a broad offer names it: the partner meets the
 * need in part, below one whose offer is about that work. The phrase's first item, the work it leads with, is no
 * passing mention, nor are the details of a specialty ("dubbing of animated series: script adaptation, lip-sync,
 * casting, mix", met through the dubbing). Whether a phrase is a catalogue is worked out once per statement. As a
 * detail of other work: named only among the details under a heading of another field ("3D character animation for
 * series: body mechanics, walk cycles, fight scenes" for a stunt need), it is part of that work. A catalogue's trade
 * counts as a broad offer's; a detail meets one need in full and further needs as a broad phrase does (see
 * ./reciprocal-score.ts). (Counting such a detail at half, as a broader offer, cost three tune studios their first
 * partner.)
 */
export function createCatalogueReader(relations: ConceptRelations): PassingReader {
  const known = new WeakMap<NormalizedStatement, boolean>();
  const isCatalogue = (offer: NormalizedStatement): boolean => {
    let catalogue = known.get(offer);
    if (catalogue === undefined) {
      catalogue = false;
      if (offer.segments.length >= catalogueItems) {
        const fields: string[] = [];
        for (const segment of offer.segments)
          for (const subject of segment.subjects)
            if (!fields.some((field) => relations.sameField(field, subject))) fields.push(subject);
        catalogue = fields.length >= catalogueFields;
      }
      known.set(offer, catalogue);
    }
    return catalogue;
  };
  // The work a phrase leads with: the heading its items detail ("game art outsourcing: …"), else its first item.
  const leads = (offer: NormalizedStatement): readonly string[] =>
    offer.segments.find((segment) => segment.heading.length > 0)?.heading ?? offer.segments[0]?.subjects ?? [];
  // Whether the need's work is named only as a detail under a heading of another field ("3D character animation:
  // body mechanics, walk cycles, fight scenes" for a stunt need): the heading says what the detail is part of.
  const detailOfOtherWork = (offer: NormalizedStatement, needConcept: string): boolean => {
    const heading = offer.segments.find((segment) => segment.heading.length > 0)?.heading;
    if (heading === undefined) return false;
    if (heading.some((lead) => relations.sameField(needConcept, lead) || relations.strength(needConcept, lead) > 0))
      return false;
    return !offer.segments.some(
      (segment) =>
        segment.heading.length === 0 &&
        segment.subjects.some((subject) => relations.strength(needConcept, subject) > 0),
    );
  };
  // A lead that is the needed work, a kind of it or a specialty over it makes the phrase about that work; a whole
  // department heading every item ("anime production one-stop: planning, script, …, ink and paint, …") is no more
  // about the need than the list is.
  const { numbered } = relations;
  const umbrella = (lead: string, needConcept: string) =>
    relations.isBroader(needConcept, lead) && numbered.factsOf(numbered.ids.of(lead)).category === 'department';
  const ledBy = (lead: string, needConcept: string) =>
    relations.strength(needConcept, lead) > 0 && !umbrella(lead, needConcept);
  return (offer, needConcept) => {
    if (needConcept === undefined) return false;
    if (detailOfOtherWork(offer, needConcept)) return 'detail';
    return isCatalogue(offer) && !leads(offer).some((lead) => ledBy(lead, needConcept)) ? 'catalogue' : false;
  };
}
