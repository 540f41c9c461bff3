import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/analyze';
import { renderCsv, renderJson, renderMarkdown, renderSarif, renderText, type JsonClaim, type ReportFile } from '../../../src/core/report';
import { buildHoverCard } from '../../../src/extension/hoverCard';

const TEXT = 'The city signed a $12 million contract with the dredgers.\n\nThe contract, worth $12.5 million, covers the whole river, Mayor Lena Ortiz said. Ortiz left early. Ortis stayed.\n';

function file(): ReportFile {
  return { path: 'drafts/dredging.md', text: TEXT, analysis: check(TEXT), status: () => undefined };
}

describe('number and name claims in every report', () => {
  it('JSON: the value object of the contract, and the other mentions of the quantity', () => {
    const claims = JSON.parse(renderJson([file()])).files[0].claims as JsonClaim[];
    const first = claims.find((c) => c.text === '$12 million')!;
    expect(first).toMatchObject({ kind: 'number', code: 'number', value: { amount: 12e6, unit: 'USD', currency: 'USD', per: null, approx: false } });
    expect(first.related).toEqual([{ text: '$12.5 million', start: TEXT.indexOf('$12.5'), end: TEXT.indexOf('$12.5') + 13 }]);
    expect(claims.find((c) => c.text === '$12.5 million')).toMatchObject({ code: 'number-inconsistent', severity: 'warning' });
    expect(claims.find((c) => c.code === 'name-inconsistent')).toMatchObject({ kind: 'name', text: 'Ortis', canonical: 'Ortiz' });
  });

  it('CSV, Markdown, SARIF and text show the normalized value and the finding', () => {
    expect(renderCsv([file()])).toContain(',number,number,info,$12 million,,,,"12,000,000 USD",');
    const markdown = renderMarkdown([file()]);
    expect(markdown).toContain('### Numbers (2)');
    expect(markdown).toContain('Value: 12,500,000 USD');
    expect(markdown).toContain('Compare: “$12 million”');
    expect(markdown).toContain('### Names (1)');
    const sarif = JSON.parse(renderSarif([file()], { toolVersion: '0.0.0' }));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['number', 'number-inconsistent', 'name-inconsistent']));
    expect(renderText([file()])).toMatch(/warning\s+number-inconsistent\s+12,500,000 USD here, but 12,000,000 USD earlier for the same contract/);
  });

  it('hover: the normalized value and every other mention of the same quantity', () => {
    const claim = check(TEXT).claims.find((c) => c.code === 'number-inconsistent')!;
    const card = buildHoverCard({ claim, mark: undefined, dateline: null, documentUri: 'file:///d.md', diagnosticShown: true });
    expect(card).toContain('**Factdesk · Number — Number stated two ways**');
    // Rendered Markdown: the escapes show as "12,500,000 USD".
    expect(card).toContain('**Value:** 12\\,500\\,000 USD');
    expect(card).toContain("**Other mentions of this quantity:** “\\$12 million”");
  });
});
