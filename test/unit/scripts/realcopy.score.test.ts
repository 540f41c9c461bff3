import { describe, expect, it } from 'vitest';
import { emptyRealScore, pooled, ratio, scoreArticle, speakerRight, type RealGoldFile, type RealGoldSpan, type RealPredClaim } from '../../../scripts/realcopy/score';

/** The range of the nth occurrence of `words` in `text`. */
function at(text: string, words: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

const text = [
  'PRAGUE, March 3 - "We will not sign," Mayor Ana Kovac said on Friday.',
  'A city official said the Tatra T3 trams would go, and the official said so again.',
  'Critics call it a "vanity project". The T-3 was built in 1960.',
].join('\n');

function gold(spans: RealGoldSpan[]): RealGoldFile {
  return { url: 'https://example.test/story', sha256: '0'.repeat(64), dateline: '2024-03-03', split: 'dev', spans };
}

const spans: RealGoldSpan[] = [
  { ...at(text, 'PRAGUE, March 3'), type: 'ignore' },
  { ...at(text, '"We will not sign,"'), type: 'quote', quoteKind: 'speech', speaker: { ...at(text, 'Mayor Ana Kovac'), name: 'Ana Kovac' } },
  { ...at(text, 'on Friday'), type: 'date', value: '2024-03-01' },
  { ...at(text, 'A city official said'), type: 'attribution', source: at(text, 'A city official'), anonymous: true },
  { ...at(text, 'the official said'), type: 'attribution', source: at(text, 'the official'), anonymous: true },
  { ...at(text, 'Tatra T3'), type: 'system', canonical: 'Tatra T3', flag: 'system-inconsistent' },
  { ...at(text, '"vanity project"'), type: 'quote', quoteKind: 'term', speaker: null },
  { ...at(text, 'T-3'), type: 'system', canonical: 'Tatra T3', flag: 'system-inconsistent' },
  { ...at(text, 'in 1960'), type: 'date', value: '1960' },
];

function claim(range: { start: number; end: number }, kind: string, code: string, severity: string, extra: Partial<RealPredClaim> = {}): RealPredClaim {
  return { ...range, kind, code, severity, ...extra };
}

describe('real-copy scoring', () => {
  it('counts right and wrong claims per kind, speakers, anonymous recall and wrong warnings', () => {
    const claims: RealPredClaim[] = [
      claim(at(text, 'March 3'), 'date', 'date', 'info', { value: '2024-03-03' }), // on the wire dateline: not scored
      claim(at(text, '"We will not sign,"'), 'quote', 'quote', 'info', { speaker: { ...at(text, 'Ana Kovac'), name: 'Ana Kovac' } }),
      claim(at(text, 'on Friday'), 'date', 'date-relative', 'info', { value: '2024-03-08' }), // found, wrong value
      claim(at(text, 'A city official said'), 'attribution', 'attribution-anonymous', 'warning', { source: { ...at(text, 'A city official'), anonymous: true } }),
      claim(at(text, 'A city official said'), 'attribution', 'attribution-anonymous', 'warning'), // repeated: a wrong warning
      claim(at(text, 'Tatra T3'), 'system', 'system', 'info'),
      claim(at(text, 'T-3'), 'system', 'system-inconsistent', 'warning'),
      claim(at(text, '"vanity project"'), 'quote', 'quote-unattributed', 'warning'), // a term called speech: wrong claim and wrong warning
      claim(at(text, 'A city official said'), 'link', 'source-missing', 'info'),
    ];
    const score = emptyRealScore();
    scoreArticle('story', text, gold(spans), claims, score);

    expect(score.pred.quote).toEqual({ right: 1, total: 2 });
    expect(score.gold.quote).toEqual({ right: 1, total: 2 });
    expect(score.pred.date).toEqual({ right: 1, total: 1 });
    expect(score.gold.date).toEqual({ right: 1, total: 2 });
    expect(score.dateValues).toEqual({ right: 0, total: 1 });
    expect(score.pred.attribution).toEqual({ right: 2, total: 2 });
    expect(score.gold.attribution).toEqual({ right: 1, total: 2 });
    expect(score.gold.system).toEqual({ right: 2, total: 2 });
    expect(score.speakerP).toEqual({ right: 1, total: 1 });
    expect(score.speakerR).toEqual({ right: 1, total: 1 });
    expect(score.anonymousR).toEqual({ right: 1, total: 2 });
    expect(score.warnings).toEqual({ right: 2, total: 4 });
    expect(score.sourceMissing).toBe(1);
    expect(score.outputLines).toBe(8);
    expect(ratio(pooled(score.pred))).toBeCloseTo(6 / 7);
    expect(score.falsePositives.map((f) => f.what)).toEqual([
      'quote-unattributed',
      'date value 2024-03-08, gold 2024-03-01',
      'wrong warning attribution-anonymous (repeated)',
      'wrong warning quote-unattributed',
    ]);
  });

  it('judges a speaker by the gold name, or by a named mention the claim names no more than', () => {
    const mention = { ...at(text, 'Mayor Ana Kovac'), name: 'Ana Kovac' };
    expect(speakerRight(text, { ...at(text, 'Ana Kovac'), name: 'Kovac' }, mention)).toBe(true);
    expect(speakerRight(text, { ...at(text, 'Mayor Ana Kovac'), name: 'Mayor Ana' }, mention)).toBe(true);
    expect(speakerRight(text, { ...at(text, 'Mayor Ana Kovac'), name: 'Prague Mayor Ana' }, mention)).toBe(false);
    expect(speakerRight(text, { ...at(text, 'A city official'), name: 'A city official' }, mention)).toBe(false);
  });
});
