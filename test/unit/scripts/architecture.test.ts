/** The standards a reader relies on across src: no import cycles, no module over 400 lines. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, type ImportGraph } from '../../../scripts/importGraph';

const REPO = path.resolve(__dirname, '../../..');
const SRC = path.join(REPO, 'src');

describe('the shape of src', () => {
  it('has no import cycle (type-only imports included)', () => {
    const cycles = findCycles(importGraph(SRC), REPO).map((c) => c.join(' → '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph: ImportGraph = new Map([
      ['/r/a.ts', ['/r/b.ts']],
      ['/r/b.ts', ['/r/c.ts']],
      ['/r/c.ts', ['/r/a.ts']],
      ['/r/d.ts', ['/r/a.ts']],
    ]);
    expect(findCycles(graph, '/r')).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(new Map([['/r/a.ts', ['/r/b.ts']], ['/r/b.ts', []]]), '/r')).toEqual([]);
  });

});
