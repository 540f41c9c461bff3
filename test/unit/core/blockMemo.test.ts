import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/core/analyze';
import { BlockMemo } from '../../../src/core/blockMemo';

describe('BlockMemo', () => {
  it('computes a value once per text while runs keep using it, and forgets it after a run that did not', () => {
    const memo = new BlockMemo();
    let computed = 0;
    const read = (text: string): number => memo.get('len', text, () => (computed++, text.length));
    memo.nextRun();
    expect(read('alpha')).toBe(5);
    memo.nextRun();
    expect(read('alpha')).toBe(5);
    expect(computed).toBe(1);
    memo.nextRun();
    read('beta');
    memo.nextRun();
    read('alpha');
    expect(computed).toBe(3);
  });

  it('gives one id per text while it is in use, and never an id another text had', () => {
    const memo = new BlockMemo();
    memo.nextRun();
    const first = memo.idOf('ids', 'Kozhin said');
    const other = memo.idOf('ids', 'Lavrov said');
    memo.nextRun();
    expect(memo.idOf('ids', 'Kozhin said')).toBe(first);
    expect(other).not.toBe(first);
    memo.nextRun();
    memo.nextRun();
    expect([first, other]).not.toContain(memo.idOf('ids', 'Kozhin said'));
  });
});

describe('name and number checks across edits', () => {
  it('move their findings with the text when an edit above shifts the paragraphs', () => {
    const analyzer = new Analyzer();
    const body = 'Mira Castellano spoke. Castellano left. Castelano said no.\n\nThe pier cost $12 million.\n\nThe pier cost $14 million.\n';
    const before = analyzer.run(body, { languageId: 'plaintext' }).claims.filter((c) => c.code.endsWith('-inconsistent'));
    const shifted = analyzer.run(`A new first paragraph.\n\n${body}`, { languageId: 'plaintext' }).claims.filter((c) => c.code.endsWith('-inconsistent'));
    expect(before.map((c) => [c.code, c.text])).toEqual([['name-inconsistent', 'Castelano'], ['number-inconsistent', '$14 million']]);
    expect(shifted.map((c) => [c.code, c.text])).toEqual(before.map((c) => [c.code, c.text]));
    expect(shifted.map((c) => c.start)).toEqual(before.map((c) => c.start + 24));
    expect(shifted.map((c) => c.related?.map((s) => s.start))).toEqual(before.map((c) => c.related?.map((s) => s.start + 24)));
  });
});
