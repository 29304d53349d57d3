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
import { ConceptFlags } from './concept-ids.js';
import type { ConceptRelations, NumberedRelations } from './concept-relations.js';
import type { NormalizedStatement, StatementNormalizer } from './normalize-statement.js';
import { deliveryMismatch } from './statement-delivery.js';
import { languagePairFit } from './statement-languages.js';
import { type NumberedSegment, type Reading, StatementReadings } from './statement-readings.js';
import { PairScores } from './statement-score-cache.js';
import { NeedSegments } from './restated-subjects.js';
import { UnrelatedScreen } from './unrelated-screen.js';
import { combinedParts, wordContainment } from './work-coverage.js';
import { anyOutside, none, type Scoring, subjectScore } from './subject-score.js';

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
  /** Met only by distinct work whose trade overlaps the need's (facial animation for 3D character animation). */
  overlap?: boolean;
  /**
   * Per part, whether it is one of the need's lead items (under no heading), when the lead was met only by
   * overlapping work and the need has details (see `combinedParts`).
   */
  leads?: boolean[];
}

export interface StatementScorer {
  score(need: NormalizedStatement, offer: NormalizedStatement): StatementScore;
  /** Whether a need names specific work (or words the lexicon cannot place), not only a way of delivering. */
  isSpecific(need: NormalizedStatement): boolean;
  /** Whether each need certainly meets none of the offers, by concepts alone (see ./unrelated-screen.ts). */
  meetsNone?(needs: readonly NormalizedStatement[], offers: readonly NormalizedStatement[]): boolean;
}

/** Generic needs met by the same way of delivering score this much at most. */
const genericCeiling = 0.8;

/** A generic need segment (only ways of delivering or kinds of partner) against one offer segment. */
function genericScore(relations: NumberedRelations, need: NumberedSegment, offer: NumberedSegment): StatementScore {
  let best = 0;
  let bestPosition = -1;
  need.modes.forEach((needConcept, position) => {
    for (const offerConcept of offer.modes) {
      const value = relations.strength(needConcept, offerConcept);
      if (value > best) {
        best = value;
        bestPosition = position;
      }
    }
  });
  return best === 0
    ? none
    : { score: genericCeiling * best, concept: need.segment.modes[bestPosition], specific: false, broad: false };
}

/**
 * What a detail of a need's heading ("QC" in "subtitle translation: timing, QC") is worth when met by an offer that
 * answers none of the heading's work: that detail of other work (broadcast QC, not subtitle QC), in part.
 */
const detailElsewhere = 0.5;

/** Whether an offer answers any of a heading's work (the same work, a kind of it or a broader offer of it). */
function answersHeading(relations: NumberedRelations, heading: Int32Array, offer: Reading): boolean {
  return offer.segments.some((segment) =>
    segment.subjectsAndDomains.some((offerConcept) =>
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
function workForWork(relations: NumberedRelations, need: Reading, offer: Reading): StatementScore {
  const needWork = need.subjects;
  const offerWork = offer.subjects;
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

/**
 * How well one offer meets one need (see the file comment), worked out afresh; `needSegments` are the need's segments
 * as a need reads them (./restated-subjects.ts).
 */
function scoreStatement(
  scoring: Scoring,
  needReading: Reading,
  offerReading: Reading,
  needSegments: readonly NumberedSegment[] = needReading.segments,
): StatementScore {
  const { relations } = scoring;
  // Every statement of a reading scores alike: the reading's first one stands for them.
  const need = needReading.statement;
  const offer = offerReading.statement;
  let result = none;
  // Work handed out (projects, orders, volume) meets only a wish for such work, and such a wish nothing else.
  if (need.delivery.handsOut || offer.delivery.handsOut) {
    if (need.delivery.handsOut && offer.delivery.handsOut) result = workForWork(relations, needReading, offerReading);
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
  if (offer.opening && needReading.specific) return none;
  // A course in X is no vendor doing X for you, and a vendor doing X is no course in X.
  if (needReading.specific && deliveryMismatch(need.delivery, offer.delivery)) return none;
  const vendorWanted =
    need.delivery.serves &&
    !need.delivery.teaches &&
    offer.delivery.serves &&
    !offer.opening &&
    offer.segments.some((segment) => segment.subjects.length > 0);
  let counted = 0;
  let best = none;
  const parts: number[] = [];
  const detailParts: number[] = [];
  let headingAnswered: boolean | undefined;
  // Per counted item, whether it is a lead item (under no heading), and whether any item is a detail.
  const leads: boolean[] = [];
  let hasDetail = false;
  let leadBest = none;
  // An offer naming work outside content production in one item is that field's trade in all of them (see
  // `outsideStatementShare`); asked once per pair of readings, and kept with its score.
  let outsideStatement: boolean | undefined;
  for (const needSegment of needSegments) {
    const specific = needSegment.subjects.length > 0;
    if (!specific && needSegment.modes.length === 0) continue;
    let segmentBest = none;
    for (const offerSegment of offerReading.segments) {
      if (specific) outsideStatement ??= anyOutside(relations, offerReading.subjects);
      const candidate = specific
        ? subjectScore(scoring, needSegment, offerSegment, outsideStatement)
        : genericScore(relations, needSegment, offerSegment);
      if (candidate.score > segmentBest.score) segmentBest = candidate;
    }
    const unpenalized = segmentBest.score;
    // A detail of the heading's work met by an offer of none of that work is a detail of other work.
    if (specific && needSegment.heading.length > 0 && segmentBest.score > 0) {
      headingAnswered ??= answersHeading(relations, needSegment.heading, offerReading);
      if (!headingAnswered) segmentBest = { ...segmentBest, score: segmentBest.score * detailElsewhere };
    }
    // A vendor wanted without naming the work is found in any offer of work done for others.
    if (!specific && vendorWanted && segmentBest.score < vendorForAnyWork)
      segmentBest = { score: vendorForAnyWork, concept: 'outsourcing', specific: false, broad: false };
    // Generic items of a need that also names work ("Nuke compositors, internships possible") do not dilute it.
    if (!specific && needReading.specific) continue;
    counted += 1;
    parts.push(segmentBest.score);
    detailParts.push(unpenalized);
    if (segmentBest.score > best.score) best = segmentBest;
    leads.push(needSegment.heading.length === 0);
    if (needSegment.heading.length > 0) hasDetail = true;
    else if (segmentBest.score > leadBest.score) leadBest = segmentBest;
  }
  if (counted > 0 && best.score > 0) {
    // A need listing several things ("VFX, animation and editing") is partly met by an offer of one of them. An offer
    // meeting the lead work only as distinct work that overlaps it ("facial animation" for "3D character animators:
    // blocking, lip-sync") does not stand for the whole need through a detail it meets in full ("lip-sync").
    const partOnly = hasDetail && leadBest.overlap === true;
    result = { ...best, score: combinedParts(parts, partOnly ? leads : undefined), parts };
    if (partOnly) result.leads = leads;
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
  /** Answer unrelated work unscored (./unrelated-screen.ts); off only where a test scores all pairs in full. */
  screenUnrelated?: boolean;
}): StatementScorer {
  const { normalizer } = deps;
  const relations = deps.relations.numbered;
  const { ids } = relations;
  const advice = new ConceptFlags((concept) => normalizer.isAdvice(ids.name(concept)));
  const product = new ConceptFlags((concept) => normalizer.isProduct(ids.name(concept)));
  const scoring: Scoring = {
    relations,
    isAdvice: (concept) => advice.get(concept),
    isProduct: (concept) => product.get(concept),
  };
  const needSegments = new NeedSegments(relations);
  const cacheSize = deps.cacheSize ?? 200_000;
  const screen = deps.screenUnrelated === false ? undefined : new UnrelatedScreen(relations);
  // Scores keyed by the statements' readings (small integers hash fast), need first.
  const cache = new PairScores(cacheSize);
  // The need asked last and its reading: a direction asks one need against each offer in turn.
  let lastNeed: NormalizedStatement | undefined;
  let lastNeedReading: Reading | undefined;
  const readings = new StatementReadings(ids, isSpecific, cacheSize, () => {
    cache.clear();
    screen?.clear();
    lastNeed = undefined;
  });
  // Only a need the lexicon found nothing in reads words (its own and the offer's).
  const readingOf = (need: NormalizedStatement) => readings.of(need, need.concepts.length === 0);
  return {
    isSpecific: (need) => readingOf(need).specific,
    meetsNone: (needs, offers) => screen?.meetsNone(needs, offers, readings) === true,
    score(need, offer) {
      let needReading = lastNeedReading;
      if (need !== lastNeed || needReading === undefined) {
        needReading = readingOf(need);
        lastNeed = need;
        lastNeedReading = needReading;
      }
      const offerReading = readings.of(offer, need.concepts.length === 0);
      // The readings started afresh while reading the offer: the need's number may now be another's; keep nothing.
      if (lastNeed === undefined)
        return scoreStatement(scoring, needReading, offerReading, needSegments.of(needReading));
      if (screen?.unrelated(needReading, offerReading) === true) return none;
      const known = cache.get(needReading.number, offerReading.number);
      if (known) return known;
      const result = scoreStatement(scoring, needReading, offerReading, needSegments.of(needReading));
      cache.set(needReading.number, offerReading.number, result);
      return result;
    },
  };
}
