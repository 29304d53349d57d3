/**
 * How well one offer meets one need, starting from the need. A need that names specific work
 * (compositing, in-betweening, Thai dubbing) is met only by an offer of the same work, a
 * narrower kind of it, or — partly — a broader one (a department or broad role); never by a
 * look-alike (an offer item that is a declared neighbour of the need vetoes the item) and never
 * by loose similarity of the texts. A need that only says how or with whom ("internships",
 * "hiring partners", "client projects") is generic: it is met by the same way of delivering, and
 * only ever counts as weak reciprocity. Statements the lexicon cannot place at all are met only
 * when the offer repeats most of the need's own words.
 */
import type { ConceptRelations } from './concept-relations.js';
import type { NormalizedStatement, StatementNormalizer, StatementSegment } from './normalize-statement.js';
import { deliveryMismatch } from './statement-delivery.js';
import { languagePairFit } from './statement-languages.js';
import { PairScores, SerialNumbers } from './statement-score-cache.js';

export interface StatementScore {
  score: number;
  /** The need concept that carried the match, when concepts did. */
  concept: string | undefined;
  /** Met through a specific need (work named on both sides), not a generic one. */
  specific: boolean;
  /** Met only by a broader offer (a department or broad role): partial. */
  broad: boolean;
  /**
   * Per item of a need listing several things ("translation, lettering, SFX retouching"), how well this offer meets
   * it, so that a partner whose offers together meet every item counts as meeting the whole need.
   */
  parts?: number[];
  /**
   * When the offer answers none of the need's heading work and its details were counted in part (`detailElsewhere`):
   * the parts as they would count beside another offer of the same partner that does answer the heading.
   */
  detailParts?: number[];
}

export interface StatementScorer {
  score(need: NormalizedStatement, offer: NormalizedStatement): StatementScore;
  /** Whether a need names specific work (or words the lexicon cannot place), not only a way of delivering. */
  isSpecific(need: NormalizedStatement): boolean;
}

const none: StatementScore = { score: 0, concept: undefined, specific: false, broad: false };

/**
 * A tool or broad domain ("Blender", "film") in an offer answers a need's subject a little less than a subject would.
 */
const domainFactor = 0.8;
/** A need item met only through the software it names (Unreal Engine, Nuke) is met this much. */
const productFactor = 0.6;
/** What bare advice ("consulting") is worth for a need of advice about named work: a broader offer, one level up. */
const broadAdvice = 0.5;
/** Generic needs met by the same way of delivering score this much at most. */
const genericCeiling = 0.8;

/**
 * Share of the need's own words one part of the offer repeats (both unplaced): at least two, and two thirds of them,
 * together in one part ("hologram stickers and volumetric keychains" does not repeat "volumetric hologram").
 */
function wordContainment(need: NormalizedStatement, offer: NormalizedStatement): number {
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
function qualifiedElsewhere(relations: ConceptRelations, needConcept: string, offer: StatementSegment): boolean {
  return offer.itemSubjects.some(
    (other) =>
      !relations.related(other, needConcept) &&
      !relations.lookAlike(other, needConcept) &&
      offer.subjects
        .concat(offer.domains)
        .some(
          (broad) => broad !== other && relations.isBroader(needConcept, broad) && relations.isBroader(other, broad),
        ),
  );
}

/** A specific need segment against one offer segment. */
function subjectScore(
  relations: ConceptRelations,
  normalizer: StatementNormalizer,
  need: StatementSegment,
  offer: StatementSegment,
): StatementScore {
  // "Wedding video editing", "lighting and rendering for real-estate tours": an item about a look-alike
  // field is that field's work, whatever else it says.
  for (const needConcept of need.subjects) {
    const needOutside = relations.isOutside(needConcept);
    for (const offerConcept of offer.itemSubjects) {
      if (relations.lookAlike(needConcept, offerConcept)) return none;
      if (!needOutside && relations.isOutside(offerConcept)) return none;
    }
  }
  let sum = 0;
  let best = 0;
  let bestConcept: string | undefined;
  let broad = true;
  for (const needConcept of need.subjects) {
    let strongest = 0;
    let strongestBroad = false;
    for (const offerConcept of offer.subjects) {
      const value = relations.strength(needConcept, offerConcept);
      if (value > strongest) {
        strongest = value;
        strongestBroad = relations.isBroader(needConcept, offerConcept);
      }
    }
    for (const offerConcept of offer.domains) {
      const value = domainFactor * relations.strength(needConcept, offerConcept);
      if (value > strongest) {
        strongest = value;
        strongestBroad = relations.isBroader(needConcept, offerConcept);
      }
    }
    // Advice beside other work in the need ("VFX pipeline consulting"): the advice is about that work, so an offer of
    // advice alone ("consulting") is a broader offer of it.
    if (
      strongest > broadAdvice &&
      normalizer.isAdvice(needConcept) &&
      need.subjects.some((other) => other !== needConcept && !normalizer.isAdvice(other)) &&
      !offer.subjects.some(
        (offerConcept) =>
          !normalizer.isAdvice(offerConcept) &&
          need.subjects.some((other) => other !== needConcept && relations.strength(other, offerConcept) > 0),
      )
    ) {
      strongest = broadAdvice;
      strongestBroad = true;
    }
    // A broad offer qualified in the same item by another specialty ("underwater DP and camera operators" for a
    // Steadicam need): that specialty's people, not a broader offer of the needed one.
    if (strongest > 0 && strongestBroad && qualifiedElsewhere(relations, needConcept, offer)) strongest = 0;
    if (normalizer.isProduct(needConcept)) strongest *= productFactor;
    sum += strongest;
    if (strongest > 0 && !strongestBroad) broad = false;
    if (strongest > best) {
      best = strongest;
      bestConcept = needConcept;
    }
  }
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
  return { score: recall * precision, concept: bestConcept, specific: true, broad };
}

/** A generic need segment (only ways of delivering or kinds of partner) against one offer segment. */
function genericScore(relations: ConceptRelations, need: StatementSegment, offer: StatementSegment): StatementScore {
  let best = 0;
  let bestConcept: string | undefined;
  for (const needConcept of need.modes) {
    for (const offerConcept of offer.modes) {
      const value = relations.strength(needConcept, offerConcept);
      if (value > best) {
        best = value;
        bestConcept = needConcept;
      }
    }
  }
  return best === 0 ? none : { score: genericCeiling * best, concept: bestConcept, specific: false, broad: false };
}

/**
 * What a detail of a need's heading ("QC" in "subtitle translation: timing, QC") is worth when met by an offer that
 * answers none of the heading's work: that detail of other work (broadcast QC, not subtitle QC), in part.
 */
const detailElsewhere = 0.5;

/** Whether an offer answers any of a heading's work (the same work, a kind of it or a broader offer of it). */
function answersHeading(relations: ConceptRelations, heading: readonly string[], offer: NormalizedStatement): boolean {
  return offer.segments.some((segment) =>
    [...segment.subjects, ...segment.domains].some((offerConcept) =>
      heading.some(
        (needConcept) =>
          relations.related(needConcept, offerConcept) || relations.strength(needConcept, offerConcept) > 0,
      ),
    ),
  );
}

/** What a need for a vendor without naming the work ("外注先", "подрядчики", "nhà thầu") takes from a vendor's offer. */
const vendorForAnyWork = 0.75 * genericCeiling;

/**
 * A wish for outsourced work ("client projects", "외주 물량", "Studio VFX yang memberi proyek outsourcing") met by work a
 * partner hands out: weak reciprocity, less when both name work and it is not the same kind.
 */
function workForWork(
  relations: ConceptRelations,
  need: NormalizedStatement,
  offer: NormalizedStatement,
): StatementScore {
  const needWork = need.segments.flatMap((segment) => segment.subjects);
  const offerWork = offer.segments.flatMap((segment) => segment.subjects);
  let fit = 1;
  if (needWork.length > 0 && offerWork.length > 0) {
    const related = needWork.some((needConcept) =>
      offerWork.some(
        (offerConcept) =>
          relations.related(needConcept, offerConcept) || relations.sameField(needConcept, offerConcept),
      ),
    );
    fit = related ? 1 : 0.5;
  }
  return { score: genericCeiling * fit, concept: 'outsourcing', specific: false, broad: false };
}

/**
 * Whether a need names specific work (or words the lexicon cannot place); a wish for outsourced work (client projects,
 * orders) is generic even when it names the work.
 */
function isSpecific(need: NormalizedStatement): boolean {
  return (
    !need.delivery.handsOut &&
    (need.segments.some((segment) => segment.subjects.length > 0) ||
      (need.concepts.length === 0 && need.terms.length >= 2))
  );
}

/** How well one offer meets one need (see the file comment), worked out afresh. */
function scoreStatement(
  relations: ConceptRelations,
  normalizer: StatementNormalizer,
  need: NormalizedStatement,
  offer: NormalizedStatement,
): StatementScore {
  let result = none;
  // Work handed out (projects, orders, volume) meets only a wish for such work, and such a wish nothing else.
  if (need.delivery.handsOut || offer.delivery.handsOut) {
    if (need.delivery.handsOut && offer.delivery.handsOut) result = workForWork(relations, need, offer);
    return result;
  }
  if (
    need.concepts.length === 0 ||
    !need.segments.some((segment) => segment.subjects.length > 0 || segment.modes.length > 0)
  ) {
    // Nothing the lexicon can place: only the need's own words, repeated by the offer, count.
    const share = need.concepts.length === 0 ? wordContainment(need, offer) : 0;
    if (share > 0) result = { score: 0.5 + 0.4 * share, concept: undefined, specific: true, broad: false };
    return result;
  }
  // A job opening offered ("screenwriter position") is work for such people, not their work done for others.
  if (offer.opening && isSpecific(need)) return none;
  // A course in X is no vendor doing X for you, and a vendor doing X is no course in X.
  if (isSpecific(need) && deliveryMismatch(need.delivery, offer.delivery)) return none;
  const vendorWanted =
    need.delivery.serves &&
    !need.delivery.teaches &&
    offer.delivery.serves &&
    !offer.opening &&
    offer.segments.some((segment) => segment.subjects.length > 0);
  let sum = 0;
  let counted = 0;
  let best = none;
  const parts: number[] = [];
  const detailParts: number[] = [];
  let headingAnswered: boolean | undefined;
  for (const needSegment of need.segments) {
    const specific = needSegment.subjects.length > 0;
    if (!specific && needSegment.modes.length === 0) continue;
    let segmentBest = none;
    for (const offerSegment of offer.segments) {
      const candidate = specific
        ? subjectScore(relations, normalizer, needSegment, offerSegment)
        : genericScore(relations, needSegment, offerSegment);
      if (candidate.score > segmentBest.score) segmentBest = candidate;
    }
    const unpenalized = segmentBest.score;
    // A detail of the heading's work met by an offer of none of that work is a detail of other work.
    if (specific && needSegment.heading.length > 0 && segmentBest.score > 0) {
      headingAnswered ??= answersHeading(relations, needSegment.heading, offer);
      if (!headingAnswered) segmentBest = { ...segmentBest, score: segmentBest.score * detailElsewhere };
    }
    // A vendor wanted without naming the work is found in any offer of work done for others.
    if (!specific && vendorWanted && segmentBest.score < vendorForAnyWork)
      segmentBest = { score: vendorForAnyWork, concept: 'outsourcing', specific: false, broad: false };
    // Generic items of a need that also names work ("Nuke compositors, internships possible") do not dilute it.
    if (!specific && isSpecific(need)) continue;
    sum += segmentBest.score;
    counted += 1;
    parts.push(segmentBest.score);
    detailParts.push(unpenalized);
    if (segmentBest.score > best.score) best = segmentBest;
  }
  if (counted > 0 && best.score > 0) {
    // A need listing several things ("VFX, animation and editing") is partly met by an offer of one of them.
    result = { ...best, score: 0.5 * best.score + 0.5 * (sum / counted), parts };
    if (headingAnswered === false) result.detailParts = detailParts;
    // Dubbing or subtitling is a language pair: Thai → Indonesian is not met by work into Kazakh or English.
    if (need.localization && offer.localization) {
      const fit = languagePairFit(need.languages, offer.languages);
      const scaled = (values: number[]) => values.map((part) => part * fit);
      result =
        fit === 0
          ? none
          : {
              ...result,
              score: result.score * fit,
              parts: scaled(parts),
              ...(result.detailParts === undefined ? {} : { detailParts: scaled(result.detailParts) }),
            };
    }
  }
  return result;
}

export function createStatementScorer(deps: {
  relations: ConceptRelations;
  normalizer: StatementNormalizer;
  cacheSize?: number;
}): StatementScorer {
  const { relations, normalizer } = deps;
  const cacheSize = deps.cacheSize ?? 200_000;
  /**
   * Statements that read alike to scoring (the same concepts, delivery and languages — the same work written in
   * another language, say) score alike: each such reading has one number, and scores are kept per pair of numbers.
   * The words count only for a need the lexicon found nothing in (see `wordContainment`): there both readings hold
   * them.
   */
  const readings = new Map<string, number>();
  // Scores keyed by the statements' readings (small integers hash fast), need first.
  const cache = new PairScores(cacheSize);
  const readingOfSerial = { words: new SerialNumbers(), concepts: new SerialNumbers() };
  const readingOf = (statement: NormalizedStatement, withWords: boolean): number => {
    const serials = withWords ? readingOfSerial.words : readingOfSerial.concepts;
    let reading = serials.get(statement.serial);
    if (reading === undefined) {
      const key = JSON.stringify([
        withWords,
        statement.concepts,
        withWords ? statement.terms : [],
        statement.segments.map((segment) => [
          segment.subjects,
          segment.modes,
          segment.domains,
          segment.itemSubjects,
          segment.heading,
          withWords ? segment.terms : [],
        ]),
        statement.delivery,
        statement.opening,
        statement.localization,
        statement.languages,
      ]);
      reading = readings.get(key);
      if (reading === undefined) {
        // Numbers are never reused for another reading: when there are too many, all of it starts afresh.
        if (readings.size >= cacheSize) {
          readings.clear();
          readingOfSerial.words.clear();
          readingOfSerial.concepts.clear();
          cache.clear();
        }
        reading = readings.size;
        readings.set(key, reading);
      }
      serials.set(statement.serial, reading);
    }
    return reading;
  };
  return {
    isSpecific,
    score(need, offer) {
      // Only a need the lexicon found nothing in reads words (its own and the offer's).
      const withWords = need.concepts.length === 0;
      const needReading = readingOf(need, withWords);
      const offerReading = readingOf(offer, withWords);
      const known = cache.get(needReading, offerReading);
      if (known) return known;
      const result = scoreStatement(relations, normalizer, need, offer);
      cache.set(needReading, offerReading, result);
      return result;
    },
  };
}
