import { describe, expect, it } from 'vitest';
import { escapeMarkdown, excerpt } from '../../../src/core/text/markdownText';

describe('escapeMarkdown', () => {
  it('neutralises links, command URIs, emphasis, code spans and HTML', () => {
    const evil = '[click](command:factdesk.markVerified?%5B%5D) *bold* `code` <img src=x onerror=alert(1)> ![i](http://x)';
    const escaped = escapeMarkdown(evil);
    expect(escaped).not.toMatch(/(^|[^\\])[[\]()*`<>!]/);
    expect(escaped).toContain('command\\:factdesk');
    expect(escaped).toContain('\\<img src\\=x');
  });

  it('keeps the text readable once the escapes are removed', () => {
    const text = '"For now, we\'re not talking," Kozhin said — S-300s & more.';
    expect(escapeMarkdown(text).replace(/\\(.)/g, '$1')).toBe(text);
  });

  it('puts multi-line text on one line so it cannot start headings, lists or code blocks', () => {
    const escaped = escapeMarkdown('first\n# heading\n\n    indented\r\n- item');
    expect(escaped).not.toContain('\n');
    expect(escaped).toBe('first \\# heading indented \\- item');
  });

  it('escapes backslashes so an escape in the text cannot cancel ours', () => {
    expect(escapeMarkdown('\\[x](y)')).toBe('\\\\\\[x\\]\\(y\\)');
  });

  it('drops control characters', () => {
    expect(escapeMarkdown('a\u0000b\u001bc')).toBe('abc');
  });
});

describe('excerpt', () => {
  it('shortens long text without splitting a surrogate pair', () => {
    const text = 'a'.repeat(8) + '😀' + 'b'.repeat(10);
    const short = excerpt(text, 10);
    expect(short.endsWith('…')).toBe(true);
    expect(short).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
  it('leaves short text alone', () => {
    expect(excerpt('  He  said\nso. ')).toBe('He said so.');
  });
});
