import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';

const dl = (text: string, options: Parameters<typeof check>[1] = {}) => check(text, options).dateline;

describe('findDateline', () => {
  it('takes the date line under the byline, and still reports it as a date claim', () => {
    const text = '# Title\n\nBy Staff\n\nMay 11, 2018\n\nTalks ended on Friday.';
    const result = check(text);
    const at = text.indexOf('May 11, 2018');
    expect(result.dateline).toEqual({ value: '2018-05-11', origin: 'text', start: at, end: at + 12 });
    const dates = result.claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.code, c.value]);
    expect(dates).toEqual([
      ['May 11, 2018', 'date', '2018-05-11'],
      ['on Friday', 'date-relative', '2018-05-11'],
    ]);
  });

  it('accepts the usual ways of writing the date line', () => {
    for (const line of ['Friday, May 11, 2018', '11 May 2018', '2018-05-11', 'May 11, 2018.', 'Published: May 11, 2018', 'Updated May 11, 2018, 10:30 a.m. EDT']) {
      expect(dl(`# Title\n\n${line}\n\nBody text.`)?.value).toBe('2018-05-11');
    }
  });

  it('reads a wire dateline opening the first paragraph', () => {
    const text = 'MOSCOW, May 11, 2018 (Reuters) - Russia is not in talks about supplying missiles, an aide said on Friday.';
    expect(dl(text)).toEqual({ value: '2018-05-11', origin: 'text', start: 8, end: 20 });
  });

  it('reads front matter date in ISO or written form', () => {
    expect(dl('---\ndate: 2018-05-11T09:00:00Z\n---\nBody.')).toMatchObject({ value: '2018-05-11', origin: 'front-matter' });
    expect(dl('---\ndate: "May 11, 2018"\n---\nBody.')).toMatchObject({ value: '2018-05-11', origin: 'front-matter' });
  });

  it('lets an explicit dateline option win over the document', () => {
    expect(dl('---\ndate: 2018-05-11\n---\nBody.', { dateline: '2020-01-02' })).toEqual({ value: '2020-01-02', origin: 'option' });
  });

  it('uses the default dateline (the factdesk.dateline setting) only when the draft names none', () => {
    expect(dl('Talks ended on Friday.', { defaultDateline: '2018-05-11' })).toEqual({ value: '2018-05-11', origin: 'option' });
    expect(dl('May 11, 2018\n\nTalks ended on Friday.', { defaultDateline: '2020-01-02' })?.value).toBe('2018-05-11');
  });

  it('does not take a date from the body of the story', () => {
    const body = 'The company said profits rose sharply in the quarter that ended on March 31, 2018, beating forecasts.';
    expect(dl(`# Title\n\n${body}`)).toBeNull();
    expect(dl('# Title\n\nThe vote is on May 11, 2018')).toBeNull();
    expect(dl('One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nMay 11, 2018')).toBeNull();
  });

  it('ignores an option that is not a YYYY-MM-DD date', () => {
    expect(dl('Body.', { dateline: 'yesterday' })).toBeNull();
  });
});
