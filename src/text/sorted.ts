/**
 * The index of the last number of an ascending list that is at or before
 * `value`, by binary search; -1 where every number is after it.
 * Example: lastAtOrBefore([0, 10, 20], 15) = 1.
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
