/**
 * Other spellings of a name among the loose name keys of a knowledge base (name-keys.ts): "Studio Inyo" finds
 * 스튜디오인요, "Goldman Sachs" 골드만삭스, by a spelling distance in which vowels cost little (romanize.ts).
 */
import { looseNameKey, sameNameSpelling } from '../knowledge/romanize.js';

/** Finds, among the loose name keys of the knowledge base, the other spellings of a name. */
export interface SpellingMatcher {
  /** Loose keys (`%…`) of the knowledge base that spell one of these keys another way; none for a key it holds. */
  spellingsOf(keys: readonly string[]): string[];
}

/** The loose keys of the kinds of body a name ends with ("Digital Studios", "Toon Animation"). */
const kindEndings = ['studios', 'studio', 'animation', 'entertainment', 'pictures', 'films', 'media', 'productions']
  .map((word) => looseNameKey(word))
  .sort((left, right) => right.length - left.length);

/**
 * Whether two spellings are alike only by the kind they end with: "Dexter Studios" and "Digital Studios" share
 * "Studios", and the names before it differ.
 */
function onlyKindShared(left: string, right: string): boolean {
  const kind = kindEndings.find((ending) => left.endsWith(ending) && right.endsWith(ending));
  if (kind === undefined) return false;
  const [leftName, rightName] = [left.slice(0, -kind.length), right.slice(0, -kind.length)];
  return leftName.length >= 3 && rightName.length >= 3 && !sameNameSpelling(leftName, rightName);
}

/** How many letters longer or shorter another spelling may be (each letter added costs at least 0.4). */
const lengthSlack = (length: number) => Math.floor((0.3 + 0.15 * (length + 4)) / 0.4);

/**
 * A matcher over the loose name keys of a knowledge base ("%sododioin" for 스튜디오인요), by
 * first letter and length: "Studio Inyo" finds 스튜디오인요, "Goldman Sachs" 골드만삭스 (see
 * sameNameSpelling). Answers are kept for the keys asked most recently.
 */
export function createSpellingMatcher(names: Iterable<string>): SpellingMatcher {
  const known = new Set<string>();
  const byLetterAndLength = new Map<string, string[]>();
  for (const name of names) {
    if (!name.startsWith('%') || known.has(name)) continue;
    known.add(name);
    const key = name.slice(1);
    if (key.length < 5) continue;
    const bucket = `${key.charAt(0)}${key.length}`;
    const list = byLetterAndLength.get(bucket) ?? [];
    list.push(key);
    byLetterAndLength.set(bucket, list);
  }
  const answers = new Map<string, string[]>();
  const spellingsOfKey = (key: string): string[] => {
    const cached = answers.get(key);
    if (cached) return cached;
    const found: string[] = [];
    const slack = lengthSlack(key.length);
    for (let length = Math.max(5, key.length - slack); length <= key.length + slack; length += 1) {
      for (const candidate of byLetterAndLength.get(`${key.charAt(0)}${length}`) ?? []) {
        if (sameNameSpelling(key, candidate) && !onlyKindShared(key, candidate)) found.push(`%${candidate}`);
      }
    }
    if (answers.size >= 2_000) answers.clear();
    answers.set(key, found);
    return found;
  };
  return {
    spellingsOf(keys) {
      const found = new Set<string>();
      for (const name of keys) {
        if (!name.startsWith('%') || known.has(name) || name.length < 6) continue;
        for (const spelling of spellingsOfKey(name.slice(1))) found.add(spelling);
      }
      return [...found];
    },
  };
}
