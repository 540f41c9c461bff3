import { describe, expect, it } from 'vitest';
import { claimsIn, paragraphAround, placeholderName, samePlaceholders } from '../../../src/extension/bulkSelection';
import { claimAt } from '../fixtures/claims';

const TEXT = 'First [Reuters](#) said one thing.\n\nThe mayor said another, [reuters](#) added.\n  \nLast, [AP](#) and [Reuters][1].\n';

describe('bulk selection', () => {
  it('finds the paragraph around the cursor, blank lines with spaces included', () => {
    const second = TEXT.indexOf('The mayor');
    expect(paragraphAround(TEXT, second + 3)).toEqual({ start: second, end: TEXT.indexOf('\n  \n') });
    expect(paragraphAround(TEXT, 2)).toEqual({ start: 0, end: TEXT.indexOf('\n\n') });
    expect(TEXT.slice(paragraphAround(TEXT, TEXT.length - 2).start)).toBe('Last, [AP](#) and [Reuters][1].\n');
  });

  it('takes the claims a selection or paragraph touches', () => {
    const items = ['[Reuters](#)', '[reuters](#)', '[AP](#)'].map((t) => ({ claim: claimAt(TEXT, t, 'link-placeholder') }));
    expect(claimsIn(items, paragraphAround(TEXT, TEXT.indexOf('mayor'))).map((i) => i.claim.text)).toEqual(['[reuters](#)']);
    expect(claimsIn(items, { start: 0, end: TEXT.indexOf('mayor') }).map((i) => i.claim.text)).toEqual(['[Reuters](#)']);
  });

  it('groups placeholder links by the outlet they name, whatever the case', () => {
    const claims = [claimAt(TEXT, '[Reuters](#)', 'link-placeholder'), claimAt(TEXT, '[reuters](#)', 'link-placeholder'), claimAt(TEXT, '[AP](#)', 'link-placeholder'), claimAt(TEXT, 'The mayor said another', 'attribution')];
    expect(placeholderName(claims[0])).toBe('Reuters');
    expect(samePlaceholders(claims, claims[1]).map((c) => c.text)).toEqual(['[Reuters](#)', '[reuters](#)']);
    expect(samePlaceholders(claims, claims[3])).toEqual([]);
  });
});
