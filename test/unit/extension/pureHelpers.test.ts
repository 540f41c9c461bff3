import { describe, expect, it } from 'vitest';
import { disableRuleEdit, disableRuleForClaimEdit } from '../../../src/extension/disableRuleEdit';
import { check } from '../../../src/core';
import { knownSourcesFor, parseSourcesRegistry } from '../../../src/extension/knownSources';
import { statusText } from '../../../src/extension/claimState';
import { validateDateline } from '../../../src/extension/datelineInput';
import { adjacentClaim } from '../../../src/extension/navigation';
import { readWithin, urlFromClipboard, validateSourceUrl } from '../../../src/extension/sourceUrl';
import { reviewerName } from '../../../src/extension/reviewerName';
import { utf8Length } from '../../../src/extension/utf8';
import { applyEdits } from '../../../src/extension/textEdit';
import { claimAt } from '../fixtures/claims';

describe('source URL validation', () => {
  it('accepts http and https only, with a clear message otherwise', () => {
    expect(validateSourceUrl('https://www.reuters.com/x')).toBeUndefined();
    expect(validateSourceUrl(' http://a.example ')).toBeUndefined();
    expect(validateSourceUrl('javascript:alert(1)')).toBe('Only http:// and https:// links are accepted as sources, not "javascript:".');
    expect(validateSourceUrl('command:factdesk.markVerified')).toMatch(/Only http/);
    expect(validateSourceUrl('www.reuters.com')).toMatch(/not a URL/);
    expect(validateSourceUrl('')).toMatch(/Enter the source URL/);
  });
  it('prefills from the clipboard only when it holds one URL', () => {
    expect(urlFromClipboard(' https://a.example/story \n')).toBe('https://a.example/story');
    expect(urlFromClipboard('see https://a.example')).toBeUndefined();
    expect(urlFromClipboard('file:///etc/passwd')).toBeUndefined();
  });
  it('gives up on a clipboard that is denied or never answers', async () => {
    expect(await readWithin(() => Promise.resolve('https://a.example'), 50)).toBe('https://a.example');
    expect(await readWithin(() => Promise.reject(new Error('NotAllowedError')), 50)).toBe('');
    expect(await readWithin(() => new Promise<string>(() => undefined), 20)).toBe('');
    expect(await readWithin(() => { throw new Error('no clipboard'); }, 20)).toBe('');
  });
});

/** The draft's source links as the engine reports them to the extension. */
const linksOf = (text: string) => check(text, { languageId: 'markdown' }).links;

describe('known sources', () => {
  const registry = parseSourcesRegistry('{"Reuters": "https://www.reuters.com", "Izvestia": "https://iz.ru"}', 'sources.json');
  it('matches registry names and earlier document links to an outlet or source name', () => {
    const text = 'As [the Izvestia daily](https://iz.ru/1) said. Later: Izvestia cited him.';
    const found = knownSourcesFor(['Izvestia daily'], registry, linksOf(text), text.indexOf('Later'));
    expect(found).toEqual([
      { name: 'Izvestia', url: 'https://iz.ru', origin: 'registry' },
      { name: 'the Izvestia daily', url: 'https://iz.ru/1', origin: 'document' },
    ]);
    expect(knownSourcesFor(['Kommersant'], registry, linksOf(text), text.length)).toEqual([]);
  });
  it('ignores links after the claim and reads reference definitions', () => {
    const text = 'Reuters said. [Reuters][r]\n\n[r]: https://r.example/a\n';
    expect(knownSourcesFor(['Reuters'], {}, linksOf(text), 5)).toEqual([]);
    expect(knownSourcesFor(['Reuters'], {}, linksOf(text), text.length)).toEqual([{ name: 'Reuters', url: 'https://r.example/a', origin: 'document' }]);
  });
  it('rejects a registry that is not a name → http(s) URL map, naming the file', () => {
    expect(() => parseSourcesRegistry('{"A": "ftp://x"}', '.factdesk/sources.json')).toThrow('.factdesk/sources.json: the entry "A" is not an http(s) URL.');
    expect(() => parseSourcesRegistry('[1]', 'r.json')).toThrow('r.json must be an object');
    expect(() => parseSourcesRegistry('{', 'r.json')).toThrow(/r\.json is not valid JSON/);
  });
});

describe('disable rule comment', () => {
  it('goes at the top, or after front matter', () => {
    expect(applyEdits('Text.\n', [disableRuleEdit('Text.\n', 'system')!])).toBe('<!-- factdesk-disable system -->\n\nText.\n');
    const fm = '---\r\ndate: 2018-05-11\r\n---\r\nText.';
    expect(applyEdits(fm, [disableRuleEdit(fm, 'quote-term')!])).toBe('---\r\ndate: 2018-05-11\r\n---\r\n<!-- factdesk-disable quote-term -->\r\n\r\nText.');
  });
  it('gives the lightbulb the same edit without parsing the draft', () => {
    for (const text of ['Text.\n', '---\r\ndate: 2018-05-11\r\n---\r\nText.', '---\ntitle: x\nno close', '\uFEFF---\na: b\n...\nBody', `---\n${'x\n'.repeat(600)}---\nb`]) {
      expect(disableRuleForClaimEdit(text, 'system')).toEqual(disableRuleEdit(text, 'system'));
    }
  });
  it('does nothing when the rule is already disabled for the whole file, by code, kind or all', () => {
    expect(disableRuleEdit('<!-- factdesk-disable date system -->\nx', 'system')).toBeNull();
    expect(disableRuleEdit('x\n\n<!-- factdesk-disable quote -->\n', 'quote-term')).toBeNull();
    expect(disableRuleEdit('<!-- factdesk-disable all -->\nx', 'date-relative')).toBeNull();
  });
  it('still adds the comment when the rule is disabled only for a range or the next line', () => {
    expect(disableRuleEdit('<!-- factdesk-disable system -->\nx\n<!-- factdesk-enable system -->\n', 'system')).not.toBeNull();
    expect(disableRuleEdit('<!-- factdesk-disable-next-line system -->\nx\n', 'system')).not.toBeNull();
  });
  it('treats an unclosed front matter as none, as the engine does', () => {
    expect(applyEdits('---\ntitle: x\nno close', [disableRuleEdit('---\ntitle: x\nno close', 'system')!])).toBe('<!-- factdesk-disable system -->\n\n---\ntitle: x\nno close');
  });
});

describe('next / previous unverified claim', () => {
  const text = 'a b c d';
  const claims = ['a', 'b', 'c', 'd'].map((n) => claimAt(text, n, 'system'));
  const open = (c: { text: string }): boolean => c.text !== 'c';
  it('moves forward and back, skipping verified claims, and wraps', () => {
    expect(adjacentClaim(claims, 0, 'next', open)?.text).toBe('b');
    expect(adjacentClaim(claims, 2, 'next', open)?.text).toBe('d');
    expect(adjacentClaim(claims, 6, 'next', open)?.text).toBe('a');
    expect(adjacentClaim(claims, 6, 'previous', open)?.text).toBe('b');
    expect(adjacentClaim(claims, 0, 'previous', open)?.text).toBe('d');
    expect(adjacentClaim(claims, 0, 'next', () => false)).toBeUndefined();
  });
});

describe('small pure pieces', () => {
  it('validates a dateline entry', () => {
    expect(validateDateline('2018-05-11')).toBeUndefined();
    expect(validateDateline('')).toBeUndefined();
    expect(validateDateline('2018-02-30')).toMatch(/YYYY-MM-DD/);
    expect(validateDateline('May 11')).toMatch(/YYYY-MM-DD/);
  });
  it('words the status bar', () => {
    expect(statusText(1, 0)).toBe('1 claim · 0 unverified');
    expect(statusText(32, 30)).toBe('32 claims · 30 unverified');
  });
});

describe('the reviewer written into verification records', () => {
  const none = { setting: undefined, git: undefined, osUser: undefined, remote: false };
  it('is the setting, else git user.name, else the OS user', () => {
    expect(reviewerName({ ...none, setting: ' Dana Whitlock ', git: 'dw', osUser: 'dana' })).toBe('Dana Whitlock');
    expect(reviewerName({ ...none, setting: '', git: 'Dana W.', osUser: 'dana' })).toBe('Dana W.');
    expect(reviewerName({ ...none, osUser: 'dana' })).toBe('dana');
  });
  it('never records the remote machine\'s account', () => {
    expect(reviewerName({ ...none, osUser: 'codespace', remote: true })).toBe('');
    expect(reviewerName({ ...none, git: 'Dana W.', osUser: 'root', remote: true })).toBe('Dana W.');
  });
});

describe('UTF-8 size without Buffer', () => {
  it('counts one to four bytes per character', () => {
    for (const text of ['', 'plain', 'café', '“quoted” — €', 'emoji 🗞️ news', 'lone \ud800 surrogate']) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
