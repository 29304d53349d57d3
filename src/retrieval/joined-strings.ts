/**
 * Strings joined from two strings, one string per pair met recently (a name's window of words, a BM25 word pair):
 * an index build meets the same pairs in passage after passage, and a string joined anew is flattened and hashed
 * again by every map it is looked up in (the name keys' memo, the kept keys, the term numbers), where a kept one
 * carries its hash and is found by identity. The strings are equal to joining them; each joiner empties its table
 * when it holds `limit` strings.
 */
export type Joiner = (left: string, right: string) => string;

export function createJoiner(separator: string, limit = 100_000): Joiner {
  const byLeft = new Map<string, Map<string, string>>();
  let count = 0;
  return (left, right) => {
    let byRight = byLeft.get(left);
    if (byRight === undefined) {
      if (count >= limit) {
        byLeft.clear();
        count = 0;
      }
      byRight = new Map();
      byLeft.set(left, byRight);
    }
    let joined = byRight.get(right);
    if (joined === undefined) {
      if (count >= limit) {
        byLeft.clear();
        count = 0;
        byLeft.set(left, byRight);
        byRight.clear();
      }
      joined = `${left}${separator}${right}`;
      byRight.set(right, joined);
      count += 1;
    }
    return joined;
  };
}
