// Date error classes found on real modern news copy (issue 9, class 7). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { analyze, check } from '../../../src/core';
import type { AnalyzeOptions } from '../../../src/core/options';

/** What the editor sees for dates: [text, code, value], in document order. */
function dates(text: string, dateline: string | null = '2024-06-19', options: AnalyzeOptions = {}): [string, string, string | null][] {
  return analyze(text, { dateline, languageId: 'plaintext', ...options })
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.code, c.value]);
}

describe('game periods are not dates', () => {
  it.each([
    'Okafor scored 11 of his 19 points in the third quarter as the Hawks pulled away.',
    'The Rovers led 2-0 at the break and added a third goal early in the second half.',
    '"In the first half we were sloppy, and in the second half we ran out of legs," the coach said.',
    'The visitors trailed for most of the fourth quarter before forcing overtime.',
    'Late in the quarter, the quarterback threw his second interception of the game.',
    '"It was a solid 1st-half display, but second-half we were nervous," the coach said after the final whistle.',
  ])('%s', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('keeps quarters and halves of a year in business copy, even about a sports company', () => {
    expect(dates('Profit rose 5 percent in the third quarter.')).toEqual([['third quarter', 'date-relative', '2023-Q3']]);
    expect(dates('The club said revenue from match days rose in the first half.')).toEqual([['first half', 'date-relative', '2024-H1']]);
    expect(dates('The league expects the stadium to open in the second half of 2025.')).toEqual([['second half of 2025', 'date', '2025-H2']]);
    expect(dates('The club posted a first-half loss of $3 million.')).toEqual([['first-half', 'date-relative', '2024-H1']]);
  });
});

describe('model years and holiday names are not dates', () => {
  it('skips a year naming a model, alone or as a range', () => {
    expect(dates('Owners of the 2022-2023 Model Y and the 2021 Model 3 got letters.')).toEqual([]);
    expect(dates('She drives a 2016 Toyota Prius; 2024 model-year trucks cost more.')).toEqual([]);
  });

  it('keeps a year a preposition places in time, even before a maker', () => {
    expect(dates('In 2019 Toyota sold more cars than anyone.')).toEqual([['2019', 'date', '2019']]);
  });

  it('skips a holiday that names a thing, keeps one that names a day', () => {
    expect(dates('The watch was a Christmas present from his daughter.')).toEqual([]);
    expect(dates('Halloween costumes sold out.')).toEqual([]);
    expect(dates('The shops stayed open until Christmas Eve and reopened after Christmas.').map((d) => d[0])).toEqual(['Christmas Eve', 'Christmas']);
  });
});

describe('abbreviated months without a full stop', () => {
  it('reads "Jan 10, 2011", "10 Jan 2011" and "Mar 2023"', () => {
    expect(dates('The filing, dated Jan 10, 2011, was sealed; another followed on 4 Feb 2011.')).toEqual([
      ['Jan 10, 2011', 'date', '2011-01-10'],
      ['4 Feb 2011', 'date', '2011-02-04'],
    ]);
    expect(dates('Sales peaked in Mar 2023 and bottomed out by Sep 2023.')).toEqual([
      ['Mar 2023', 'date', '2023-03'],
      ['Sep 2023', 'date', '2023-09'],
    ]);
  });

  it('does not read a first name as a month', () => {
    expect(dates('Jan Novak and Dec Walsh chaired the panel.')).toEqual([]);
  });

  it('finds the dateline on a date line written that way', () => {
    const { dateline } = check('# Port reopens\n\nBy Ana Silva\n\nMar 4, 2023\n\nThe port reopened on Friday.', { languageId: 'markdown' });
    expect(dateline?.value).toBe('2023-03-04');
  });
});

describe('weekdays told in the future look ahead', () => {
  // 2024-06-19 is a Wednesday.
  it.each([
    ['The Senate will vote on the measure, which the House approved last month, on Thursday.', '2024-06-20'],
    ['Lawmakers will return to the capital and vote on Thursday after the ministry published the figures.', '2024-06-20'],
    ['The two leaders will meet in Geneva on Thursday, the Kremlin said.', '2024-06-20'],
    ['The vote is set for Thursday.', '2024-06-20'],
    ['A ruling is due on Thursday.', '2024-06-20'],
    ['Voters head to the polls ahead of Sunday\u2019s election.', '2024-06-23'],
    ['Preorders start Friday, the company said.', '2024-06-21'],
    ['The 90-day deadline expires Monday.', '2024-06-24'],
    ['Trading resumes Monday after the holiday.', '2024-06-24'],
  ])('%s', (sentence, value) => {
    const weekday = dates(sentence).find(([text]) => /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(text));
    expect(weekday?.[2]).toBe(value);
  });

  it('still points back in past-tense copy, and for a past event named by its day', () => {
    expect(dates('On Thursday, the army said it had struck the depot.')).toEqual([['On Thursday', 'date-relative', '2024-06-13']]);
    expect(dates('Investigators studied Sunday\u2019s crash.')).toEqual([['Sunday', 'date-relative', '2024-06-16']]);
  });

  it('reads a possessive weekday as the event just gone, whatever the verb, unless "ahead of" it', () => {
    // 2024-06-20 is a Thursday.
    expect(dates('Investigators will study Sunday\u2019s crash.', '2024-06-20')).toEqual([['Sunday', 'date-relative', '2024-06-16']]);
    expect(dates("Police are questioning witnesses to Sunday's shooting.", '2024-06-20')).toEqual([['Sunday', 'date-relative', '2024-06-16']]);
    expect(dates("Polls tightened ahead of Sunday's runoff.", '2024-06-20')).toEqual([['Sunday', 'date-relative', '2024-06-23']]);
  });

  it('reads "as early as Saturday" on a Saturday as that day, "next Saturday" as the week after', () => {
    expect(dates('A verdict could come as early as Saturday afternoon.', '2024-06-22')).toEqual([['Saturday afternoon', 'date-relative', '2024-06-22']]);
    expect(dates('The appeal will be heard next Saturday.', '2024-06-22')).toEqual([['next Saturday', 'date-relative', '2024-06-29']]);
  });
});

describe('all-digit dates whose day and month could swap', () => {
  const sentence = 'The lease on the depot was signed on 07/05/2017.';

  it('are flagged with both readings and no value when the newsroom has not set an order', () => {
    const [claim] = analyze(sentence, { languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect([claim.code, claim.severity, claim.text, claim.value]).toEqual(['date-ambiguous', 'warning', '07/05/2017', null]);
    expect(claim.message).toContain('Wednesday, 5 July 2017 (month first) or Sunday, 7 May 2017 (day first)');
  });

  it('are read in the order the newsroom writes', () => {
    expect(dates(sentence, null, { dateOrder: 'dmy' })).toEqual([['07/05/2017', 'date', '2017-05-07']]);
    expect(dates(sentence, null, { dateOrder: 'mdy' })).toEqual([['07/05/2017', 'date', '2017-07-05']]);
  });

  it('are not ambiguous when only one reading is a date, or both readings are the same day', () => {
    expect(dates('It was signed on 13/05/2017 and renewed on 05/05/2018.')).toEqual([
      ['13/05/2017', 'date', '2017-05-13'],
      ['05/05/2018', 'date', '2018-05-05'],
    ]);
    expect(dates('The form was stamped 9/30/2017.', null, { dateOrder: 'dmy' })).toEqual([['9/30/2017', 'date', '2017-09-30']]);
  });
});

describe('wire datelines', () => {
  it('reports the date of "PARIS, June 19 (Reuters) -" as the story\'s date, not a relative date', () => {
    const text = 'PARIS, June 19 (Reuters) - France said on Wednesday it would raise the levy.';
    const claims = analyze(text, { dateline: '2024-06-19', languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(claims.map((c) => [c.text, c.code, c.value])).toEqual([
      ['June 19', 'date', '2024-06-19'],
      ['on Wednesday', 'date-relative', '2024-06-19'],
    ]);
    expect(claims[0].message).toBe('Wire dateline "June 19": the story\'s date, Wednesday, 19 June 2024');
  });

  it('with a year and a dash only, and says so when the year is unknown', () => {
    expect(dates('LONDON, May 2, 2023 - Shares fell.', null)).toEqual([['May 2, 2023', 'date', '2023-05-02']]);
    const [claim] = analyze('LAGOS, June 19 (AP) — Fuel ran short.', { languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect([claim.code, claim.value]).toEqual(['date', 'XXXX-06-19']);
    expect(claim.message).toContain('its year is not known');
  });

  it('with a place in ordinary case and its region, when an agency follows the date', () => {
    expect(dates('Panaji (Goa) [India], February 8 (ANI): The club said it would appeal.', '2018-02-08')).toEqual([['February 8', 'date', '2018-02-08']]);
    expect(dates('In Paris, June 19 was the day the levy rose.').map((d) => d[1])).toEqual(['date-relative']);
  });

  it('is only a dateline at the very start of a paragraph', () => {
    expect(dates('Officials in PARIS, June 19 was the day the levy rose.').map((d) => d[1])).toEqual(['date-relative']);
  });
});
