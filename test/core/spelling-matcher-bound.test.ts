/**
 * The spelling matcher sets keys aside by their letter counts before working out a spelling distance: the bound is
 * never above the distance (so it never sets aside a key sameNameSpelling accepts, and the matcher finds what comparing
 * every key finds), and it does set aside keys whose letters differ widely.
 */
import { describe, expect, it } from 'vitest';
import { looseKeyDistance, looseNameKey, sameNameSpelling, spellingAllowance } from '../../src/knowledge/romanize.js';
import { countLetters, createSpellingMatcher, surelyFartherThan } from '../../src/retrieval/spelling-matcher.js';

/** A small deterministic generator (the same keys every run). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const letters = 'aeioubdgklmnrsty';

/** A key with up to three letters changed, added or left out (the first letter kept). */
function variant(key: string, random: () => number): string {
  let result = key;
  const edits = Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = 1 + Math.floor(random() * Math.max(1, result.length - 1));
    const letter = letters.charAt(Math.floor(random() * letters.length));
    const kind = Math.floor(random() * 3);
    if (kind === 0) result = `${result.slice(0, at)}${letter}${result.slice(at + 1)}`;
    else if (kind === 1) result = `${result.slice(0, at)}${letter}${result.slice(at)}`;
    else if (result.length > 5) result = `${result.slice(0, at)}${result.slice(at + 1)}`;
  }
  return result;
}

const counted = (key: string) => {
  const counts = new Uint8Array(26);
  countLetters(key, counts);
  return counts;
};

describe('the letter-count bound of the spelling matcher', () => {
  it('sets aside no key within the distance it is given, and never one that spells the same name', () => {
    const random = generator(17);
    let accepted = 0;
    let setAside = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const length = 5 + Math.floor(random() * 10);
      let key = 'k';
      while (key.length < length) key += letters.charAt(Math.floor(random() * letters.length));
      const other = round % 2 === 0 ? variant(key, random) : variant(variant(variant(key, random), random), random);
      const distance = looseKeyDistance(key, other);
      for (const allowed of [0.6, 1.2, distance, 2.4])
        if (surelyFartherThan(counted(key), counted(other), 0, allowed)) {
          expect(distance).toBeGreaterThan(allowed);
          setAside += 1;
        }
      if (!sameNameSpelling(key, other)) continue;
      accepted += 1;
      const allowed = spellingAllowance(Math.max(key.length, other.length));
      expect(surelyFartherThan(counted(key), counted(other), 0, allowed)).toBe(false);
    }
    expect(accepted).toBeGreaterThan(1_000);
    expect(setAside).toBeGreaterThan(1_000);
  });

  it('sets aside keys whose letters differ widely', () => {
    expect(surelyFartherThan(counted('goldmansachs'), counted('gwbtrfpvzqk'), 0, 2.1)).toBe(true);
    expect(surelyFartherThan(counted('sododioin'), counted('sododioin'), 0, 0)).toBe(false);
  });

  it('finds the same spellings as comparing the key with every key of the knowledge base', () => {
    const random = generator(5);
    const keys: string[] = [];
    for (let index = 0; index < 400; index += 1) {
      const length = 5 + Math.floor(random() * 8);
      let key = letters.charAt(Math.floor(random() * 3));
      while (key.length < length) key += letters.charAt(Math.floor(random() * letters.length));
      keys.push(key);
    }
    const matcher = createSpellingMatcher(keys.map((key) => `%${key}`));
    for (let round = 0; round < 300; round += 1) {
      const asked = variant(keys[Math.floor(random() * keys.length)] as string, random);
      if (keys.includes(asked) || asked.length < 5) continue;
      const everyKey = keys.filter((key) => sameNameSpelling(asked, key)).map((key) => `%${key}`);
      const found = matcher.spellingsOf([`%${asked}`]);
      // The matcher also reads added vowels of short keys and leaves out names alike only by their kind's word.
      for (const spelling of everyKey) expect(found).toContain(spelling);
    }
    expect(matcher.spellingsOf([`%${looseNameKey('Studio Inyo')}`])).toEqual([]);
  });
});
