/** Disable comments, as the CLI and the extension see them: through the engine's claims. */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';

const SYSTEMS = 'The S-300 arrived.';
const codesOn = (text: string, needle: string): string[] => {
  const at = text.indexOf(needle);
  return check(text, { languageId: 'markdown' }).claims.filter((c) => c.start >= at && c.start < at + needle.length).map((c) => c.code);
};

describe('disable comments', () => {
  it('factdesk-disable-next-line switches a rule off on the next line only', () => {
    const text = `<!-- factdesk-disable-next-line system -->\nThe S-300 arrived.\nThe S-400 followed.\n`;
    expect(codesOn(text, 'S-300')).toEqual([]);
    expect(codesOn(text, 'S-400')).toEqual(['system']);
  });

  it('factdesk-disable-next-line without a rule switches every rule off on that line', () => {
    const text = `<!-- factdesk-disable-next-line -->\n"We are ready," Ana Diaz said on Friday.\n\n"We are ready," Ana Diaz said on Friday.\n`;
    const { claims } = check(text, { dateline: '2024-03-08' });
    const second = text.lastIndexOf('"We');
    expect(claims.filter((c) => c.start < second)).toEqual([]);
    expect(claims.filter((c) => c.start >= second).map((c) => c.code)).toContain('quote');
  });

  it('factdesk-disable … factdesk-enable switches rules off between the two, by code or kind', () => {
    const text = `${SYSTEMS}\n\n<!-- factdesk-disable system quote -->\n\n"A pasted transcript," the host said of the S-400.\n\n<!-- factdesk-enable system quote -->\n\nThe S-500 was next, "a new one," she said.\n`;
    expect(codesOn(text, 'S-300')).toEqual(['system']);
    expect(codesOn(text, '"A pasted transcript," the host said of the S-400.')).not.toContain('system');
    expect(codesOn(text, '"A pasted transcript," the host said of the S-400.').some((c) => c.startsWith('quote'))).toBe(false);
    expect(codesOn(text, 'S-500')).toEqual(['system']);
  });

  it('factdesk-disable without a rule is a range of all rules, closed by a bare factdesk-enable', () => {
    const text = `<!-- factdesk-disable -->\n${SYSTEMS}\n<!-- factdesk-enable -->\n\nThe S-400 followed.\n`;
    expect(codesOn(text, 'S-300')).toEqual([]);
    expect(codesOn(text, 'S-400')).toEqual(['system']);
  });

  it('an unclosed factdesk-disable still covers the whole draft, wherever it stands', () => {
    const text = `${SYSTEMS}\n\n<!-- factdesk-disable system -->\n`;
    expect(codesOn(text, 'S-300')).toEqual([]);
  });

  it('leaves other rules alone and ignores comments inside code', () => {
    const text = '```\n<!-- factdesk-disable system -->\n```\n\nThe S-300 arrived.\n';
    expect(codesOn(text, 'S-300')).toEqual(['system']);
    const other = `<!-- factdesk-disable-next-line date -->\n${SYSTEMS}\n`;
    expect(codesOn(other, 'S-300')).toEqual(['system']);
  });
});
