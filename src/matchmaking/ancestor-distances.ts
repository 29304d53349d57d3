/** Steps up the lexicon's hierarchy from a concept to each of its broader concepts (itself at 0), cached. */
import type { Glossary } from '../knowledge/glossary.js';

export function createAncestorDistances(glossary: Glossary): (conceptId: string) => Map<string, number> {
  const distanceCache = new Map<string, Map<string, number>>();
  return (conceptId) => {
    const cached = distanceCache.get(conceptId);
    if (cached) return cached;
    const distances = ancestorSteps(glossary, conceptId);
    distanceCache.set(conceptId, distances);
    return distances;
  };
}

/** Breadth first up the hierarchy: each concept at or above `conceptId` at its fewest steps, nearest first. */
export function ancestorSteps(glossary: Glossary, conceptId: string): Map<string, number> {
  const distances = new Map<string, number>([[conceptId, 0]]);
  let frontier = [conceptId];
  for (let depth = 1; frontier.length > 0; depth += 1) {
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
  return distances;
}
