import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

/** Pieces of date-like prose, glued at random: every parser family, plus noise and surrogate pairs. */
const PIECES = [
  'on Friday', 'May', '11', ',', '2018', 'last', 'month', 'the', 'third', 'quarter', 'ago', 'two days', 'in', 'spring',
  'now', 'for', 'Sept.', '30', '1990s', "'70s", 'fiscal', 'year-end', 'Thanksgiving', '9/30/2017', '3/4', '10:30', '%', '$',
  '😀', '—', '"', '.', '\n', '  ', 'yesterday', 'week', 'nineteen ninety-six', 'mid-', 'Q3', 'will', 'said', 'until',
];

describe('date claims on arbitrary input', () => {
  it('always have exact, ordered, non-overlapping ranges and a value', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom('2018-05-11', null), (pieces, dateline) => {
        const text = pieces.join(' ');
        const dates = analyze(text, { dateline, languageId: 'plaintext' }).filter((c) => c.kind === 'date');
        let last = 0;
        for (const c of dates) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.text).toBe(text.slice(c.start, c.end));
          expect(c.value).toBeTruthy();
          last = c.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finishes on long pathological runs', () => {
    for (const text of ['2018 '.repeat(5000), 'in' + ' '.repeat(20000) + 'May', '1'.repeat(50000), 'the end of the '.repeat(3000), '12/12/'.repeat(3000)]) {
      expect(() => analyze(text, { dateline: '2018-05-11', languageId: 'plaintext' })).not.toThrow();
    }
  });
});
