import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';

const linkOf = (text: string, needle: string, languageId = 'markdown') => {
  const claim = check(text, { languageId }).claims.find((c) => c.text.includes(needle));
  if (!claim) throw new Error(`no claim on ${needle}`);
  return claim.link;
};

describe("a claim's paragraph link", () => {
  it('is present for an http(s) link, a defined reference or a sourced footnote, with its URL', () => {
    const text = 'He said so, officials said.\n\nShe said so, officials said [here](https://a.example/x).\n\nThey said so, officials said [it][1].\n\nWe said so, officials said.[^2]\n\n[1]: https://b.example/y\n[^2]: Reuters, https://c.example/z\n';
    expect(linkOf(text, 'He said')).toEqual({ status: 'none', url: null });
    expect(linkOf(text, 'She said')).toEqual({ status: 'present', url: 'https://a.example/x' });
    expect(linkOf(text, 'They said')).toEqual({ status: 'present', url: 'https://b.example/y' });
    expect(linkOf(text, 'We said')).toEqual({ status: 'present', url: 'https://c.example/z' });
  });

  it('is a placeholder for #, TODO, example.com or an undefined reference, and agrees with source-missing', () => {
    for (const link of ['[Reuters](#)', '[Reuters](TODO)', '[a memo](https://example.com/memo)', '[Reuters][nowhere]']) {
      const text = `Prices rose, officials said, citing ${link}.`;
      const { claims } = check(text);
      expect(claims.find((c) => c.code === 'attribution-anonymous')?.link?.status, link).toBe('placeholder');
      expect(claims.some((c) => c.code === 'source-missing'), link).toBe(true);
    }
  });

  it('counts an http:// link as a source (flagged only as insecure) and a bare URL in plain text', () => {
    expect(linkOf('Prices rose, officials said (http://a.example/x).', 'officials')?.status).toBe('present');
    expect(linkOf('Prices rose, officials said. https://a.example/x', 'officials', 'plaintext')).toEqual({ status: 'present', url: 'https://a.example/x' });
  });
});
