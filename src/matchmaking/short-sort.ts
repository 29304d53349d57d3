/**
 * Sorting the short lists a digest sorts a few hundred thousand times (a pair's met needs, the posting lists one scan
 * reads): `Array.prototype.sort` allocates a work array on every call, even for two entries, and a digest spent a
 * tenth of what it allocated there.
 */

/** Lists longer than this go to `Array.prototype.sort`. */
const shortLength = 32;

/**
 * Sorts the list in place and returns it, in the order `Array.prototype.sort` gives: stable (equal entries keep their
 * order), by a comparison that orders consistently; an insertion sort for short lists, with nothing allocated.
 */
export function sortShort<Item>(list: Item[], compare: (left: Item, right: Item) => number): Item[] {
  if (list.length > shortLength) return list.sort(compare);
  for (let position = 1; position < list.length; position += 1) {
    const item = list[position] as Item;
    let at = position - 1;
    for (; at >= 0 && compare(list[at] as Item, item) > 0; at -= 1) list[at + 1] = list[at] as Item;
    list[at + 1] = item;
  }
  return list;
}
