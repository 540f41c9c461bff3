// A hand-built checked file for the report tests: claims are written out here rather than found by the
// scanners, so these tests pin the report formats and not what the detectors currently find.
import { RULES, type Claim, type RuleCode } from '../../../src/core/claims';
import { fingerprint } from '../../../src/core/fingerprint';
import type { ReportFile } from '../../../src/core/report';
import { claimAt, spanOf } from '../fixtures/claims';

export const TEXT = [
  '---',
  'date: 2024-03-08',
  '---',
  'Mayor Ana Ruiz said on Friday: "We *will* [rebuild](x) the 😀 bridge."\r',
  'Officials said the =SUM(A1) plan, "costly", would use S-300s. See [memo](#).',
].join('\n');

function at(needle: string): { start: number; end: number; text: string } {
  return spanOf(TEXT, needle);
}

export function claim(code: RuleCode, needle: string, extra: Partial<Claim> = {}): Claim {
  const rule = RULES[code];
  return claimAt(TEXT, needle, code, { message: `${rule.title}.`, fingerprint: fingerprint(rule.kind, needle, null), ...extra });
}

export const CLAIMS: Claim[] = [
  claim('attribution', 'Mayor Ana Ruiz said', { source: { ...at('Mayor Ana Ruiz'), anonymous: false }, cue: at('said') }),
  claim('date-relative', 'on Friday', { value: '2024-03-08', dateline: '2024-03-08', message: 'Relative date: Friday 2024-03-08.' }),
  claim('quote', '"We *will* [rebuild](x) the 😀 bridge."', { speaker: { ...at('Ana Ruiz'), name: 'Ana Ruiz' }, cue: at('said') }),
  claim('attribution-anonymous', 'Officials said', { source: { ...at('Officials'), anonymous: true }, cue: at('said the') }),
  claim('quote-term', '"costly"'),
  claim('system', 'S-300s', { canonical: 'S-300', variants: ['S-300s'] }),
  claim('link-placeholder', 'memo', { url: '#' }),
];

export function reportFile(status?: ReportFile['status']): ReportFile {
  return {
    path: 'drafts\\bridge story.md',
    text: TEXT,
    analysis: { claims: CLAIMS, dateline: { value: '2024-03-08', origin: 'front-matter', start: 10, end: 20 }, notices: [] },
    status,
  };
}
