/**
 * Reciprocal scoring of a pair of organizations. Each direction asks "how well do B's offers
 * cover A's needs?": every need is compared with every offer through glossary concepts (the
 * same concept, a narrower or broader one, a role and its skill) and embedding similarity of
 * the texts for words the glossary does not know. An offer segment that is about something
 * else as well ("wedding video editing") only partly covers a need ("film editors"). The two
 * directions are combined by harmonic mean, so a match must be good for both sides; a side
 * with no needs (or none this partner meets) scores on how much the other side wants what it
 * offers, halved, so a one-sided fit ranks below a two-sided one.
 */
import type { Glossary } from '../knowledge/glossary.js';
import {
  type ConceptRole,
  type NormalizedStatement,
  type StatementNormalizer,
  type StatementSegment,
  sparseDot,
} from './normalize-statement.js';

export interface ScoringSettings {
  /** A need counts as met (and is explained) from this statement score on. */
  meetThreshold: number;
  /** Weight of a delivery concept (training, courses…) against a subject concept in a need. */
  modeWeight: number;
  /** Weight of a broad domain (film, webtoon, content industry) against a subject concept in a need. */
  domainWeight: number;
  /** Weight of who-words (experts, students, partners) against a subject concept in a need. */
  peopleWeight: number;
  /** A need segment matched only through domains and who-words is worth this share. */
  weakMatchFactor: number;
  /**
   * What a side this partner gives nothing it needs (it has no needs, or none this partner meets)
   * gets: this share of how much the other side wants its offers. Below 1, so a one-sided fit ranks
   * below a two-sided one.
   */
  oneSidedShare: number;
}

export const defaultScoringSettings: ScoringSettings = {
  meetThreshold: 0.42,
  modeWeight: 0.3,
  domainWeight: 0.5,
  peopleWeight: 0.15,
  weakMatchFactor: 0.4,
  oneSidedShare: 0.5,
};

/** How strongly an offered concept answers a needed concept, 0..1. */
export interface ConceptRelations {
  strength(needConcept: string, offerConcept: string): number;
  /** The concept and, for a role, the skills it stands for. */
  standsFor(conceptId: string): string[];
  /** Every concept at or above these. */
  ancestorsOf(conceptIds: readonly string[]): Set<string>;
  /** Whether two concepts are the same or one lies under the other. */
  related(first: string, second: string): boolean;
}

export function createConceptRelations(
  glossary: Glossary,
  options: { roleOf?: (conceptId: string) => ConceptRole | undefined } = {},
): ConceptRelations {
  const roleOf = options.roleOf ?? (() => undefined);
  const distanceCache = new Map<string, Map<string, number>>();
  /** Distances from a concept to each of its ancestors (itself at 0). */
  const ancestorDistances = (conceptId: string): Map<string, number> => {
    const cached = distanceCache.get(conceptId);
    if (cached) return cached;
    const distances = new Map<string, number>([[conceptId, 0]]);
    let frontier = [conceptId];
    let depth = 0;
    while (frontier.length > 0) {
      depth += 1;
      const next: string[] = [];
      for (const current of frontier) {
        for (const parent of glossary.concepts.get(current)?.broader ?? []) {
          if (distances.has(parent)) continue;
          distances.set(parent, depth);
          next.push(parent);
        }
      }
      frontier = next;
    }
    distanceCache.set(conceptId, distances);
    return distances;
  };
  const category = (conceptId: string) => glossary.concepts.get(conceptId)?.category;
  /** A role stands for the skills right above it (film editor → video editing); other concepts for themselves. */
  const standsFor = (conceptId: string): { id: string; factor: number }[] => {
    const own = [{ id: conceptId, factor: 1 }];
    if (category(conceptId) !== 'role') return own;
    const skills = (glossary.concepts.get(conceptId)?.broader ?? []).filter((parent) => category(parent) !== 'role');
    return [...own, ...skills.map((id) => ({ id, factor: 0.95 }))];
  };
  /** Hierarchy only: the same concept, a narrower offer, or a broader one (weaker the further up). */
  const direct = (needConcept: string, offerConcept: string): number => {
    if (needConcept === offerConcept) return 1;
    const narrowerBy = ancestorDistances(offerConcept).get(needConcept);
    // The offer is a kind of what is needed (need "animation", offer "3D animation training").
    if (narrowerBy !== undefined) return Math.max(0.6, 0.9 - 0.1 * (narrowerBy - 1));
    const broaderBy = ancestorDistances(needConcept).get(offerConcept);
    // The offer is more general than the need (need "Nuke compositing", offer "VFX training").
    if (broaderBy !== undefined) return 0.65 * 0.8 ** (broaderBy - 1);
    return 0;
  };

  // Nested maps keyed by the glossary's own id strings (their hashes are cached), not concatenations.
  const strengthCache = new Map<string, Map<string, number>>();
  const relatedCache = new Map<string, boolean>();
  return {
    standsFor(conceptId) {
      return standsFor(conceptId).map((entry) => entry.id);
    },
    ancestorsOf(conceptIds) {
      const all = new Set<string>();
      for (const conceptId of conceptIds) for (const ancestor of ancestorDistances(conceptId).keys()) all.add(ancestor);
      return all;
    },
    strength(needConcept, offerConcept) {
      if (needConcept === offerConcept) return 1;
      let row = strengthCache.get(needConcept);
      if (!row) {
        row = new Map();
        strengthCache.set(needConcept, row);
      }
      const cached = row.get(offerConcept);
      if (cached !== undefined) return cached;
      let strength = 0;
      for (const need of standsFor(needConcept)) {
        for (const offer of standsFor(offerConcept)) {
          strength = Math.max(strength, direct(need.id, offer.id) * need.factor * offer.factor);
        }
      }
      // Two ways of delivering ("training" and "talent development", "course" and "education") are close.
      if (strength === 0 && roleOf(needConcept) === 'mode' && roleOf(offerConcept) === 'mode') strength = 0.6;
      row.set(offerConcept, strength);
      return strength;
    },
    related(first, second) {
      if (first === second) return true;
      const key = `${first}\u0000${second}`;
      const cached = relatedCache.get(key);
      if (cached !== undefined) return cached;
      const related = standsFor(first).some((left) =>
        standsFor(second).some(
          (right) => left.id === right.id || ancestorDistances(left.id).has(right.id) || ancestorDistances(right.id).has(left.id),
        ),
      );
      relatedCache.set(key, related);
      return related;
    },
  };
}

export interface StatementScore {
  score: number;
  /** The need concept that carried the match, when concepts did. */
  concept: string | undefined;
}

const embeddingOnly = (cosine: number, scale: number) => Math.max(0, Math.min(1, (cosine - 0.25) / 0.45)) * scale;

export interface StatementScorer {
  score(need: NormalizedStatement, offer: NormalizedStatement): StatementScore;
}

export function createStatementScorer(deps: {
  relations: ConceptRelations;
  normalizer: StatementNormalizer;
  settings?: ScoringSettings;
  cacheSize?: number;
}): StatementScorer {
  const { relations, normalizer } = deps;
  const settings = deps.settings ?? defaultScoringSettings;
  const cacheSize = deps.cacheSize ?? 200_000;
  // Keyed by the statements' serial numbers (small integers hash fast), need first.
  const cache = new Map<number, Map<number, StatementScore>>();
  let cached = 0;
  const remember = (need: NormalizedStatement, offer: NormalizedStatement, result: StatementScore) => {
    if (cached >= cacheSize) {
      cache.clear();
      cached = 0;
    }
    let row = cache.get(need.serial);
    if (!row) {
      row = new Map();
      cache.set(need.serial, row);
    }
    row.set(offer.serial, result);
    cached += 1;
    return result;
  };

  interface Reach {
    /** Its concepts and the skills its roles stand for. */
    own: Set<string>;
    /** Everything at or above those. */
    above: Set<string>;
    hasMode: boolean;
    hasConcepts: boolean;
    everySegmentKnown: boolean;
    /** The score against an offer about something else. */
    unrelated?: StatementScore;
  }
  const reaches: (Reach | undefined)[] = [];
  const reachOf = (statement: NormalizedStatement): Reach => {
    let reach = reaches[statement.serial];
    if (!reach) {
      const own = new Set(statement.concepts.flatMap((id) => relations.standsFor(id)));
      reach = {
        own,
        above: relations.ancestorsOf([...own]),
        hasMode: statement.modes.length > 0,
        hasConcepts: statement.concepts.length > 0,
        everySegmentKnown: statement.segments.every((segment) => segment.concepts.length > 0),
      };
      reaches[statement.serial] = reach;
    }
    return reach;
  };
  /** Whether any concept of one lies at or under a concept of the other (or both name ways of delivering). */
  const canRelate = (need: NormalizedStatement, offer: NormalizedStatement): boolean => {
    const needReach = reachOf(need);
    const offerReach = reachOf(offer);
    if (needReach.hasMode && offerReach.hasMode) return true;
    for (const id of needReach.own) if (offerReach.above.has(id)) return true;
    for (const id of offerReach.own) if (needReach.above.has(id)) return true;
    return false;
  };

  const groups = new WeakMap<StatementSegment, (readonly [readonly string[], number, boolean])[]>();
  /** A need segment's concepts grouped with their weight and whether a match on them is strong evidence. */
  const weightedGroups = (segment: StatementSegment) => {
    let list = groups.get(segment);
    if (!list) {
      list = [
        [segment.subjects, 1, true],
        [segment.modes, settings.modeWeight, true],
        [segment.domains, settings.domainWeight, false],
        [segment.people, settings.peopleWeight, false],
      ];
      groups.set(segment, list);
    }
    return list;
  };

  const segmentScore = (
    need: StatementSegment,
    offer: StatementSegment,
    cosine: number,
  ): StatementScore => {
    const needAll = need.concepts;
    // How an offer is delivered applies to every item of its list.
    const offerAll = offer.asOffer;
    if (needAll.length === 0 && offerAll.length === 0) return { score: embeddingOnly(cosine, 1), concept: undefined };
    if (needAll.length === 0 || offerAll.length === 0) return { score: embeddingOnly(cosine, 0.8), concept: undefined };
    let weighted = 0;
    let total = 0;
    let strongMatch = false;
    let bestConcept: string | undefined;
    let bestStrength = 0;
    for (const [concepts, weight, strong] of weightedGroups(need)) {
      for (const needConcept of concepts) {
        let strongest = 0;
        for (const offerConcept of offerAll) strongest = Math.max(strongest, relations.strength(needConcept, offerConcept));
        weighted += weight * strongest;
        total += weight;
        if (strong && strongest > 0) strongMatch = true;
        if (strongest * weight > bestStrength) {
          bestStrength = strongest * weight;
          bestConcept = needConcept;
        }
      }
    }
    // Matched only through "film", "content industry", "experts" or "partners": weak evidence.
    let recall = (total === 0 ? 0 : weighted / total) * (strongMatch ? 1 : settings.weakMatchFactor);
    if (offer.subjects.length === 0 && offer.domains.length === 0 && need.modes.length > 0) {
      // A plain "internships" or "training courses" offer answers the way the need asks to be met
      // ("internships for translation students"), whatever the field: counted on the modes, a little less.
      let modeWeighted = 0;
      let modeTotal = 0;
      for (const [concepts, weight] of [
        [need.modes, settings.modeWeight],
        [need.people, settings.peopleWeight],
      ] as const) {
        for (const needConcept of concepts) {
          let strongest = 0;
          for (const offerConcept of offerAll) strongest = Math.max(strongest, relations.strength(needConcept, offerConcept));
          modeWeighted += weight * strongest;
          modeTotal += weight;
        }
      }
      const modeRecall = modeTotal === 0 ? 0 : (0.8 * modeWeighted) / modeTotal;
      if (modeRecall > recall) {
        recall = modeRecall;
        bestConcept = need.modes[0] ?? bestConcept;
      }
    }
    if (recall === 0) return { score: 0, concept: undefined };
    let precision = 1;
    if (need.subjects.length > 0 && offer.subjects.length > 0) {
      const onTopic = offer.subjects.filter((offerConcept) =>
        need.subjects.some((needConcept) => relations.related(needConcept, offerConcept)),
      ).length;
      // An offer item also about something else ("graphic design for print") counts only in part;
      // tools and domains ("Blender", "film") are context, not another subject.
      precision = onTopic / offer.subjects.length;
    }
    const conceptScore = recall * precision;
    return { score: 0.85 * conceptScore + 0.15 * Math.max(0, cosine), concept: bestConcept };
  };

  return {
    score(need, offer) {
      const known = cache.get(need.serial)?.get(offer.serial);
      if (known) return known;
      const needReach = reachOf(need);
      if (needReach.everySegmentKnown && needReach.hasConcepts && reachOf(offer).hasConcepts && !canRelate(need, offer)) {
        // The glossary knows what both are about, and they are different things: one shared
        // answer per need (most pairs a digest looks at end here), not a cache entry per pair.
        needReach.unrelated ??= { score: 0, concept: need.concepts.find((id) => !normalizer.isMode(id)) ?? need.concepts[0] };
        return needReach.unrelated;
      }
      const cosine = sparseDot(need.vector, offer.vector);
      let sum = 0;
      let weights = 0;
      let maximum = 0;
      let concept: string | undefined;
      let conceptScore = -1;
      for (const needSegment of need.segments) {
        let best: StatementScore = { score: 0, concept: undefined };
        for (const offerSegment of offer.segments) {
          const candidate = segmentScore(needSegment, offerSegment, cosine);
          if (candidate.score > best.score) best = candidate;
        }
        // An item the glossary does not know counts half when others are known ("VFX and holographic stages").
        const known = needSegment.concepts.length > 0;
        const weight = known || need.concepts.length === 0 ? 1 : 0.5;
        sum += weight * best.score;
        weights += weight;
        maximum = Math.max(maximum, best.score);
        if (best.concept !== undefined && best.score > conceptScore) {
          conceptScore = best.score;
          concept = best.concept;
        }
      }
      const result: StatementScore = {
        // A need listing several things ("VFX, animation and editing") is partly met by an offer of one of them.
        score: weights === 0 ? 0 : 0.5 * maximum + 0.5 * (sum / weights),
        concept: concept ?? need.concepts.find((id) => !normalizer.isMode(id)) ?? need.concepts[0],
      };
      return remember(need, offer, result);
    },
  };
}

export interface MetNeed {
  need: NormalizedStatement;
  offer: NormalizedStatement;
  score: number;
  concept: string | undefined;
}

export interface DirectionScore {
  /** 0..1: how well the partner's offers cover this side's needs. */
  coverage: number;
  /** Needs met at or above the threshold, best first. */
  met: MetNeed[];
}

/** How well `offers` cover `needs`: the best offer per need, blended mean of the top three and of all. */
export function scoreDirection(
  needs: readonly NormalizedStatement[],
  offers: readonly NormalizedStatement[],
  scorer: StatementScorer,
  settings: ScoringSettings = defaultScoringSettings,
): DirectionScore {
  if (needs.length === 0 || offers.length === 0) return { coverage: 0, met: [] };
  const bests: number[] = [];
  const met: MetNeed[] = [];
  for (const need of needs) {
    let best: MetNeed | undefined;
    for (const offer of offers) {
      const result = scorer.score(need, offer);
      if (best === undefined || result.score > best.score) best = { need, offer, score: result.score, concept: result.concept };
    }
    const value = best && best.score >= settings.meetThreshold ? best.score : 0;
    bests.push(value);
    if (best && value > 0) met.push(best);
  }
  bests.sort((left, right) => right - left);
  // Means of the best three and of all, summed best first.
  const topCount = Math.min(3, bests.length);
  let topSum = 0;
  let allSum = 0;
  for (let position = 0; position < bests.length; position += 1) {
    const value = bests[position] as number;
    if (position < topCount) topSum += value;
    allSum += value;
  }
  if (met.length > 1) met.sort((left, right) => right.score - left.score);
  return { coverage: 0.7 * (topSum / topCount) + 0.3 * (allSum / bests.length), met };
}

export interface ReciprocalScore {
  /** How well b covers a's needs (or a's relevance to b when a has none), 0..1. */
  scoreForA: number;
  scoreForB: number;
  /** Harmonic mean of the two, before boosts. */
  harmonic: number;
  forA: DirectionScore;
  forB: DirectionScore;
}

export function harmonicMean(first: number, second: number): number {
  return first + second === 0 ? 0 : (2 * first * second) / (first + second);
}

export function scoreReciprocal(
  a: { needs: readonly NormalizedStatement[]; offers: readonly NormalizedStatement[] },
  b: { needs: readonly NormalizedStatement[]; offers: readonly NormalizedStatement[] },
  scorer: StatementScorer,
  settings: ScoringSettings = defaultScoringSettings,
): ReciprocalScore {
  const forA = scoreDirection(a.needs, b.offers, scorer, settings);
  const forB = scoreDirection(b.needs, a.offers, scorer, settings);
  const side = (own: DirectionScore, other: DirectionScore) => Math.max(own.coverage, settings.oneSidedShare * other.coverage);
  const scoreForA = side(forA, forB);
  const scoreForB = side(forB, forA);
  return { scoreForA, scoreForB, harmonic: harmonicMean(scoreForA, scoreForB), forA, forB };
}
