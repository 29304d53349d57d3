/**
 * Keys in a profiles file that the profile schema does not know (`offer:`, `Country:`) would be
 * dropped silently: each gets a warning naming the closest known key.
 */
import { profileInputSchema } from '../../src/index.js';

const knownKeys = Object.keys(profileInputSchema.shape);

/** Edit distance between two short words (insertions, deletions, substitutions). */
function distance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** The known key closest to `key` (case-insensitive), when it is close enough to be a slip. */
export function closestKnownKey(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const known of knownKeys) {
    const apart = distance(lower, known.toLowerCase());
    if (best === undefined || apart < best.distance) best = { key: known, distance: apart };
  }
  return best !== undefined && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.key : undefined;
}

/** One line per unknown key: "file → [2].offer: unknown key, ignored; did you mean "offers"?" */
export function unknownKeyWarnings(entries: readonly unknown[], file: string): string[] {
  const warnings: string[] = [];
  entries.forEach((entry, index) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
    for (const key of Object.keys(entry)) {
      if (knownKeys.includes(key)) continue;
      const closest = closestKnownKey(key);
      const hint = closest === undefined ? `known keys: ${knownKeys.join(', ')}` : `did you mean "${closest}"?`;
      warnings.push(`${file} → [${index}].${key}: unknown key, ignored; ${hint}`);
    }
  });
  return warnings;
}
