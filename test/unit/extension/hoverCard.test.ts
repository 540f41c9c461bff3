import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { buildHoverCard, CARD_COMMANDS, checklist } from '../../../src/extension/hoverCard';
import { claimAt, spanOf } from '../fixtures/claims';

const text = '"For now, we are not talking," Izvestia cited Kozhin as saying.';
const quote = claimAt(text, '"For now, we are not talking,"', 'quote', {
  speaker: { ...spanOf(text, 'Kozhin'), name: 'Vladimir Kozhin' },
  cue: spanOf(text, 'cited'),
  outlet: 'Izvestia',
  link: { status: 'none', url: null },
  fingerprint: 'quote:abc',
});

const card = (claim = quote, extra: Partial<Parameters<typeof buildHoverCard>[0]> = {}): string =>
  buildHoverCard({ claim, mark: undefined, dateline: null, documentUri: 'file:///a.md', diagnosticShown: true, ...extra });

/** The card's blocks: title, facts, checklist, actions (separated by blank lines). */
const blocks = (md: string): string[] => md.split('\n\n');

describe('buildHoverCard', () => {
  it('reads as title, one line of facts, checklist, actions', () => {
    const [title, facts, list, actions, ...rest] = blocks(card());
    expect(title).toBe('**Factdesk · Quote** · $(circle-large-outline) not verified');
    expect(facts).toBe('**Speaker:** Vladimir Kozhin (as “Kozhin”) · **Outlet:** Izvestia · **Source link:** none in this paragraph');
    expect(list.split('\n').every((l) => l.startsWith('- '))).toBe(true);
    expect(list).toContain('- Check the exact wording');
    const args = encodeURIComponent(JSON.stringify(['file:///a.md', 'quote:abc']));
    expect(actions).toBe(`[Insert source link…](command:factdesk.insertSourceLink?${args}) · [Mark verified](command:factdesk.markVerified?${args}) · [Ignore](command:factdesk.ignoreClaim?${args})`);
    expect(rest).toEqual([]);
  });

  it('does not repeat the claim text or the message the diagnostic already shows', () => {
    const md = card();
    expect(md).not.toContain('For now');
    expect(md).not.toContain(quote.message);
    expect(card(quote, { diagnosticShown: false })).toContain(quote.message);
  });

  it('escapes document text so it cannot add links or commands', () => {
    const t = 'A [man](command:x) said "no".';
    const claim = claimAt(t, '"no"', 'quote', { speaker: { ...spanOf(t, '[man](command:x)'), name: '[man](command:x)' } });
    const md = card(claim);
    expect(md).toContain('\\[man\\]\\(command\\:x\\)');
    const commands = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    expect(commands.length).toBe(3);
    for (const c of commands) expect(CARD_COMMANDS).toContain(c);
  });

  it('puts who verified a claim and when in the title, the note among the facts, and offers Mark unverified', () => {
    const md = card(quote, { mark: { state: 'verified', by: 'ana_b', at: '2024-03-01T10:15:00.000Z', kind: 'quote', code: 'quote', text: '', note: 'tape *12*' }, diagnosticShown: false });
    expect(blocks(md)[0]).toBe('**Factdesk · Quote** · $(pass-filled) verified by ana\\_b on 2024\\-03\\-01 10\\:15');
    expect(md).toContain('**Note:** “tape \\*12\\*”');
    expect(md).toContain('command:factdesk.markUnverified');
    expect(md).not.toContain('command:factdesk.markVerified');
  });

  it('offers Mark verified and Stop ignoring on an ignored claim', () => {
    const md = card(quote, { mark: { state: 'ignored', by: '', at: '2024-03-01T10:15:00.000Z', kind: 'quote', code: 'quote', text: '' } });
    expect(blocks(md)[0]).toContain('$(circle-slash) ignored on 2024\\-03\\-01 10\\:15');
    expect(md).toContain('[Stop ignoring](command:factdesk.markUnverified?');
    expect(md).toContain('[Mark verified](command:factdesk.markVerified?');
    expect(md).not.toContain('command:factdesk.ignoreClaim');
  });

  it('titles a sub-rule with kind and rule, and shows the resolved date with its dateline on the facts line', () => {
    const t = 'It happened on Friday.';
    const date = claimAt(t, 'on Friday', 'date-relative', { value: '2018-05-11', dateline: '2018-05-11' });
    const [title, facts] = blocks(card(date, { dateline: { value: '2018-05-11', origin: 'text' } }));
    expect(title).toBe('**Factdesk · Date — Relative date** · $(circle-large-outline) not verified');
    expect(facts).toBe('**Date:** 2018\\-05\\-11 · **Dateline:** 2018\\-05\\-11 (from the date line in the text)');
  });

  it('lists each check once: the rule check, then only kind checks it does not already say', () => {
    const t = 'It happened on Friday.';
    const list = blocks(card(claimAt(t, 'on Friday', 'date-relative')))[2].split('\n');
    expect(list).toEqual(['- Check the resolved calendar date is right for the dateline, and that the event happened then.', '- The weekday agrees with the date']);
    expect(checklist(['Check the source said this, and link the original statement.', 'The original statement or report is linked', 'Trimming changes nothing'])).toEqual(['Check the source said this, and link the original statement.', 'Trimming changes nothing']);
  });

  it('says a relative date is unresolved without a dateline', () => {
    const t = 'It happened on Friday.';
    expect(card(claimAt(t, 'on Friday', 'date-relative'))).toContain('**Dateline:** none found');
  });

  it('shows the canonical system name with its other spellings, and a placeholder link', () => {
    const t = 'S-300 and S300 and [Reuters](#).';
    const system = claimAt(t, 'S300', 'system-inconsistent', { canonical: 'S-300', variants: ['S-300', 'S300'] });
    expect(blocks(card(system))[1]).toBe('**Canonical name:** S\\-300 (also written S300)');
    const link = claimAt(t, '[Reuters](#)', 'link-placeholder', { url: '#' });
    expect(blocks(card(link))[1]).toBe('**Link:** placeholder “\\#”, no real source yet');
  });

  it('agrees with the engine on a placeholder source link: [a memo](https://example.com/memo) is no source', () => {
    const draft = '"We will cut the budget," Mayor Ana Ortiz said in [a memo](https://example.com/memo).';
    const { claims } = check(draft, { languageId: 'markdown' });
    expect(claims.map((c) => c.code).sort()).toEqual(['link-placeholder', 'quote', 'source-missing']);
    const spoken = claims.find((c) => c.code === 'quote');
    expect(spoken?.link).toEqual({ status: 'placeholder', url: 'https://example.com/memo' });
    const md = card(spoken);
    expect(md).toContain('**Source link:** only a placeholder (“https\\:\\/\\/example\\.com\\/memo”) in this paragraph');
    expect(md).not.toMatch(/Source link:\*\* (present|https)/);
  });

  it('shows the source link the engine found in the paragraph', () => {
    const draft = '"We will cut the budget," Mayor Ana Ortiz said in [a memo](https://city.gov/memo).';
    const spoken = check(draft, { languageId: 'markdown' }).claims.find((c) => c.code === 'quote');
    expect(spoken?.link).toEqual({ status: 'present', url: 'https://city.gov/memo' });
    expect(card(spoken)).toContain('**Source link:** https\\:\\/\\/city\\.gov\\/memo');
  });
});
