import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/analyze';
import { SourceSet } from '../../../src/core/sources/sourceSet';
import { buildHoverCard } from '../../../src/extension/hoverCard';
import { passesMatchFilter } from '../../../src/extension/matchFilter';

// Invented draft and transcript.
const TRANSCRIPT = 'ORTIZ: We are not discussing any new fares *this* year.\n\nQ: Will the fares go up?\n';
const sources = SourceSet.build([{ path: 'sources/briefing.txt', text: TRANSCRIPT }]).set;
const DRAFT = '"We are not talking about any new fares this year," Mayor Lena Ortiz said. "The ferry will run all night," she added. "Will the fares go up?" Ortiz asked.';
const claims = check(DRAFT, { sources }).claims.filter((c) => c.kind === 'quote');
const card = (i: number): string => buildHoverCard({ claim: claims[i], mark: undefined, dateline: null, documentUri: 'file:///d.md', diagnosticShown: true });

describe('hover card: the source match', () => {
  it('an altered quote shows where it matched (a link that opens the source), the word diff and the source sentence, escaped', () => {
    const text = card(0);
    const args = encodeURIComponent(JSON.stringify(['file:///d.md', claims[0].fingerprint]));
    expect(text).toContain(`**In the sources:** the words differ — [sources\\/briefing\\.txt line 1](command:factdesk.openSourceAtMatch?${args}) · said by ORTIZ`);
    expect(text).toContain('**Source → quote:** We are not ~~discussing~~ **talking about** any new fares this year');
    expect(text).toContain('**The source says:** “We are not discussing any new fares \\*this\\* year\\.”');
    expect(text).toContain(`[Use the source’s wording](command:factdesk.useSourceWording?${args})`);
    expect(text).toContain(`[Mark verified](command:factdesk.markVerifiedAgainstSource?${args})`);
  });

  it('a quote in no source says so; one in someone else\'s turn names the speaker', () => {
    expect(card(1)).toContain('**In the sources:** not found in any of the draft’s sources');
    expect(card(2)).toContain('word for word — [sources\\/briefing\\.txt line 3]');
    expect(card(2)).toContain('said by Q');
  });
});

describe('Claims view filter by source match', () => {
  it('keeps the quotes with the chosen status, or every claim', () => {
    expect(claims.filter((c) => passesMatchFilter(c, 'altered')).map((c) => c.code)).toEqual(['quote-altered']);
    expect(claims.filter((c) => passesMatchFilter(c, 'not-found')).map((c) => c.code)).toEqual(['quote-not-in-source']);
    expect(claims.filter((c) => passesMatchFilter(c, 'verbatim')).map((c) => c.code)).toEqual(['quote-wrong-speaker']);
    expect(claims.filter((c) => passesMatchFilter(c, 'all'))).toHaveLength(claims.length);
    const unchecked = check(DRAFT).claims.filter((c) => passesMatchFilter(c, 'unchecked'));
    expect(unchecked.length).toBeGreaterThan(0);
  });
});
