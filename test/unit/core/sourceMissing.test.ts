import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { parseConfig } from '../../../src/core/config';
import { parseDocument } from '../../../src/core/document';
import type { ClaimDraft } from '../../../src/core/draft';
import type { ScanContext } from '../../../src/core/scan';
import { flagMissingSources } from '../../../src/core/refiners/sourceMissing';

const context: ScanContext = { dateline: null, options: {} };

/** A hand-made quote or attribution draft over `phrase` (first occurrence at or after `from`). */
function draftOver(text: string, phrase: string, code: ClaimDraft['code'], from = 0, extra: Partial<ClaimDraft> = {}): ClaimDraft {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`fixture: "${phrase}" not in text`);
  return { code, start, end: start + phrase.length, message: code, ...extra };
}

function missing(text: string, drafts: ClaimDraft[]): ClaimDraft[] {
  return flagMissingSources(drafts, parseDocument(text), context).filter((d) => d.code === 'source-missing');
}

describe('source-missing', () => {
  it('adds one note per paragraph, over the paragraph, listing what needs a source in reading order', () => {
    const text = '"We will not sign," the minister said, and "never will," she added, according to aides.';
    const drafts = [
      draftOver(text, 'according to aides', 'attribution-anonymous'),
      draftOver(text, '"We will not sign,"', 'quote', 0, { speaker: { text: 'the minister', start: 21, end: 33, name: 'the minister' } }),
      draftOver(text, '"never will,"', 'quote-unattributed'),
    ];
    const found = missing(text, drafts);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(text);
    expect(found[0].speaker?.name).toBe('the minister');
    expect(found[0].message).toBe(
      'No source link in this paragraph for the quote (the minister), the unattributed quote and the anonymous attribution: link the original statement or report',
    );
  });

  it('names each source once and counts what does not fit', () => {
    const text = 'Ann said a. Bob said b. Cy said c. Di said d. Ed said e. Ann said f.';
    const drafts = ['Ann', 'Bob', 'Cy', 'Di', 'Ed'].map((who) =>
      draftOver(text, `${who} said`, 'attribution', 0, { source: { text: who, start: text.indexOf(who), end: text.indexOf(who) + who.length, anonymous: false } }),
    );
    drafts.push(draftOver(text, 'Ann said f', 'attribution', 0, { source: { text: 'Ann', start: 0, end: 3, anonymous: false } }));
    const [note] = missing(text, drafts);
    expect(note.message).toBe(
      'No source link in this paragraph for the attribution (Ann), the attribution (Bob), the attribution (Cy), the attribution (Di) and 1 more: link the original statement or report',
    );
  });

  it('handles every quote and attribution code, one note for each unsourced paragraph', () => {
    const codes: ClaimDraft['code'][] = ['quote', 'quote-unattributed', 'attribution', 'attribution-anonymous', 'attribution-secondhand'];
    const text = codes.map((c) => `Claim ${c} here.`).join('\n\n');
    const found = missing(text, codes.map((c) => draftOver(text, `Claim ${c}`, c)));
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(codes.map((c) => `Claim ${c} here.`));
  });

  it('is satisfied by an https or http link in the same paragraph', () => {
    const text = 'Officials said it was over, [Reuters](https://reuters.com/x) reported.\n\nThe mayor said so (http://city.gov/a).';
    expect(missing(text, [draftOver(text, 'Officials said', 'attribution'), draftOver(text, 'The mayor said', 'attribution')])).toEqual([]);
  });

  it('counts a bare URL or autolink at the end of the paragraph, or on its next line', () => {
    const text = 'The mayor said so. https://city.gov/a\n\nThe chief said so. <https://police.gov/b>\n\nThe judge said so.\nhttps://court.gov/c\n\nThe clerk said so.';
    const drafts = ['The mayor said', 'The chief said', 'The judge said', 'The clerk said'].map((p) => draftOver(text, p, 'attribution'));
    expect(missing(text, drafts).map((d) => text.slice(d.start, d.end))).toEqual(['The clerk said so.']);
  });

  it('does not let a link in the next paragraph source this one, with CRLF line ends', () => {
    const text = 'The mayor said so.\r\n\r\nhttps://city.gov/a';
    expect(missing(text, [draftOver(text, 'The mayor said', 'attribution')])).toHaveLength(1);
  });

  it('does not count a placeholder link as a source', () => {
    const text = 'Officials said it was over, [Reuters](#) reported.';
    expect(missing(text, [draftOver(text, 'Officials said', 'attribution')])).toHaveLength(1);
  });

  it('does not count a link in another paragraph', () => {
    const text = 'The mayor said it was over.\n\nSee [the record](https://city.gov/r).';
    const found = missing(text, [draftOver(text, 'The mayor said', 'attribution', 0, { source: { text: 'The mayor', start: 0, end: 9, anonymous: false } })]);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('No source link in this paragraph for the attribution (The mayor): link the original statement or report');
  });

  it('counts a reference link whose definition is elsewhere', () => {
    const text = 'The mayor said it, [the council][c] confirmed.\n\n[c]: https://city.gov/c';
    expect(missing(text, [draftOver(text, 'The mayor said', 'attribution')])).toEqual([]);
  });

  it('counts a footnote whose definition holds a source URL, as the footnote link style writes it', () => {
    const text = 'The mayor said it was over.[^1]\n\nThe chief said so too.[^2]\n\n[^1]: https://city.gov/m\n[^2]: TODO';
    const drafts = [draftOver(text, 'The mayor said', 'attribution'), draftOver(text, 'The chief said', 'attribution')];
    expect(missing(text, drafts).map((d) => text.slice(d.start, d.end))).toEqual(['The chief said so too.']);
  });

  it('finds the URL anywhere in a footnote definition', () => {
    const text = 'The mayor said it was over.[^a]\n\n[^a]: City Hall statement, https://city.gov/m, 12 May.';
    expect(missing(text, [draftOver(text, 'The mayor said', 'attribution')])).toEqual([]);
  });

  it('ignores other claims: dates and systems need no source link', () => {
    const text = 'The S-300 arrived on Friday.';
    expect(missing(text, [draftOver(text, 'S-300', 'system'), draftOver(text, 'Friday', 'date-relative')])).toEqual([]);
  });

  it('keeps the drafts it was given', () => {
    const text = 'The mayor said it was over.';
    const drafts = [draftOver(text, 'The mayor said', 'attribution')];
    expect(flagMissingSources(drafts, parseDocument(text), context).slice(0, 1)).toEqual(drafts);
  });

  it('runs in the engine: a quote with no link gets a source-missing claim, a linked one does not', () => {
    const text = '"We are ready," the general said on Monday.\n\n"We are ready," the general said, [TASS](https://tass.com/a) reported.';
    const notes = analyze(text).filter((c) => c.code === 'source-missing');
    expect(notes.every((c) => c.start < text.indexOf('\n\n'))).toBe(true);
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('hint');
    expect(notes[0].kind).toBe('link');
  });

  it('never shares a range with another finding', () => {
    const text = '"We are ready," the general said.\n\nA diplomat said talks would resume, and "soon," an aide added.';
    const claims = analyze(text, { languageId: 'plaintext' });
    const ranges = claims.map((c) => `${c.start}-${c.end}`);
    expect(new Set(ranges).size).toBe(ranges.length);
    expect(claims.filter((c) => c.code === 'source-missing').map((c) => c.text)).toEqual(['"We are ready," the general said.', 'A diplomat said talks would resume, and "soon," an aide added.']);
  });

  it('is switched off by the wire preset, and nothing else is', () => {
    const text = 'The talks will resume, a diplomat said.\n\n"We are ready," the general said.';
    const plain = analyze(text, { languageId: 'plaintext' });
    const wire = analyze(text, { languageId: 'plaintext', ...parseConfig({ preset: 'wire' }, 'f').options });
    expect(plain.filter((c) => c.code === 'source-missing')).toHaveLength(2);
    expect(wire.filter((c) => c.code === 'source-missing')).toEqual([]);
    expect(wire).toEqual(plain.filter((c) => c.code !== 'source-missing'));
  });
});
