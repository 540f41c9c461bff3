// Date errors seen on the fresh real-copy development articles: a year inside the name of an
// event or a competition, a fiscal year. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

function dates(text: string): [string, string | null][] {
  return analyze(text, { dateline: '2024-06-19', languageId: 'plaintext' })
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.value]);
}

describe('a year in the name of an event or a competition is not a date', () => {
  it.each(['The chip will be shown at the Harbour Expo 2025 event.', 'Kent lost the Nordic Cup 2023 final on penalties.', 'Rovers 0-1 Harlow (Asian Cup 2023)'])('%s', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('still reads a year after a month, a season, a holiday, a preposition or a possessive', () => {
    expect(dates('In 2023 the pier closed. It reopened in March 2024, after Christmas 2023 and before summer 2024.').map(([text]) => text)).toEqual([
      '2023',
      'March 2024',
      'Christmas 2023',
      'summer 2024',
    ]);
    expect(dates("Harlow's 2019 budget was cut.")).toEqual([['2019', '2019']]);
    expect(dates('Throughout 2023 the pier stayed shut. Over 2021 prices rose, and Pre-2020 levels returned.').map(([text]) => text)).toEqual(['2023', '2021', '2020']);
  });
});

describe('a fiscal year counted from the dateline is not a calendar year', () => {
  it('leaves "the last fiscal year" and "next fiscal year" without a value, saying why', () => {
    const found = analyze('Harlow collected $40 million in the last fiscal year and expects more next fiscal year.', { dateline: '2021-06-01', languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(found.map((c) => [c.text, c.code, c.value])).toEqual([
      ['the last fiscal year', 'date-relative', null],
      ['next fiscal year', 'date-relative', null],
    ]);
    expect(found[0].message).toBe('Fiscal year "the last fiscal year" is not resolved: a fiscal year need not run with the calendar year; name it as the organisation does (FY2020, 2020-21)');
  });

  it('keeps the value of the current fiscal year, of "fiscal 2023" and of "last year"', () => {
    expect(dates('Sales rose in the current fiscal year, in fiscal 2023 and last year.')).toEqual([
      ['the current fiscal year', '2024'],
      ['fiscal 2023', '2023'],
      ['last year', '2023'],
    ]);
  });
});
