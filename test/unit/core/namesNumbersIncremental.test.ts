import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/core/analyze';

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
