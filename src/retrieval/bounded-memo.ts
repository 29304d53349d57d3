/**
 * A function's results kept for the inputs seen recently (words and names recur across the passages of an index
 * build): forgotten all at once when `limit` inputs are held, so memory stays bounded without bookkeeping per entry.
 * The results are shared: callers must not change them. `keyOf` names inputs that stand for the same one (a
 * statement by its serial); by default the input itself is the key.
 */
export function boundedMemo<Input, Output, Key = Input>(
  limit: number,
  compute: (input: Input) => Output,
  keyOf: (input: Input) => Key = (input) => input as unknown as Key,
): (input: Input) => Output {
  const known = new Map<Key, Output>();
  return (input) => {
    const key = keyOf(input);
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const output = compute(input);
    if (known.size >= limit) known.clear();
    known.set(key, output);
    return output;
  };
}
