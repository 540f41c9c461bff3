import { describe, expect, it } from 'vitest';
import { firstIndex, lastStartingAt } from '../../../src/core/sorted';

describe('binary search', () => {
  const starts = [0, 10, 20, 30];
  it('finds the first index where the predicate turns true, or the length', () => {
    expect(firstIndex(starts.length, (i) => starts[i] >= 20)).toBe(2);
    expect(firstIndex(starts.length, (i) => starts[i] >= 21)).toBe(3);
    expect(firstIndex(starts.length, (i) => starts[i] >= 99)).toBe(4);
    expect(firstIndex(starts.length, () => true)).toBe(0);
    expect(firstIndex(0, () => true)).toBe(0);
  });
  it('finds the last item starting at or before an offset', () => {
    const items = starts.map((start) => ({ start }));
    expect(lastStartingAt(items, 0)).toBe(0);
    expect(lastStartingAt(items, 19)).toBe(1);
    expect(lastStartingAt(items, 20)).toBe(2);
    expect(lastStartingAt(items, 1000)).toBe(3);
    expect(lastStartingAt(items, -1)).toBe(-1);
    expect(lastStartingAt([], 5)).toBe(-1);
  });
});
