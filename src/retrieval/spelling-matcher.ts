/**
 * Other spellings of a name among the loose name keys of a knowledge base (name-keys.ts): "Studio Inyo" finds
 * 스튜디오인요, "Goldman Sachs" 골드만삭스, by a spelling distance in which vowels cost little (romanize.ts).
 */
import { looseNameKey, sameNameSpelling, spellingAllowance } from '../knowledge/romanize.js';

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

const vowel = /[aeiou]/u;
const isVowelAt = (key: string, index: number) => vowel.test(key.charAt(index));
/** The vowels the loanword scripts add (으, ウ and オ are o in a loose key; 이, イ are i). */
const addedVowel = /^[io]$/u;

/**
 * Whether `longer` is `shorter` with one or two vowels added where Korean and Japanese add them to a foreign word
 * (i or o, as a loose key writes 으, 이, ウ, オ, イ): between two consonants or after the last one ("Tving" ~ 티빙,
 * "Seezn" ~ 시즌, "Wink" ~ ウインク). A short brand's key is too short for the spelling distance; its consonants, in
 * order and none added, still agree.
 */
export function epentheticSpelling(shorter: string, longer: string): boolean {
  const added = longer.length - shorter.length;
  if (added < 1 || added > 2 || shorter.charAt(0) !== longer.charAt(0)) return false;
  let at = 0;
  for (let index = 0; index < longer.length; index += 1) {
    if (at < shorter.length && longer.charAt(index) === shorter.charAt(at)) at += 1;
    else if (!addedVowel.test(longer.charAt(index)) || isVowelAt(shorter, at - 1) || isVowelAt(shorter, at))
      return false;
  }
  return at === shorter.length;
}

const consonantsOf = (key: string) => key.replace(/[aeiou]/gu, '');

/** Whether a key is short (three to five letters) with two consonants or more: the keys `shortSpellings` compares. */
const shortWithConsonants = (key: string, consonants: string) =>
  key.length >= 3 && key.length <= 5 && consonants.length >= 2;

/** The short keys of a knowledge base that spell a short key another way by added vowels (epentheticSpelling). */
function shortSpellings(key: string, byConsonants: ReadonlyMap<string, readonly string[]>): string[] {
  if (key.length < 3 || key.length > 5) return [];
  return (byConsonants.get(consonantsOf(key)) ?? [])
    .filter((other) => epentheticSpelling(key, other) || epentheticSpelling(other, key))
    .map((other) => `%${other}`);
}

/** A loose key's letters (a to z) counted, at `at` in `counts` (26 counts a key, each at most 255). */
export function countLetters(key: string, counts: Uint8Array, at = 0): void {
  for (let index = 0; index < key.length; index += 1) {
    const letter = key.charCodeAt(index) - 97;
    // Another character is not counted (which only lowers the bound below).
    if (letter < 0 || letter >= 26) continue;
    const count = counts[at + letter];
    if (count !== undefined && count < 255) counts[at + letter] = count + 1;
  }
}

/** Per letter a to z, what an edit that adds or removes one of it costs at least, per letter (see below). */
const perLetter = Float64Array.from({ length: 26 }, (_, letter) =>
  'aeiou'.includes(String.fromCharCode(97 + letter)) ? 0.2 : 0.5,
);

/**
 * Whether two keys' spelling distance (romanize.ts's looseKeyDistance) surely passes `allowed`, told by their letter
 * counts alone: a vowel added, left out or changed for another costs 0.4 and changes the vowels' counts by one or two,
 * a consonant added or left out 0.6 or more, any other change 1 and the counts by two at most; so the distance is at
 * least half the consonants' count differences plus a fifth of the vowels'.
 */
export function surelyFartherThan(asked: Uint8Array, counts: Uint8Array, at: number, allowed: number): boolean {
  let least = 0;
  for (let letter = 0; letter < 26; letter += 1) {
    const difference = (asked[letter] as number) - (counts[at + letter] as number);
    if (difference === 0) continue;
    least += (difference < 0 ? -difference : difference) * (perLetter[letter] as number);
    // A hair over what is allowed, so that a sum's rounding never sets aside a key at exactly the allowed distance.
    if (least > allowed + 1e-9) return true;
  }
  return false;
}

/** The bucket of the keys of a first letter (its UTF-16 code) and of `length` letters. */
const bucketOf = (firstLetter: number, length: number) => firstLetter * 65_536 + length;

/** The knowledge base's loose keys (as `%` names) of one first letter and length, and their letter counts (26 each). */
interface KeyBucket {
  names: string[];
  counts: Uint8Array;
}

/**
 * A matcher over the loose name keys of a knowledge base ("%sododioin" for 스튜디오인요), by
 * first letter and length: "Studio Inyo" finds 스튜디오인요, "Goldman Sachs" 골드만삭스 (see
 * sameNameSpelling). Answers are kept for the keys asked most recently.
 */
export function createSpellingMatcher(names: Iterable<string>): SpellingMatcher {
  const known = new Set<string>();
  for (const name of names) if (name.startsWith('%')) known.add(name);
  // The keys by first letter and length, and the short ones by consonants, made when a key not known is first asked (a
  // question naming only the knowledge base's own spellings, or none, never needs them: an open does not build them).
  let buckets: { byLetterAndLength: Map<number, KeyBucket>; byConsonants: Map<string, string[]> } | undefined;
  const keyBuckets = () => {
    if (buckets !== undefined) return buckets;
    // One pass over the keys (a large knowledge base has a hundred thousand and more): a bucket is named by a number.
    const byLetterAndLength = new Map<number, KeyBucket>();
    const byConsonants = new Map<string, string[]>();
    for (const name of known) {
      // The key is the name without its `%`, cut off only for the short keys and the candidates that pass.
      const length = name.length - 1;
      if (length >= 3 && length <= 5) {
        const key = name.slice(1);
        const consonants = consonantsOf(key);
        if (shortWithConsonants(key, consonants)) {
          const short = byConsonants.get(consonants);
          if (short === undefined) byConsonants.set(consonants, [key]);
          else short.push(key);
        }
      }
      if (length < 5) continue;
      const bucketName = bucketOf(name.charCodeAt(1), length);
      let bucket = byLetterAndLength.get(bucketName);
      if (bucket === undefined) {
        bucket = { names: [], counts: new Uint8Array(0) };
        byLetterAndLength.set(bucketName, bucket);
      }
      bucket.names.push(name);
    }
    for (const bucket of byLetterAndLength.values()) {
      bucket.counts = new Uint8Array(bucket.names.length * 26);
      // The `%` is not a letter: countLetters leaves it uncounted.
      for (let index = 0; index < bucket.names.length; index += 1)
        countLetters(bucket.names[index] as string, bucket.counts, index * 26);
    }
    buckets = { byLetterAndLength, byConsonants };
    return buckets;
  };
  const answers = new Map<string, string[]>();
  const spellingsOfKey = (key: string): string[] => {
    const cached = answers.get(key);
    if (cached) return cached;
    const { byLetterAndLength, byConsonants } = keyBuckets();
    const found: string[] = shortSpellings(key, byConsonants);
    const slack = lengthSlack(key.length);
    const asked = new Uint8Array(26);
    countLetters(key, asked);
    for (let length = Math.max(5, key.length - slack); length <= key.length + slack; length += 1) {
      const bucket = byLetterAndLength.get(bucketOf(key.charCodeAt(0), length));
      if (bucket === undefined) continue;
      const allowed = spellingAllowance(Math.max(length, key.length));
      for (let index = 0; index < bucket.names.length; index += 1) {
        // Most keys of a large knowledge base are told apart by their letters, before the spelling distance.
        if (surelyFartherThan(asked, bucket.counts, index * 26, allowed)) continue;
        const name = bucket.names[index] as string;
        const candidate = name.slice(1);
        if (sameNameSpelling(key, candidate) && !onlyKindShared(key, candidate)) found.push(name);
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
        if (!name.startsWith('%') || known.has(name) || name.length < 4) continue;
        for (const spelling of spellingsOfKey(name.slice(1))) found.add(spelling);
      }
      return [...found];
    },
  };
}
