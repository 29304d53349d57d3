/**
 * Which kinds of organization can meet. Buyers (studios, broadcasters, platforms) meet the
 * ones who supply talent or support (talent centers, agencies, associations) and each other
 * where outsourcing and co-production happen; peers of a supplying kind (two training centers,
 * two agencies) are not suggested to each other. `other` says nothing about what an organization
 * does (a film archive, a restoration lab, a prop house): two of them meet like any pair, when a
 * specific need of one is met by the other.
 */
import type { OrganizationKind } from './types.js';

const pairs: readonly (readonly [OrganizationKind, OrganizationKind])[] = [
  ['studio', 'studio'],
  ['studio', 'talent_center'],
  ['studio', 'agency'],
  ['studio', 'platform'],
  ['studio', 'broadcaster'],
  ['studio', 'association'],
  ['talent_center', 'agency'],
  ['talent_center', 'platform'],
  ['talent_center', 'broadcaster'],
  ['talent_center', 'association'],
  ['agency', 'platform'],
  ['agency', 'broadcaster'],
  ['agency', 'association'],
  ['platform', 'broadcaster'],
  ['platform', 'association'],
  ['broadcaster', 'association'],
  ['other', 'studio'],
  ['other', 'talent_center'],
  ['other', 'agency'],
  ['other', 'platform'],
  ['other', 'broadcaster'],
  ['other', 'association'],
  ['other', 'other'],
];

const allowed = new Map<OrganizationKind, Set<OrganizationKind>>();
for (const [first, second] of pairs) {
  allowed.set(first, (allowed.get(first) ?? new Set()).add(second));
  allowed.set(second, (allowed.get(second) ?? new Set()).add(first));
}

export function kindsCanMeet(first: OrganizationKind, second: OrganizationKind): boolean {
  return allowed.get(first)?.has(second) === true;
}

/** The kinds a given kind can meet (for explanations and the index). */
export function kindsMeetableBy(kind: OrganizationKind): OrganizationKind[] {
  return pairs
    .flatMap(([first, second]) => {
      if (first === kind) return [second];
      if (second === kind) return [first];
      return [];
    })
    .filter((value, index, list) => list.indexOf(value) === index);
}
