/**
 * How strongly an offered concept answers a needed one, from the lexicon's hierarchy: the same
 * concept, a narrower offer (a kind of what is needed), a role and the skill it stands for — full
 * or nearly; a broader offer (a department or broad role: "VFX specialists" for a matchmove need)
 * only partly, weaker the further up; a look-alike neighbour (2D vs 3D animation, on-set vs CG
 * lighting) never.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { createAncestorDistances } from './ancestor-distances.js';
import type { ConceptRole } from './normalize-statement.js';

/** How strongly an offered concept answers a needed concept, 0..1. */
export interface ConceptRelations {
  strength(needConcept: string, offerConcept: string): number;
  /** Whether the offer is only a broader concept than the need (a partial, less specific meet). */
  isBroader(needConcept: string, offerConcept: string): boolean;
  /** Whether two concepts (or a concept and an ancestor of the other) are declared look-alikes. */
  lookAlike(first: string, second: string): boolean;
  /** Whether a concept lies under the lexicon's department of look-alike fields outside content production. */
  isOutside(conceptId: string): boolean;
  /** The concept and, for a role, the skills it stands for. */
  standsFor(conceptId: string): string[];
  /** Every concept at or above these. */
  ancestorsOf(conceptIds: readonly string[]): Set<string>;
  /** Whether two concepts are the same or one lies under the other. */
  related(first: string, second: string): boolean;
  /** Whether two concepts share a department (or one is the other's), so one is no other subject than the other. */
  sameField(first: string, second: string): boolean;
}

/**
 * The taxonomy's department of look-alike fields (web design, print, wedding video, general
 * accounting, language teaching…): work there never meets a content-production need.
 */
export const outsideDepartment = 'outside-content-production';

/** What a broader offer is worth one level up; each further level multiplies by `broaderDecay`. */
const broaderStrength = 0.5;
const broaderDecay = 0.8;
/** What distinct work whose trade overlaps (dubbing and voice acting) is worth for the other's need: in part. */
const overlapStrength = 0.5;

/**
 * Declared overlaps (`overlaps` in the taxonomy), both ways: a need for the one is met in part by an offer of the
 * other or of a kind of it (anime voice acting for a dubbing need), never the reverse way down the need's side.
 */
function createOverlaps(glossary: Glossary, ancestorDistances: (conceptId: string) => Map<string, number>) {
  const declared = new Map<string, Set<string>>();
  for (const concept of glossary.concepts.values()) {
    for (const other of concept.overlaps ?? []) {
      if (other === concept.id || !glossary.concepts.has(other)) continue;
      declared.set(concept.id, (declared.get(concept.id) ?? new Set()).add(other));
      declared.set(other, (declared.get(other) ?? new Set()).add(concept.id));
    }
  }
  return (needConcept: string, offerConcept: string): boolean => {
    const wanted = declared.get(needConcept);
    if (wanted === undefined) return false;
    // The offer itself, or work it is a kind of below a department (anime voice acting for a dubbing need; a
    // compositing offer is no previs for all its VFX department).
    for (const [ancestor, distance] of ancestorDistances(offerConcept)) {
      if (wanted.has(ancestor) && (distance === 0 || glossary.concepts.get(ancestor)?.category !== 'department'))
        return true;
    }
    return false;
  };
}

/** Distances up the lexicon's hierarchy, departments and declared look-alikes, each cached per concept. */
function createHierarchy(glossary: Glossary) {
  const ancestorDistances = createAncestorDistances(glossary);
  const category = (conceptId: string) => glossary.concepts.get(conceptId)?.category;
  const lookAlikeCache = new Map<string, Map<string, boolean>>();
  /** A declared neighbour pair between the two concepts or any of their ancestors below a department. */
  const neighbourUpCache = new Map<string, boolean>();
  /** Whether the concept or an ancestor declares any neighbour (most do not: no pair check needed). */
  const hasNeighbourUp = (conceptId: string): boolean => {
    let cached = neighbourUpCache.get(conceptId);
    if (cached === undefined) {
      cached = [...ancestorDistances(conceptId).keys()].some((id) => glossary.neighboursOf(id).size > 0);
      neighbourUpCache.set(conceptId, cached);
    }
    return cached;
  };
  const lookAlike = (first: string, second: string): boolean => {
    if (first === second || !hasNeighbourUp(first) || !hasNeighbourUp(second)) return false;
    let row = lookAlikeCache.get(first);
    if (row === undefined) {
      row = new Map();
      lookAlikeCache.set(first, row);
    }
    const cached = row.get(second);
    if (cached !== undefined) return cached;
    const firstUp = ancestorDistances(first);
    const secondUp = ancestorDistances(second);
    let found = false;
    for (const left of firstUp.keys()) {
      if (secondUp.has(left)) continue;
      const neighbours = glossary.neighboursOf(left);
      if (neighbours.size === 0) continue;
      for (const right of secondUp.keys()) {
        if (!firstUp.has(right) && neighbours.has(right)) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    row.set(second, found);
    return found;
  };

  const departmentCache = new Map<string, string[]>();
  /** The lowest departments at or above a concept (itself when it has none). */
  const departmentsOf = (conceptId: string): string[] => {
    let cached = departmentCache.get(conceptId);
    if (!cached) {
      const distances = [...ancestorDistances(conceptId)].filter(([id]) => category(id) === 'department');
      const nearest = Math.min(...distances.map(([, distance]) => distance));
      cached =
        distances.length === 0
          ? [conceptId]
          : distances.filter(([, distance]) => distance === nearest).map(([id]) => id);
      departmentCache.set(conceptId, cached);
    }
    return cached;
  };

  return { ancestorDistances, category, lookAlike, departmentsOf };
}

export function createConceptRelations(
  glossary: Glossary,
  options: { roleOf?: (conceptId: string) => ConceptRole | undefined } = {},
): ConceptRelations {
  const roleOf = options.roleOf ?? (() => undefined);
  const { ancestorDistances, category, lookAlike, departmentsOf } = createHierarchy(glossary);
  const overlapping = createOverlaps(glossary, ancestorDistances);
  /** A role stands for the skills right above it (film editor → video editing); other concepts for themselves. */
  const standsFor = (conceptId: string): { id: string; factor: number }[] => {
    const own = [{ id: conceptId, factor: 1 }];
    if (category(conceptId) !== 'role') return own;
    const skills = (glossary.concepts.get(conceptId)?.broader ?? []).filter((parent) => category(parent) === 'skill');
    return [...own, ...skills.map((id) => ({ id, factor: 0.95 }))];
  };

  /** Hierarchy only: the same concept, a narrower offer, or a broader one (partial, weaker the further up). */
  const direct = (needConcept: string, offerConcept: string): number => {
    if (needConcept === offerConcept) return 1;
    const narrowerBy = ancestorDistances(offerConcept).get(needConcept);
    // The offer is a kind of what is needed (need "animation", offer "3D animation training").
    if (narrowerBy !== undefined) return Math.max(0.6, 0.9 - 0.1 * (narrowerBy - 1));
    const broaderBy = ancestorDistances(needConcept).get(offerConcept);
    // The offer is more general than the need (need "Nuke compositing", offer "VFX training").
    if (broaderBy !== undefined) return broaderStrength * broaderDecay ** (broaderBy - 1);
    return 0;
  };

  /** Whether a declared overlap joins the need and the offer, through what each stands for (a role its skill). */
  const overlapsThrough = (needConcept: string, offerConcept: string): boolean =>
    standsFor(needConcept).some((need) => standsFor(offerConcept).some((offer) => overlapping(need.id, offer.id)));

  const strengthCache = new Map<string, Map<string, number>>();
  const relatedCache = new Map<string, boolean>();
  const strength = (needConcept: string, offerConcept: string): number => {
    if (needConcept === offerConcept) return 1;
    let row = strengthCache.get(needConcept);
    if (!row) {
      row = new Map();
      strengthCache.set(needConcept, row);
    }
    const cached = row.get(offerConcept);
    if (cached !== undefined) return cached;
    let value = 0;
    if (!lookAlike(needConcept, offerConcept)) {
      for (const need of standsFor(needConcept)) {
        for (const offer of standsFor(offerConcept)) {
          value = Math.max(value, direct(need.id, offer.id) * need.factor * offer.factor);
        }
      }
      // A role named after a whole department ("animator" under animation) is met by that department
      // and by its sub-departments (2D animation), not by the department's other roles and skills.
      if (category(needConcept) === 'role') {
        for (const department of glossary.concepts.get(needConcept)?.broader ?? []) {
          if (category(department) !== 'department') continue;
          if (offerConcept === department) value = Math.max(value, 0.9);
          else if (category(offerConcept) === 'department' && ancestorDistances(offerConcept).has(department)) {
            value = Math.max(value, 0.75);
          }
        }
      }
      // Distinct work whose trade overlaps (a dubbing need, voice actors offered): a partial meet.
      if (value < overlapStrength && overlapsThrough(needConcept, offerConcept)) value = overlapStrength;
      // Two ways of delivering ("training" and "talent development", "course" and "education") are close.
      if (value === 0 && roleOf(needConcept) === 'mode' && roleOf(offerConcept) === 'mode') value = 0.6;
    }
    row.set(offerConcept, value);
    return value;
  };

  return {
    strength,
    isBroader(needConcept, offerConcept) {
      if (needConcept === offerConcept) return false;
      // A role's own skill or department is what it does, not a broader offer.
      if (category(needConcept) === 'role' && glossary.concepts.get(needConcept)?.broader.includes(offerConcept))
        return false;
      // Through what each stands for: a camera operator (cinematography) for a Steadicam need is a broader offer too,
      // unless some reading of the offer is the needed work or a kind of it.
      const needs = standsFor(needConcept);
      const offers = standsFor(offerConcept);
      const sameOrNarrower = needs.some((need) =>
        offers.some((offer) => offer.id === need.id || ancestorDistances(offer.id).has(need.id)),
      );
      if (sameOrNarrower) return false;
      // Work whose trade only overlaps the need's meets it in part, as a broader offer does.
      if (needs.some((need) => offers.some((offer) => ancestorDistances(need.id).has(offer.id)))) return true;
      return direct(needConcept, offerConcept) === 0 && overlapsThrough(needConcept, offerConcept);
    },
    lookAlike,
    sameField(first, second) {
      const left = departmentsOf(first);
      return departmentsOf(second).some((department) => left.includes(department));
    },
    isOutside: (conceptId) => conceptId !== outsideDepartment && ancestorDistances(conceptId).has(outsideDepartment),
    standsFor(conceptId) {
      return standsFor(conceptId).map((entry) => entry.id);
    },
    ancestorsOf(conceptIds) {
      const all = new Set<string>();
      for (const conceptId of conceptIds) for (const ancestor of ancestorDistances(conceptId).keys()) all.add(ancestor);
      return all;
    },
    related(first, second) {
      if (first === second) return true;
      const key = `${first}\u0000${second}`;
      const cached = relatedCache.get(key);
      if (cached !== undefined) return cached;
      const related = standsFor(first).some((left) =>
        standsFor(second).some(
          (right) =>
            left.id === right.id ||
            ancestorDistances(left.id).has(right.id) ||
            ancestorDistances(right.id).has(left.id),
        ),
      );
      relatedCache.set(key, related);
      return related;
    },
  };
}
