import { describe, expect, it } from 'vitest';
import { RULE_CODES, RULES, ruleDocUrl } from '../../../src/core/claims';
import { LineIndex } from '../../../src/core/lineIndex';
import { artifactUri, csvCell, renderCsv, renderJson, renderMarkdown, renderReport, renderSarif, renderText, toJsonReport, type ClaimStatus, type JsonClaim } from '../../../src/core/report';
import { assertValidSarif } from './sarifShape';
import { CLAIMS, TEXT, reportFile } from './reportFixture';

const verifiedQuote = (c: { code: string }): ClaimStatus | undefined =>
  c.code === 'quote' ? { verified: true, by: 'desk', at: '2024-03-09T10:00:00Z', note: 'tape 2', link: 'https://example.org/tape' } : c.code === 'quote-term' ? { verified: false, ignored: true } : undefined;

const CONTRACT_FIELDS = ['kind', 'code', 'severity', 'start', 'end', 'range', 'text', 'message', 'speaker', 'source', 'cue', 'outlet', 'value', 'canonical', 'url', 'verified'];

describe('JSON report', () => {
  it('keeps the PRODUCT.md contract: every field present, text equal to the file slice, ranges from LineIndex', () => {
    const report = JSON.parse(renderJson([reportFile()]));
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(file.path).toBe('drafts/bridge story.md');
    expect(file.dateline).toBe('2024-03-08');
    expect(file.claims).toHaveLength(CLAIMS.length);
    const lines = new LineIndex(TEXT);
    for (const c of file.claims as JsonClaim[]) {
      for (const field of CONTRACT_FIELDS) expect(c, field).toHaveProperty(field);
      expect(c.text).toBe(TEXT.slice(c.start, c.end));
      expect(c.range).toEqual({ start: lines.positionAt(c.start), end: lines.positionAt(c.end) });
      expect(c.verified).toBe(false);
    }
    const quote = file.claims.find((c: JsonClaim) => c.code === 'quote');
    // The emoji is a surrogate pair: offsets and characters count UTF-16 code units; line 3 ends in \r\n.
    expect(quote.range.start).toEqual({ line: 3, character: TEXT.split('\n')[3].indexOf('"') });
    expect(quote.speaker).toEqual({ text: 'Ana Ruiz', start: TEXT.indexOf('Ana Ruiz'), end: TEXT.indexOf('Ana Ruiz') + 8, name: 'Ana Ruiz' });
    expect(quote.source).toBeNull();
    const anonymous = file.claims.find((c: JsonClaim) => c.code === 'attribution-anonymous');
    expect(anonymous.source).toMatchObject({ text: 'Officials', anonymous: true });
    expect(anonymous.speaker).toBeNull();
    expect(file.claims.find((c: JsonClaim) => c.code === 'system')).toMatchObject({ canonical: 'S-300', variants: ['S-300s'] });
    expect(file.claims.find((c: JsonClaim) => c.code === 'link-placeholder')).toMatchObject({ url: '#', value: null, outlet: null });
  });

  it('says null when there is no dateline and carries verification state', () => {
    const file = reportFile(verifiedQuote);
    file.analysis = { ...file.analysis, dateline: null };
    const [out] = toJsonReport([file]).files;
    expect(out.dateline).toBeNull();
    const quote = out.claims.find((c) => c.code === 'quote');
    expect(quote).toMatchObject({ verified: true, verifiedBy: 'desk', verifiedAt: '2024-03-09T10:00:00Z', note: 'tape 2', link: 'https://example.org/tape' });
    expect(out.claims.find((c) => c.code === 'quote-term')).toMatchObject({ verified: false, ignored: true });
  });
});

describe('SARIF report', () => {
  const log = JSON.parse(renderSarif([reportFile(verifiedQuote)], { toolVersion: '1.2.3' }));

  it('has the fields SARIF 2.1.0 requires, with every rule and its help link', () => {
    assertValidSarif(log);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'factdesk', version: '1.2.3' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_CODES);
    for (const r of driver.rules) {
      expect(r.helpUri).toBe(ruleDocUrl(r.id));
      expect(r.shortDescription.text).toBe(RULES[r.id as keyof typeof RULES].title);
    }
    expect(driver.rules.find((r: { id: string }) => r.id === 'quote-unattributed').defaultConfiguration.level).toBe('warning');
    expect(driver.rules.find((r: { id: string }) => r.id === 'quote-term').defaultConfiguration.level).toBe('note');
  });

  it('locates each result with 1-based lines and UTF-16 columns, levels and fingerprints', () => {
    const results = log.runs[0].results;
    expect(results).toHaveLength(CLAIMS.length);
    const lines = new LineIndex(TEXT);
    results.forEach((r: Record<string, any>, i: number) => {
      const claim = CLAIMS[i];
      expect(r.ruleId).toBe(claim.code);
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(claim.code);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('drafts/bridge%20story.md');
      const start = lines.positionAt(claim.start);
      const end = lines.positionAt(claim.end);
      expect(loc.region).toMatchObject({ startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, charOffset: claim.start, charLength: claim.end - claim.start });
      expect(r.partialFingerprints['factdesk/v1']).toBe(claim.fingerprint);
    });
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'attribution-anonymous').level).toBe('warning');
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'quote-term').level).toBe('note');
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'quote').suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted' });
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'system').suppressions).toBeUndefined();
  });

  it('writes artifact URIs relative with forward slashes, or as file URIs when absolute', () => {
    expect(artifactUri('./a/b c#1.md')).toBe('a/b%20c%231.md');
    expect(artifactUri('C:\\news\\a.md')).toBe('file:///C:/news/a.md');
    expect(artifactUri('/srv/news/a.md')).toBe('file:///srv/news/a.md');
  });
});

describe('Markdown checklist', () => {
  const md = renderMarkdown([reportFile(verifiedQuote)]);

  it('lists claims per kind as task items with line, details, status and what to check', () => {
    expect(md).toContain('## drafts/bridge story.md');
    expect(md).toContain('Dateline: 2024-03-08 (from front matter)');
    expect(md).toContain('7 claims · 5 unverified');
    const order = ['### Quotes (2)', '### Attributions (2)', '### Dates (1)', '### Named systems (1)', '### Links and sources (1)'].map((h) => md.indexOf(h));
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]))).toBe(true);
    expect(md).toContain('- [x] Line 4 · Direct quote (`quote`): "We \\*will\\* \\[rebuild\\]\\(x\\) the 😀 bridge."');
    expect(md).toContain('  - Speaker: Ana Ruiz');
    expect(md).toContain('  - Status: verified by desk on 2024-03-09T10:00:00Z');
    expect(md).toContain('- [x] Line 5 · Quoted term (`quote-term`)');
    expect(md).toContain('- [ ] Line 5 · Anonymous source (`attribution-anonymous`): Officials said');
    expect(md).toContain('  - Source: Officials (anonymous)');
    expect(md).toContain('  - Date: 2024-03-08 (resolved against 2024-03-08)');
    expect(md).toContain('  - System: S-300');
    expect(md).toContain('  - URL: \\#');
    for (const c of CLAIMS) expect(md).toContain(`  - Check: ${RULES[c.code].check}`);
  });

  it('never lets draft text become markup', () => {
    const hostile = reportFile();
    hostile.path = '<img src=x onerror=alert(1)>.md';
    const out = renderMarkdown([hostile]);
    expect(out).not.toMatch(/[^\\]<img/);
    expect(out).toContain('## \\<img src=x onerror=alert\\(1\\)\\>.md');
    expect(out).not.toMatch(/[^\\]\[rebuild\]/);
  });

  it('summarises several files and says when a file has no claims or no dateline', () => {
    const empty = { path: 'empty.txt', text: '', analysis: { claims: [], dateline: null, notices: [] } };
    const out = renderMarkdown([reportFile(), empty]);
    expect(out).toContain('2 files · 7 claims · 7 unverified');
    expect(out).toContain('Dateline: none found');
    expect(out).toContain('No claims found.');
  });
});

describe('CSV report', () => {
  it('writes a header and one RFC 4180 row per claim, safe against formula injection', () => {
    const csv = renderCsv([reportFile(verifiedQuote)]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv.split('\r\n').slice(0, -1);
    expect(rows[0]).toBe('path,line,column,kind,code,severity,text,speaker,source,outlet,value,canonical,url,verified,by,at,note,link,match');
    expect(rows).toHaveLength(CLAIMS.length + 1);
    expect(rows[3]).toBe('drafts/bridge story.md,4,32,quote,quote,info,"""We *will* [rebuild](x) the 😀 bridge.""",Ana Ruiz,,,,,,yes,desk,2024-03-09T10:00:00Z,tape 2,https://example.org/tape,');
    expect(rows.find((r) => r.includes(',system,'))).toContain(',S-300,');
  });

  it('quotes separators and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(4)).toBe('4');
  });
});

describe('text report', () => {
  it('prints path:line:col severity code message and a summary', () => {
    const out = renderText([reportFile(verifiedQuote)]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^drafts\/bridge story\.md:4:1 {2}info {5}attribution {13}Attributed statement\.$/);
    expect(out).toMatch(/drafts\/bridge story\.md:5:1 {2}warning {2}attribution-anonymous {3}Anonymous source\./);
    expect(out).toContain('Direct quote.  (verified)');
    expect(lines[lines.length - 1]).toBe('7 claims · 5 unverified in 1 file (2 warning, 4 info, 1 hint)');
  });

  it('renderReport dispatches every format', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown', 'csv'] as const) {
      expect(renderReport(format, [reportFile()], { toolVersion: '0.0.0' }).length).toBeGreaterThan(0);
    }
  });
});
