/** The standards a reader relies on across src: no import cycles, no module over 400 lines. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, sourceFiles, type ImportGraph } from '../../../scripts/importGraph';

const REPO = path.resolve(__dirname, '../../..');
const SRC = path.join(REPO, 'src');
const MAX_LINES = 400;

/** Lines as `wc -l` counts them, plus a last line without a newline. */
function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

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

  it(`has no module over ${MAX_LINES} lines`, () => {
    const long = sourceFiles(SRC)
      .map((file) => ({ file: path.relative(REPO, file), lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter((m) => m.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
