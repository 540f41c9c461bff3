import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { parseConfig } from '../../../src/core/config';
import { containsPhrase, normalizePhrase } from '../../../src/core/refiners/ignored';

const DRAFT = 'The Harbor Shield battery fired twice on Friday, the ministry said.\n\nThe harbor shield battery is not new, said Mara Venn, a retired colonel.\n';

describe('the ignore list (Never flag "X")', () => {
  it('drops claims whose text is or contains a listed phrase, whatever the case and spacing', () => {
    const options = { extraSystems: ['Harbor Shield'], dateline: '2026-11-30' };
    const before = analyze(DRAFT, options);
    expect(before.some((c) => c.kind === 'system')).toBe(true);
    expect(before.some((c) => c.kind === 'date')).toBe(true);
    const after = analyze(DRAFT, { ...options, ignore: ['harbor  shield', 'on Friday'] });
    expect(after.some((c) => c.kind === 'system')).toBe(false);
    expect(after.some((c) => c.kind === 'date')).toBe(false);
    expect(after.length).toBeGreaterThan(0);
  });

  it('matches whole words only', () => {
    expect(containsPhrase(normalizePhrase('Reuters reported'), normalizePhrase('Reuter'))).toBe(false);
    expect(containsPhrase(normalizePhrase('as Venn’s aide said'), normalizePhrase("Venn's aide"))).toBe(true);
    expect(containsPhrase('the (harbor shield)', 'harbor shield')).toBe(true);
  });

  it('is a .factdesk.json key whose bad entries are named', () => {
    expect(parseConfig({ ignore: ['Harbor Shield', 3] }, '.factdesk.json')).toEqual({ options: { ignore: ['Harbor Shield'] }, errors: ['.factdesk.json: "ignore[1]" must be a non-empty string, not a number'] });
  });
});
