import { describe, expect, it } from 'vitest';
import { buildHoverCard, CARD_COMMANDS } from '../../../src/extension/hoverCard';
import { claimAt, spanOf } from '../fixtures/claims';

const text = '"For now, we are [not](command:x) talking," Izvestia cited Kozhin as saying.';
const quote = claimAt(text, '"For now, we are [not](command:x) talking,"', 'quote', {
  speaker: { ...spanOf(text, 'Kozhin'), name: 'Vladimir Kozhin' },
  cue: spanOf(text, 'cited'),
  outlet: 'Izvestia',
  fingerprint: 'quote:abc',
});

describe('buildHoverCard', () => {
  it('shows kind, speaker, outlet, status, checklist and Factdesk command links', () => {
    const card = buildHoverCard({ claim: quote, mark: undefined, dateline: null, documentUri: 'file:///a.md', hasSourceLink: false });
    expect(card).toContain('**Factdesk · Quote** — Direct quote (quote)');
    expect(card).toContain('**Speaker:** Vladimir Kozhin (as “Kozhin”)');
    expect(card).toContain('**Through outlet:** Izvestia');
    expect(card).toContain('**Source link:** none in this paragraph');
    expect(card).toContain('**Status:** not verified');
    expect(card).toContain('- Check the exact wording');
    const args = encodeURIComponent(JSON.stringify(['file:///a.md', 'quote:abc']));
    expect(card).toContain(`[Insert source link…](command:factdesk.insertSourceLink?${args})`);
    expect(card).toContain(`(command:factdesk.markVerified?${args})`);
  });

  it('escapes document text so it cannot add links or commands', () => {
    const card = buildHoverCard({ claim: quote, mark: undefined, dateline: null, documentUri: 'file:///a.md', hasSourceLink: null });
    expect(card).toContain('\\[not\\]\\(command\\:x\\)');
    const commands = [...card.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(CARD_COMMANDS).toContain(c);
  });

  it('shows who verified a claim, when, and the note, and offers Mark unverified', () => {
    const card = buildHoverCard({
      claim: quote,
      mark: { state: 'verified', by: 'ana_b', at: '2024-03-01T10:15:00.000Z', kind: 'quote', code: 'quote', text: '', note: 'tape *12*' },
      dateline: null,
      documentUri: 'file:///a.md',
      hasSourceLink: true,
    });
    expect(card).toContain('verified by ana\\_b on 2024\\-03\\-01 10\\:15 — “tape \\*12\\*”');
    expect(card).toContain('command:factdesk.markUnverified');
    expect(card).not.toContain('command:factdesk.markVerified');
  });

  it('offers Mark verified and Stop ignoring on an ignored claim', () => {
    const card = buildHoverCard({ claim: quote, mark: { state: 'ignored', by: '', at: '2024-03-01T10:15:00.000Z', kind: 'quote', code: 'quote', text: '' }, dateline: null, documentUri: 'u', hasSourceLink: null });
    expect(card).toContain('$(circle-slash) ignored on 2024\\-03\\-01 10\\:15');
    expect(card).toContain('[Stop ignoring](command:factdesk.markUnverified?');
    expect(card).toContain('[Mark verified](command:factdesk.markVerified?');
    expect(card).not.toContain('command:factdesk.ignoreClaim');
  });

  it('shows the resolved date and where the dateline came from', () => {
    const t = 'It happened on Friday.';
    const date = claimAt(t, 'on Friday', 'date-relative', { value: '2018-05-11', dateline: '2018-05-11' });
    const card = buildHoverCard({ claim: date, mark: undefined, dateline: { value: '2018-05-11', origin: 'text' }, documentUri: 'u', hasSourceLink: null });
    expect(card).toContain('**Date:** 2018\\-05\\-11');
    expect(card).toContain('**Dateline:** 2018\\-05\\-11 (from the date line in the text)');
  });

  it('says a relative date is unresolved without a dateline', () => {
    const t = 'It happened on Friday.';
    const date = claimAt(t, 'on Friday', 'date-relative');
    expect(buildHoverCard({ claim: date, mark: undefined, dateline: null, documentUri: 'u', hasSourceLink: null })).toContain('none found');
  });

  it('shows the canonical system name with its other spellings, and placeholder link status', () => {
    const t = 'S-300 and S300 and [Reuters](#).';
    const system = claimAt(t, 'S300', 'system-inconsistent', { canonical: 'S-300', variants: ['S-300', 'S300'] });
    expect(buildHoverCard({ claim: system, mark: undefined, dateline: null, documentUri: 'u', hasSourceLink: null })).toContain('**Canonical name:** S\\-300 — also written S300');
    const link = claimAt(t, '[Reuters](#)', 'link-placeholder', { url: '#' });
    expect(buildHoverCard({ claim: link, mark: undefined, dateline: null, documentUri: 'u', hasSourceLink: null })).toContain('**Link:** placeholder “\\#”');
  });
});
