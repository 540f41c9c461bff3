/**
 * Binary search over anything sorted, by index: the first index in [0, length) where `isAfter`
 * holds, or `length` when it never does. `isAfter` must be false for a prefix and true for the rest
 * (e.g. `i => items[i].start > offset`). Every "which block / line / token holds this offset" lookup
 * in the engine goes through here instead of a hand-written loop.
 */
export function firstIndex(length: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last item starting at or before `offset` (items sorted by start), or -1. */
export function lastStartingAt<T extends { start: number }>(items: readonly T[], offset: number): number {
  return firstIndex(items.length, (i) => items[i].start > offset) - 1;
}
