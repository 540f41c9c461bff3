import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { corpusFile } from '../../../scripts/corpusDir';

function links(text: string) {
  return analyze(text)
    .filter((c) => c.code === 'link-placeholder' || c.code === 'link-insecure')
    .map((c) => ({ code: c.code, text: c.text, url: c.url, severity: c.severity, message: c.message }));
}

describe('link claims: placeholders', () => {
  it('flags [Reuters](#) over the whole link, so a code action can replace it', () => {
    const text = 'By [Reuters](#) in Moscow.';
    const [claim] = analyze(text).filter((c) => c.kind === 'link');
    expect(claim).toMatchObject({ code: 'link-placeholder', severity: 'warning', text: '[Reuters](#)', url: '#', start: 3, end: 15 });
    expect(claim.message).toBe('Placeholder link ("#"): replace it with the source URL');
  });

  it.each([
    ['an empty URL', '[the ministry]()', ''],
    ['TODO', '[the ministry](TODO)', 'TODO'],
    ['tbd in lower case', '[the ministry](tbd)', 'tbd'],
    ['XXX', '[the ministry](XxX)', 'XxX'],
    ['the word url', '[the ministry](url)', 'url'],
    ['the word link', '[the ministry](LINK)', 'LINK'],
    ['example.com', '[the ministry](http://example.com/statement)', 'http://example.com/statement'],
    ['www.example.org over https', '[the ministry](https://www.example.org)', 'https://www.example.org'],
    ['example.net', '[the ministry](https://example.net/a?b=1)', 'https://example.net/a?b=1'],
    ['a bare scheme', '[the ministry](https://)', 'https://'],
  ])('%s', (_, link, url) => {
    expect(links(`The statement came from ${link} on Monday.`)).toEqual([
      expect.objectContaining({ code: 'link-placeholder', text: link, url, severity: 'warning' }),
    ]);
  });

  it('flags a reference with no definition', () => {
    expect(links('Data from [the agency][stats].')).toEqual([
      {
        code: 'link-placeholder',
        text: '[the agency][stats]',
        url: '',
        severity: 'warning',
        message: 'Reference link [stats] has no definition: add the source URL',
      },
    ]);
  });

  it('flags the reference, not its definition, when the definition is a placeholder', () => {
    expect(links('Data from [the agency][stats].\n\n[stats]: #')).toEqual([
      expect.objectContaining({ code: 'link-placeholder', text: '[the agency][stats]', url: '#' }),
    ]);
  });

  it('flags an unused definition that is a placeholder', () => {
    expect(links('Plain text.\n\n[spare]: TODO')).toEqual([expect.objectContaining({ code: 'link-placeholder', text: '[spare]: TODO', url: 'TODO' })]);
  });

  it('is quiet for good https links in every form', () => {
    const text = [
      'Inline [Reuters](https://www.reuters.com/a) and [AP][ap] and <https://apnews.com/b>.',
      'Bare https://www.bbc.co.uk/news and www.lemonde.fr too.',
      '',
      '[ap]: https://apnews.com/c',
    ].join('\n');
    expect(links(text)).toEqual([]);
  });
});

describe('link claims: insecure and non-http links', () => {
  it('flags http:// as insecure (info)', () => {
    expect(links('Read [the report](http://www.un.org/report) first.')).toEqual([
      {
        code: 'link-insecure',
        text: '[the report](http://www.un.org/report)',
        url: 'http://www.un.org/report',
        severity: 'info',
        message: 'Insecure link "http://www.un.org/report": use the https:// address of the source',
      },
    ]);
  });

  it('flags a bare http URL', () => {
    expect(links('Source: http://kremlin.ru/events today.')).toEqual([
      expect.objectContaining({ code: 'link-insecure', text: 'http://kremlin.ru/events' }),
    ]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///home/desk/notes.txt'],
    ['ftp:', 'ftp://files.example.gov/data.csv'],
  ])('flags %s as not an http(s) link', (_, url) => {
    const [claim] = links(`See [the data](${url}).`);
    expect(claim).toMatchObject({ code: 'link-insecure', url });
    expect(claim.message).toContain('is not an http(s) link');
  });

  it('leaves mailto:, relative and in-page links alone', () => {
    expect(links('Write to [the desk](mailto:desk@paper.test), see [notes](/notes/a) and [below](#method).')).toEqual([]);
  });
});

describe('link claims on the seed article', () => {
  it('finds exactly the three placeholder links; the https autolink at the bottom is fine', () => {
    const seed = readFileSync(corpusFile('seed-article.md'), 'utf8');
    const found = analyze(seed).filter((c) => c.kind === 'link' && c.code !== 'source-missing');
    expect(found.map((c) => [c.code, c.url])).toEqual([
      ['link-placeholder', '#'],
      ['link-placeholder', '#'],
      ['link-placeholder', '#'],
    ]);
    expect(found[0].text).toBe('[Reuters](#)');
  });
});
