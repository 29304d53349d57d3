/**
 * A function's results kept for the inputs seen recently (words and names recur across the passages of an index
 * build): forgotten all at once when `limit` inputs are held, so memory stays bounded without bookkeeping per entry.
 * The results are shared: callers must not change them.
 */
export function boundedMemo<Input, Output>(limit: number, compute: (input: Input) => Output): (input: Input) => Output {
  const known = new Map<Input, Output>();
  return (input) => {
    const hit = known.get(input);
    if (hit !== undefined) return hit;
    const output = compute(input);
    if (known.size >= limit) known.clear();
    known.set(input, output);
    return output;
  };
}
