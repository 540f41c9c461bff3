import { describe, expect, it } from 'vitest';
import { sourceLinkEdits } from '../../../src/extension/sourceLinkEdits';
import { applyEdits } from '../../../src/extension/textEdit';
import { claimAt, spanOf } from '../fixtures/claims';

const URL = 'https://example.org/story';

describe('sourceLinkEdits', () => {
  it('replaces the # of a placeholder link, whatever the style', () => {
    const text = 'By [Reuters](#)\n\nMore text.';
    const claim = claimAt(text, '[Reuters](#)', 'link-placeholder', { url: '#' });
    for (const style of ['inline', 'reference', 'footnote'] as const) {
      const edits = sourceLinkEdits({ text, claim, url: URL, style, languageId: 'markdown' });
      expect(applyEdits(text, edits)).toBe(`By [Reuters](${URL})\n\nMore text.`);
    }
  });

  it('replaces a placeholder when the claim covers only the link text, and an empty destination', () => {
    const text = 'See [the report]() today.';
    const claim = claimAt(text, 'the report', 'link-placeholder', { url: '' });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'inline', languageId: 'markdown' }))).toBe(`See [the report](${URL}) today.`);
  });

  it('replaces a placeholder in a reference definition', () => {
    const text = 'Per [Reuters][r].\n\n[r]: #\n';
    const claim = claimAt(text, '[Reuters][r]', 'link-placeholder', { url: '#' });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'inline', languageId: 'markdown' }))).toBe(`Per [Reuters][r].\n\n[r]: ${URL}\n`);
  });

  it('wraps an attribution source in an inline link', () => {
    const text = 'The Izvestia daily cited an aide as saying so.';
    const claim = claimAt(text, 'The Izvestia daily cited an aide as saying', 'attribution', { source: { ...spanOf(text, 'Izvestia daily'), anonymous: false } });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'inline', languageId: 'markdown' }))).toBe(`The [Izvestia daily](${URL}) cited an aide as saying so.`);
  });

  it('writes reference links with the next free label and a definition at the end', () => {
    const text = 'Officials said it, per [AP][1].\n\n[1]: https://ap.example\n';
    const claim = claimAt(text, 'Officials said', 'attribution', { source: { ...spanOf(text, 'Officials'), anonymous: true } });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'reference', languageId: 'markdown' }))).toBe(`[Officials][2] said it, per [AP][1].\n\n[1]: https://ap.example\n[2]: ${URL}\n`);
  });

  it('reads definitions as the engine does: one shown in a code block is not a definition', () => {
    const text = 'Officials said it.\n\n```\n[1]: https://example.com/sample\n```\n';
    const claim = claimAt(text, 'Officials said', 'attribution', { source: { ...spanOf(text, 'Officials'), anonymous: true } });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'reference', languageId: 'markdown' }))).toBe(`[Officials][1] said it.\n\n\`\`\`\n[1]: https://example.com/sample\n\`\`\`\n\n[1]: ${URL}\n`);
  });

  it('adds a footnote after a quote, keeping CRLF line ends', () => {
    const text = '"We are not talking," Kozhin said.\r\nEnd';
    const claim = claimAt(text, '"We are not talking,"', 'quote', { speaker: { ...spanOf(text, 'Kozhin'), name: 'Vladimir Kozhin' } });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'footnote', languageId: 'markdown' }))).toBe(`"We are not talking,"[^1] Kozhin said.\r\nEnd\r\n\r\n[^1]: ${URL}\r\n`);
  });

  it('inserts an inline link named after the outlet after a quote', () => {
    const text = '"Everything it needed," Izvestia cited Kozhin as saying.';
    const claim = claimAt(text, '"Everything it needed,"', 'quote', { outlet: 'Izvestia' });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: 'https://x.example/a (b)', style: 'inline', languageId: 'markdown' }))).toBe(
      '"Everything it needed," ([Izvestia](https://x.example/a%20%28b%29)) Izvestia cited Kozhin as saying.',
    );
  });

  it('writes the bare URL in parentheses in plain text', () => {
    const text = 'Officials said it.';
    const claim = claimAt(text, 'Officials said', 'attribution', { source: { ...spanOf(text, 'Officials'), anonymous: true } });
    expect(applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'inline', languageId: 'plaintext' }))).toBe(`Officials (${URL}) said it.`);
  });

  it('does not wrap a source that is already link text; adds the new link after that link', () => {
    const text = 'By [Reuters](https://r.example) said.';
    const claim = claimAt(text, 'Reuters', 'attribution', { source: { ...spanOf(text, 'Reuters'), anonymous: false } });
    const out = applyEdits(text, sourceLinkEdits({ text, claim, url: URL, style: 'inline', languageId: 'markdown' }));
    expect(out).toBe(`By [Reuters](https://r.example) ([Reuters](${URL})) said.`);
  });
});
