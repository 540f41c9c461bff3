/** A claim across a soft line break: its message, Problems row, SARIF result and CSV row stay on one line. */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { renderReport } from '../../../src/core/report';
import { oneLine } from '../../../src/core/text/oneLine';

const draft = 'The council met on\nFriday, officials\r\nsaid.\n';

describe('whitespace in messages and reports', () => {
  const analysis = check(draft, { dateline: '2024-03-08' });
  const friday = analysis.claims.find((c) => c.code === 'date-relative');

  it('keeps the claim text exact but writes its message on one line', () => {
    expect(friday?.text).toBe('on\nFriday');
    expect(friday?.message).toContain('"on Friday"');
    for (const c of analysis.claims) expect(c.message, c.code).not.toMatch(/[\r\n\t]|\s{2}/);
  });

  it('writes SARIF messages and snippets and CSV cells without line breaks', () => {
    const files = [{ path: 'a.md', text: draft, analysis }];
    const sarif = JSON.parse(renderReport('sarif', files, { toolVersion: '0.0.0' })) as { runs: { results: { message: { text: string }; locations: { physicalLocation: { region: { snippet: { text: string } } } }[] }[] }[] };
    const results = sarif.runs[0].results;
    expect(results.length).toBe(analysis.claims.length);
    for (const r of results) {
      expect(r.message.text).not.toMatch(/[\r\n]/);
      expect(r.locations[0].physicalLocation.region.snippet.text).not.toMatch(/[\r\n]/);
    }
    const csv = renderReport('csv', files, { toolVersion: '0.0.0' });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(analysis.claims.length + 1);
    expect(rows.some((r) => r.includes(',on Friday,'))).toBe(true);
  });

  it('folds every kind of whitespace JavaScript knows, as the regex definition does', () => {
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    let seed = 5;
    const pick = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let i = 0; i < 400; i++) {
      let s = '';
      for (let j = 0; j < 8; j++) s += pick(2) ? spaces[pick(spaces.length)] : 'ab—é'[pick(4)];
      expect(oneLine(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }
  });
});
