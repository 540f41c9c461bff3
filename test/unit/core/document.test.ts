import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';

describe('document model', () => {
  it('keeps offsets exact while blanking markup, with CRLF line ends', () => {
    const text = '---\r\ndate: 2024-03-01\r\n---\r\n# A *big* day\r\n\r\nShe said `code` and [Reuters](#) <!-- note -->.\r\n';
    const doc = parseDocument(text);
    expect(doc.masked.length).toBe(text.length);
    expect(doc.frontMatter?.get('date')?.value).toBe('2024-03-01');
    const [heading, paragraph] = doc.blocks;
    expect(heading.kind).toBe('heading');
    expect(heading.text.trim()).toBe('A  big  day');
    expect(paragraph.text).toBe(`She said ${' '.repeat(6)} and  Reuters ${' '.repeat(17)}.`);
    expect(doc.links).toHaveLength(1);
    expect(text.slice(doc.links[0].textStart, doc.links[0].textEnd)).toBe('Reuters');
    expect(doc.links[0].url).toBe('#');
  });

  it('skips fenced code and reads factdesk-disable comments', () => {
    const doc = parseDocument('```\n"not a quote," he said\n```\n\n<!-- factdesk-disable system quote-term -->\nText.');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Text.']);
    expect(doc.suppressions.names).toEqual(['system', 'quote-term']);
  });

  it('reads plain text as paragraphs split by blank lines', () => {
    const doc = parseDocument('First line\nsame para.\n\n# not a heading', 'plaintext');
    expect(doc.blocks.map((b) => b.text)).toEqual(['First line\nsame para.', '# not a heading']);
  });
});

describe('document model: comments inside a line', () => {
  it('records no link inside an HTML comment in the middle of a prose line', () => {
    const doc = parseDocument('Text <!-- [x](#) --> more [Reuters](https://reuters.com).');
    expect(doc.links.map((l) => l.url)).toEqual(['https://reuters.com']);
  });
});
