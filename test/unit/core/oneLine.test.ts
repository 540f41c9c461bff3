/** A claim across a soft line break: its message, Problems row, SARIF result and CSV row stay on one line. */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { renderReport } from '../../../src/core/report';

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
});
