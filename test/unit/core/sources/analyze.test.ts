import { describe, expect, it } from 'vitest';
import { Analyzer, check } from '../../../../src/core/analyze';
import { SourceSet } from '../../../../src/core/sources/sourceSet';

// Invented draft and transcript.
const TRANSCRIPT = 'Q: Will the fares go up this year?\n\nORTIZ: We are not discussing any new fares this year. The budget is settled.\n';
const sources = SourceSet.build([{ path: 'sources/briefing.txt', text: TRANSCRIPT }]).set;

const claimsOf = (draft: string) => check(draft, { sources }).claims.filter((c) => c.kind === 'quote');

describe('quote claims against sources', () => {
  it('a verbatim quote keeps its quote note and gets the match', () => {
    const [claim] = claimsOf('"We are not discussing any new fares this year," Mayor Lena Ortiz said.');
    expect(claim.code).toBe('quote');
    expect(claim.match).toMatchObject({ status: 'verbatim', file: 'sources/briefing.txt', line: 3, speaker: 'ORTIZ' });
  });

  it('an altered quote is a quote-altered warning whose message shows the diff, and its fix is in draft offsets', () => {
    const draft = 'Mayor Lena Ortiz said: "We are not talking about any new fares this year."';
    const [claim] = claimsOf(draft);
    expect(claim).toMatchObject({ code: 'quote-altered', severity: 'warning' });
    expect(claim.message).toBe('Differs from sources/briefing.txt line 3: We are not [-discussing-] {+talking about+} any new fares this year.');
    const fix = claim.match!.fix!;
    expect(draft.slice(0, fix.start) + fix.text + draft.slice(fix.end)).toBe('Mayor Lena Ortiz said: "We are not discussing any new fares this year."');
  });

  it('a quote in no source is quote-not-in-source', () => {
    const [claim] = claimsOf('"The ferry will run all night from spring," Ortiz said.');
    expect(claim.code).toBe('quote-not-in-source');
    expect(claim.match?.status).toBe('not-found');
  });

  it('words from another speaker\'s turn are quote-wrong-speaker', () => {
    const [claim] = claimsOf('"Will the fares go up this year?" Mayor Lena Ortiz asked.');
    expect(claim.code).toBe('quote-wrong-speaker');
    expect(claim.message).toBe('Found in sources/briefing.txt line 1, where Q says it, not Lena Ortiz.');
  });

  it('an unattributed quote keeps its own warning, and the source finding is a second claim', () => {
    const codes = claimsOf('The hall was full. "We are not talking about any new fares this year."').map((c) => c.code);
    expect(codes.sort()).toEqual(['quote-altered', 'quote-unattributed']);
  });

  it('no sources: every match is null and no source rule fires', () => {
    const claims = check('"We are not talking about any new fares this year," Ortiz said.').claims;
    expect(claims.every((c) => c.match === null)).toBe(true);
    expect(claims.some((c) => c.code.startsWith('quote-') && c.code !== 'quote-unattributed')).toBe(false);
  });

  it('a keystroke elsewhere keeps an unchanged quote\'s match (same object from the memo)', () => {
    const analyzer = new Analyzer();
    const draft = '"We are not discussing any new fares this year," Ortiz said.\n\nThe hall was full.';
    const before = analyzer.run(draft, { sources }).claims.find((c) => c.kind === 'quote');
    const after = analyzer.run(draft.replace('full', 'packed'), { sources }).claims.find((c) => c.kind === 'quote');
    expect(after?.match).toBe(before?.match);
  });
});

describe('source rules switched off', () => {
  it('leave the quote as it was, with its match, instead of dropping it', () => {
    const draft = '"We are not talking about any new fares this year," Mayor Lena Ortiz said.';
    const off = check(draft, { sources, disabledRules: ['quote-altered'] }).claims.filter((c) => c.kind === 'quote');
    expect(off.map((c) => [c.code, c.match?.status])).toEqual([['quote', 'altered']]);
    const comment = check(`<!-- factdesk-disable quote-altered -->\n\n${draft}`, { sources }).claims.filter((c) => c.kind === 'quote');
    expect(comment.map((c) => c.code)).toEqual(['quote']);
  });
});
