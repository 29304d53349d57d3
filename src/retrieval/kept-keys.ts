/**
 * Keys made from a text with a fixed mark (`@` + a concept id, `ʋ` + a word's spelling, a word's key + `°`), kept as
 * one string per text and mark: the same concepts and words come back in passage after passage of an index build,
 * and a kept string is made, and its hash worked out, once (each map is emptied when it reaches its limit).
 */
const keptKeys = new Map<string, Map<string, string>>();
const keptKeysLimit = 50_000;

/** `make(text)`, kept by `kind` (one per way of making) and `text`. */
export function keptKey(kind: string, text: string, make: (text: string) => string): string {
  let byText = keptKeys.get(kind);
  if (byText === undefined) {
    byText = new Map();
    keptKeys.set(kind, byText);
  }
  let key = byText.get(text);
  if (key === undefined) {
    key = make(text);
    if (byText.size >= keptKeysLimit) byText.clear();
    byText.set(text, key);
  }
  return key;
}

const makeConceptKey = (conceptId: string) => `@${conceptId}`;
const makeMarkedKey = (key: string) => `${key}°`;

/** A concept's key (`@` + its id), as the BM25 terms and the answerer's sentence keys hold it. */
export const conceptKey = (conceptId: string): string => keptKey('@', conceptId, makeConceptKey);

/** A marked Vietnamese word's folded key as a passage's BM25 terms hold it (`°` after it, see lexical-terms.ts). */
export const markedFoldedKey = (key: string): string => keptKey('°', key, makeMarkedKey);

/** Word pairs' keys (`left_right`) by their left key, then their right one; emptied when it holds keptPairsLimit. */
const keptPairs = new Map<string, Map<string, string>>();
const keptPairsLimit = 100_000;
let keptPairCount = 0;

/**
 * A word pair's BM25 term (`left_right`), kept as one string per pair: a pair is met again in passage after passage,
 * and a kept string is flat and its hash worked out once, where a new joined string is hashed (and flattened) at
 * every look-up of the build's term numbers. `left` and `right` are keys (themselves kept, so looked up cheaply).
 */
export function pairKey(left: string, right: string): string {
  let byRight = keptPairs.get(left);
  if (byRight === undefined) {
    byRight = new Map();
    keptPairs.set(left, byRight);
  }
  let key = byRight.get(right);
  if (key === undefined) {
    key = `${left}_${right}`;
    if (keptPairCount >= keptPairsLimit) {
      keptPairs.clear();
      keptPairCount = 0;
      keptPairs.set(left, byRight);
      byRight.clear();
    }
    byRight.set(right, key);
    keptPairCount += 1;
  }
  return key;
}
