/**
 * How well one item of a need naming specific work is met by one item of an offer (see ./statement-scorer.ts): by
 * the same work, a narrower kind of it or, partly, a broader one; never by a look-alike or by work outside content
 * production beside production work; tools and broad domains count less, bare advice as a broader offer.
 */
import type { NumberedRelations } from './concept-relations.js';
import type { StatementScore } from './statement-scorer.js';
import type { NumberedSegment } from './statement-readings.js';
import { qualifiedElsewhere } from './work-coverage.js';

/** No match. */
export const none: StatementScore = { score: 0, concept: undefined, specific: false, broad: false };

/**
 * A tool or broad domain ("Blender", "film") in an offer answers a need's subject a little less than a subject would.
 */
const domainFactor = 0.8;
/** A need item met only through the software it names (Unreal Engine, Nuke) is met this much. */
const productFactor = 0.6;
/** What bare advice ("consulting") is worth for a need of advice about named work: a broader offer, one level up. */
const broadAdvice = 0.5;

/** The concept relations by number, and what the normaliser says of a concept (kept by number). */
export interface Scoring {
  relations: NumberedRelations;
  isAdvice: (concept: number) => boolean;
  isProduct: (concept: number) => boolean;
}

/** Whether a tool in an offer's item stands beside other work there that is not the needed work or a kind of it. */
function toolOfOtherWork(scoring: Scoring, needConcept: number, tool: number, offer: NumberedSegment): boolean {
  const { relations } = scoring;
  if (needConcept === tool || scoring.isProduct(needConcept)) return false;
  return offer.itemSubjects.some(
    (other) =>
      other !== tool &&
      !scoring.isProduct(other) &&
      !relations.related(other, needConcept) &&
      !relations.related(other, tool) &&
      relations.strength(needConcept, other) === 0,
  );
}

/**
 * What an offer item counts for when another item of the same statement names work outside content production
 * ("camera sales, day hire for amateurs", "property shoots, 360° panoramas, drone shots"): the statement is that
 * field's trade, and its items that read as production work are its side lines, in part at most.
 */
const outsideStatementShare = 0.5;

/**
 * What an offer item after a heading of other work counts for ("AD course: shooting schedule, breakdown board, set
 * coordination" for a storyboard need): that detail as the heading's trade does it, in part.
 */
const otherWorkDetailShare = 0.5;

/** Whether the offer item is a detail under a heading whose work is none of the need item's, nor in its field. */
function detailOfOtherWork(relations: NumberedRelations, need: NumberedSegment, offer: NumberedSegment): boolean {
  if (offer.heading.length === 0) return false;
  for (const headingConcept of offer.heading) {
    // Only a role's heading lists that role's tasks ("AD course: …"); a department or skill heading ("post-production:
    // editing, grading, mixing") is an umbrella over its items.
    if (relations.factsOf(headingConcept).category !== 'role') return false;
    for (const needConcept of need.subjects)
      if (
        relations.related(needConcept, headingConcept) ||
        relations.sameField(needConcept, headingConcept) ||
        relations.strength(needConcept, headingConcept) > 0
      )
        return false;
  }
  return true;
}

/** Whether every concept is work outside content production (false for none). */
function allOutside(relations: NumberedRelations, concepts: Int32Array): boolean {
  if (concepts.length === 0) return false;
  for (const concept of concepts) if (!relations.isOutside(concept)) return false;
  return true;
}

/** Whether any concept is work outside content production. */
export function anyOutside(relations: NumberedRelations, concepts: Int32Array): boolean {
  for (const concept of concepts) if (relations.isOutside(concept)) return true;
  return false;
}

/**
 * A specific need segment against one offer segment; `outsideStatement` when the offer's statement names work outside
 * content production in any of its items.
 */
export function subjectScore(
  scoring: Scoring,
  need: NumberedSegment,
  offer: NumberedSegment,
  outsideStatement = false,
): StatementScore {
  const { relations } = scoring;
  // "Wedding video editing", "lighting and rendering for real-estate tours": an item about a look-alike
  // field is that field's work, whatever else it says; so is a detail under a heading of such work
  // ("architectural models: dams, bridges, lighting").
  let needOutside = false;
  for (const needConcept of need.subjects) {
    needOutside ||= relations.isOutside(needConcept);
    for (const offerConcept of offer.itemSubjects) {
      if (relations.lookAlike(needConcept, offerConcept)) return none;
      if (!relations.isOutside(needConcept) && relations.isOutside(offerConcept)) return none;
    }
  }
  if (!needOutside && allOutside(relations, offer.heading)) return none;
  let sum = 0;
  let best = 0;
  let bestPosition = -1;
  let broad = true;
  let bestOverlap = false;
  const detail = need.heading.length > 0;
  need.subjects.forEach((needConcept, position) => {
    let strongest = 0;
    let strongestBroad = false;
    let strongestOverlap = false;
    // The best meet by another kind of the same craft (keying for a Nuke compositing need), kept apart: it stands when
    // a broad word beside it is that craft's (see below).
    let sibling = 0;
    for (const offerConcept of offer.subjects) {
      const kin = relations.siblings(needConcept, offerConcept);
      // A detail after the need's heading ("documentary editor: logging, rough cut to fine cut") is a task of that
      // work: another kind of the craft does not do it.
      if (kin && detail) continue;
      const value = relations.strength(needConcept, offerConcept);
      if (value > sibling && kin) sibling = value;
      // A tool named beside other work in the offer's item ("pipeline tools: Maya / Houdini / Nuke integration") is
      // that work's tool, not the tool's own work.
      if (value > 0 && scoring.isProduct(offerConcept) && toolOfOtherWork(scoring, needConcept, offerConcept, offer))
        continue;
      if (value > strongest) {
        strongest = value;
        strongestBroad = relations.isBroader(needConcept, offerConcept);
        strongestOverlap = strongestBroad && !relations.related(needConcept, offerConcept);
      }
    }
    for (const offerConcept of offer.domains) {
      if (detail && relations.siblings(needConcept, offerConcept)) continue;
      const value = domainFactor * relations.strength(needConcept, offerConcept);
      if (value > strongest) {
        strongest = value;
        strongestBroad = relations.isBroader(needConcept, offerConcept);
        strongestOverlap = false;
      }
    }
    // Advice beside other work in the need ("VFX pipeline consulting"): the advice is about that work, so an offer of
    // advice alone ("consulting") is a broader offer of it.
    if (
      strongest > broadAdvice &&
      scoring.isAdvice(needConcept) &&
      need.subjects.some((other) => other !== needConcept && !scoring.isAdvice(other)) &&
      !offer.subjects.some(
        (offerConcept) =>
          !scoring.isAdvice(offerConcept) &&
          need.subjects.some((other) => other !== needConcept && relations.strength(other, offerConcept) > 0),
      )
    ) {
      strongest = broadAdvice;
      strongestBroad = true;
    }
    // A broad offer qualified in the same item by another specialty ("underwater DP and camera operators" for a
    // Steadicam need): that specialty's people, not a broader offer of the needed one.
    // That specialty meets the need itself only when it is another kind of the same craft: in part.
    if (strongest > 0 && strongestBroad && qualifiedElsewhere(relations, needConcept, offer)) {
      strongest = sibling;
      strongestOverlap = sibling > 0;
    }
    if (scoring.isProduct(needConcept)) strongest *= productFactor;
    sum += strongest;
    if (strongest > 0 && !strongestBroad) broad = false;
    if (strongest > best) {
      best = strongest;
      bestPosition = position;
      bestOverlap = strongestOverlap && strongestBroad;
    }
  });
  if (best === 0) return none;
  let precision = 1;
  if (offer.subjects.length > 0) {
    // An offer item also about something else ("graphic design for print") counts only in part.
    const onTopic = offer.subjects.filter((offerConcept) =>
      need.subjects.some(
        (needConcept) => relations.related(needConcept, offerConcept) || relations.sameField(needConcept, offerConcept),
      ),
    ).length;
    precision = Math.max(onTopic, 1) / offer.subjects.length;
  }
  // A need naming several things in one item ("Nuke and Silhouette") is met in part by one of them.
  const recall = 0.5 * best + 0.5 * (sum / need.subjects.length);
  const share =
    (outsideStatement && !needOutside ? outsideStatementShare : 1) *
    (detailOfOtherWork(relations, need, offer) ? otherWorkDetailShare : 1);
  return {
    score: recall * precision * share,
    concept: need.segment.subjects[bestPosition],
    specific: true,
    broad,
    ...(bestOverlap ? { overlap: true } : {}),
  };
}
