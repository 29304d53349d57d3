/**
 * Sibling crafts for the concept relations (./concept-relations.ts): two kinds of one craft meet each other's need in
 * part, from the taxonomy's tree.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { ConceptFlags, ConceptIds } from './concept-ids.js';
import { type ConceptFacts, stepsUp } from './concept-hierarchy.js';

/**
 * Sibling crafts: two kinds of one craft (keying and Nuke compositing under compositing, dialogue editing and mixing
 * under audio post, DI and HDR grading under colour grading), through what each stands for (a role its skill), neither
 * at or above the other. Only a craft that is a skill counts as their common one — not a department (VFX, animation:
 * many trades), an organization, a place or a way of delivering (courses, internships) — and neither side may be a
 * way of delivering. A declared look-alike still vetoes the pair (see `strength`).
 */
export function createSiblings(
  glossary: Glossary,
  ids: ConceptIds,
  factsOf: (concept: number) => ConceptFacts,
  isMode: ConceptFlags,
): { siblings: (need: number, offer: number) => boolean; craftParents: (concept: number) => readonly number[] } {
  const known: (number[] | undefined)[] = [];
  /** The skills right above one concept that are crafts (not ways of delivering), worked out once per concept. */
  const parentsOf = (concept: number): number[] => {
    let parents = known[concept];
    if (parents === undefined) {
      const entry = glossary.concepts.get(ids.name(concept));
      const own = entry?.category;
      parents =
        (own === 'skill' || own === 'role') && !isMode.get(concept)
          ? (entry?.broader ?? [])
              .map((parent) => ids.of(parent))
              .filter((parent) => factsOf(parent).category === 'skill' && !isMode.get(parent))
          : [];
      known[concept] = parents;
    }
    return parents;
  };
  const craftParents = (concept: number): number[] => [...factsOf(concept).standsFor].flatMap(parentsOf);
  const siblings = (need: number, offer: number): boolean => {
    if (need === offer) return false;
    const needs = factsOf(need).standsFor;
    const offers = factsOf(offer).standsFor;
    // A reading at or above the other's is that work itself, a kind or a broader offer of it: no sibling.
    for (const left of needs)
      for (const right of offers)
        if (
          left === right ||
          stepsUp(factsOf(left), right) !== undefined ||
          stepsUp(factsOf(right), left) !== undefined
        )
          return false;
    for (const left of needs) {
      const shared = parentsOf(left);
      if (shared.length > 0 && offers.some((right) => parentsOf(right).some((parent) => shared.includes(parent))))
        return true;
    }
    return false;
  };
  return { siblings, craftParents };
}
