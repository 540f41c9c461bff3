import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

/** What the editor sees for dates: [text, code, value], in document order. */
function dates(text: string, dateline: string | null = '2018-05-11'): [string, string, string | null][] {
  return analyze(text, { dateline, languageId: 'plaintext' })
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.code, c.value]);
}

function valueOf(text: string, phrase: string, dateline: string | null = '2018-05-11'): string | null | undefined {
  return analyze(text, { dateline, languageId: 'plaintext' }).find((c) => c.kind === 'date' && c.text.includes(phrase))?.value;
}

describe('absolute dates', () => {
  it('reads month-day-year, day-month-year, month-year, ISO and numeric dates', () => {
    expect(dates('The deal closed on May 3, 2016 and was signed on 4 June 2016.')).toEqual([
      ['May 3, 2016', 'date', '2016-05-03'],
      ['4 June 2016', 'date', '2016-06-04'],
    ]);
    expect(dates('Sales peaked in April 2017.')).toEqual([['April 2017', 'date', '2017-04']]);
    expect(dates('The filing is dated 2017-09-30.')).toEqual([['2017-09-30', 'date', '2017-09-30']]);
    expect(dates('The form was stamped 9/30/2017.')).toEqual([['9/30/2017', 'date', '2017-09-30']]);
  });

  it('reads years, decades, centuries and fiscal years', () => {
    expect(dates('Prices fell in 2016.')).toEqual([['2016', 'date', '2016']]);
    expect(dates('The town grew in the 1990s and shrank in the late \'70s.')).toEqual([
      ['the 1990s', 'date', '199'],
      ['the late \'70s', 'date', '197'],
    ]);
    expect(dates('A relic of the 20th century.')).toEqual([['the 20th century', 'date', '19']]);
    expect(dates('Profit rose in fiscal 2015.')).toEqual([['fiscal 2015', 'date', '2015']]);
    expect(valueOf('The mill closed in mid-1996.', '1996')).toBe('1996');
    expect(valueOf('The crash of the 1980’s hurt.', '1980')).toBe('198');
  });

  it('gives a date written out in full the "date" code and a readable message', () => {
    const [claim] = analyze('It opened on May 3, 2016.', { languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(claim.code).toBe('date');
    expect(claim.message).toBe('Date "May 3, 2016" → Tuesday, 3 May 2016 (2016-05-03)');
    expect(claim.dateline).toBeNull();
  });
});

describe('weekdays in news sense', () => {
  it('points back in past-tense copy, to the dateline itself when the day matches', () => {
    // 2018-05-11 is a Friday.
    expect(valueOf('The minister said on Friday that talks had ended.', 'Friday')).toBe('2018-05-11');
    expect(valueOf('On Thursday, the army said it had struck.', 'Thursday')).toBe('2018-05-10');
    expect(valueOf('Police arrested him Monday.', 'Monday')).toBe('2018-05-07');
  });

  it('points forward in future-tense copy and after "until" or "as soon as"', () => {
    expect(valueOf('The leaders will meet on Monday.', 'Monday')).toBe('2018-05-14');
    expect(valueOf('The vote was postponed until Tuesday.', 'Tuesday')).toBe('2018-05-15');
    expect(valueOf('He could be freed as soon as Wednesday, officials said.', 'Wednesday')).toBe('2018-05-16');
  });

  it('reads last/next/this and parts of the day', () => {
    expect(valueOf('They met last Friday.', 'Friday')).toBe('2018-05-04');
    expect(valueOf('They meet next Tuesday.', 'Tuesday')).toBe('2018-05-15');
    expect(dates('Shelling resumed Friday morning.')).toEqual([['Friday morning', 'date-relative', '2018-05-11']]);
  });

  it('does not read holidays or newspaper names as this week\'s weekday', () => {
    expect(dates('Shops opened early on Black Friday.')).toEqual([['Black Friday', 'date-relative', '2017-11-24']]);
    expect(dates('He wrote in the Sunday Times about it.')).toEqual([]);
    expect(dates('She told CBS This Morning and USA Today.')).toEqual([]);
  });

  it('shows the resolved calendar date and the dateline in the message', () => {
    const [claim] = analyze('Talks ended on Friday.', { dateline: '2018-05-11', languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(claim.message).toBe('Relative date "on Friday" → Friday, 11 May 2018 (dateline 2018-05-11)');
    expect(claim.dateline).toBe('2018-05-11');
  });
});

describe('relative days and periods', () => {
  it('resolves deictic days', () => {
    expect(dates('Yesterday the court ruled; today it sits again; tomorrow it rests.')).toEqual([
      ['Yesterday', 'date-relative', '2018-05-10'],
      ['today', 'date-relative', '2018-05-11'],
      ['tomorrow', 'date-relative', '2018-05-12'],
    ]);
    expect(valueOf('Fighting broke out last night.', 'last night')).toBe('2018-05-10');
    expect(valueOf('It began the day before yesterday.', 'yesterday')).toBe('2018-05-09');
  });

  it('gives months, ISO weeks and years their own granularity', () => {
    expect(dates('Prices rose last month and this week, and will fall next year after a slump last year.')).toEqual([
      ['last month', 'date-relative', '2018-04'],
      ['this week', 'date-relative', '2018-W19'],
      ['next year', 'date-relative', '2019'],
      ['last year', 'date-relative', '2017'],
    ]);
    expect(valueOf('It was agreed earlier this month.', 'this month')).toBe('2018-05');
    const week = analyze('Talks resumed this week.', { dateline: '2018-05-11', languageId: 'plaintext' }).find((c) => c.kind === 'date');
    expect(week?.message).toBe('Relative date "this week" → ISO week 19 of 2018 (7–13 May 2018) (dateline 2018-05-11)');
    expect(valueOf('Shares fell over the past week.', 'past week')).toBe('2018-W18');
    expect(valueOf('The plan is due by the end of the year.', 'end of the year')).toBe('2018');
    expect(valueOf('Rain delayed planting earlier in the year.', 'the year')).toBe('2018');
    expect(valueOf('Volume was flat for the year.', 'the year')).toBe('2018');
    expect(dates('He left the year before.')).toEqual([]);
  });

  it('counts back with "ago"', () => {
    expect(valueOf('He left two days ago.', 'ago')).toBe('2018-05-09');
    expect(valueOf('The law passed six weeks ago.', 'ago')).toBe('2018-W13');
    expect(valueOf('The firm was founded 10 years ago.', 'ago')).toBe('2008');
    expect(valueOf('It happened a week or so ago.', 'ago')).toBe('2018-W18');
    expect(valueOf('The battle was fought seventy-four years ago.', 'ago')).toBe('1944');
  });

  it('reads "the weekend" told in the past on a weekday as the one just gone', () => {
    // 2018-05-09 is a Wednesday.
    expect(valueOf('Protesters gathered over the weekend.', 'weekend', '2018-05-09')).toBe('2018-W18-WE');
    const [claim] = analyze('Protesters gathered over the weekend.', { dateline: '2018-05-09', languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(claim.message).toBe('Relative date "the weekend" → the weekend of 5–6 May 2018 (dateline 2018-05-09)');
  });

  it('reads "June last year" and "January this year" as months', () => {
    expect(valueOf('He was hired in June last year.', 'June')).toBe('2017-06');
    expect(valueOf('In January this year, rates rose.', 'January')).toBe('2018-01');
    expect(dates('We started on June 16th of last year.')).toEqual([['June 16th of last year', 'date-relative', '2017-06-16']]);
  });
});

describe('months and days without a year', () => {
  it('takes the occurrence nearest the dateline', () => {
    expect(valueOf('The dividend is payable Dec. 7.', 'Dec. 7', '2018-11-02')).toBe('2018-12-07');
    expect(valueOf('The fire broke out on Dec. 30.', 'Dec. 30', '2019-01-03')).toBe('2018-12-30');
    expect(valueOf('Talks resume in September.', 'September', '2018-08-15')).toBe('2018-09');
  });

  it('keeps a month earlier in the year in the dateline\'s year unless the copy looks ahead', () => {
    expect(valueOf('He resigned in March for health reasons.', 'March', '2018-10-30')).toBe('2018-03');
    expect(valueOf('Three countries are expected to join in April.', 'April', '2018-12-05')).toBe('2019-04');
    expect(valueOf('A deal is needed by August.', 'August', '2018-02-13')).toBe('2018-08');
    expect(valueOf('The loans run through January.', 'January', '2018-11-02')).toBe('2019-01');
  });

  it('takes last year for a past event far ahead of the dateline', () => {
    expect(valueOf('The doctor was shot on Oct. 23 at his home.', 'Oct. 23', '2019-05-06')).toBe('2018-10-23');
  });

  it('takes "last April" as the most recent April before the dateline month', () => {
    expect(valueOf('The rule changed last April.', 'April', '2018-10-27')).toBe('2018-04');
    expect(valueOf('He was last seen last Oct. 23.', 'Oct. 23', '2019-04-19')).toBe('2018-10-23');
  });

  it('checks a written weekday against the year the dateline implies', () => {
    // 25 April 1998 was a Saturday; 12 May 2018 was a Saturday, not a Friday.
    expect(valueOf('It said in an editorial on Saturday, April 25: the court erred.', 'April 25', '1998-04-24')).toBe('1998-04-25');
    expect(dates('The strike began on Friday, May 12.')).toEqual([['Friday, May 12', 'date-weekday-mismatch', '2018-05-12']]);
  });

  it('requires context for months that are also words or names', () => {
    expect(dates('She may go. May Smith said March on.')).toEqual([]);
    expect(dates('April Ryan asked a question.')).toEqual([]);
    expect(dates('The talks ended in May.')).toEqual([['May', 'date-relative', '2018-05']]);
    expect(dates('Sales were weak in March and April.')).toEqual([
      ['March', 'date-relative', '2018-03'],
      ['April', 'date-relative', '2018-04'],
    ]);
  });
});

describe('holidays', () => {
  it('resolves named days to their date in the nearest year, or the year written', () => {
    expect(valueOf('The boy was found on Thanksgiving Day.', 'Thanksgiving', '2000-01-07')).toBe('1999-11-25');
    expect(valueOf('Sales slumped last Christmas.', 'Christmas', '2018-05-11')).toBe('2017-12-25');
    expect(dates('The church was bombed on Easter 2016.')).toEqual([['Easter 2016', 'date', '2016-03-27']]);
    expect(valueOf('Voters go to the polls on Election Day.', 'Election Day', '2018-10-20')).toBe('2018-11-06');
    expect(valueOf('The parade is on Memorial Day.', 'Memorial Day', '2018-05-11')).toBe('2018-05-28');
    expect(dates('Statues stand on Easter Island.')).toEqual([]);
  });
});

describe('seasons, quarters and halves', () => {
  it('reads seasons with a determiner or a year, not the verb "fall"', () => {
    expect(dates('Sales rose this spring.')).toEqual([['this spring', 'date-relative', '2018-SP']]);
    expect(valueOf('The offensive began in the fall of 1990.', 'fall')).toBe('1990-FA');
    // The winter just ended (December 2017 to February 2018) carries the year it ended in.
    expect(valueOf('Work stopped last winter.', 'winter')).toBe('2018-WI');
    expect(dates('Prices could fall sharply. The fall of the empire was slow.')).toEqual([]);
  });

  it('reads quarters: a quarter not yet begun is last year\'s in past-tense copy', () => {
    expect(valueOf('Profit rose in the first quarter.', 'first quarter')).toBe('2018-Q1');
    expect(valueOf('Third-quarter profit fell.', 'Third-quarter')).toBe('2017-Q3');
    expect(valueOf('The company will report third-quarter results.', 'third-quarter')).toBe('2018-Q3');
    expect(valueOf('Revenue hit a record in Q4 2017.', 'Q4')).toBe('2017-Q4');
    expect(valueOf('Earnings in the 2016 second quarter rose.', 'second quarter')).toBe('2016-Q2');
    expect(valueOf('Sales slowed in the first half of 2019.', 'first half')).toBe('2019-H1');
  });

  it('reads "a year ago" in a paragraph about a quarter as the same quarter a year before', () => {
    expect(valueOf('Third-quarter profit was $2 million, against $3 million a year ago.', 'year ago', '2018-10-25')).toBe('2017-Q3');
    expect(valueOf('The mayor took office a year ago.', 'year ago', '2018-10-25')).toBe('2017');
  });

  it('reads the quarter an earnings report is about', () => {
    expect(valueOf('Sales rose 5% in the latest quarter.', 'latest quarter')).toBe('2018-Q1');
    expect(valueOf('That compares with a year-earlier loss.', 'year-earlier')).toBe('2017-Q1');
  });
});

describe('vague references', () => {
  /** Dates as the editor sees them with factdesk.presentReferences on. */
  const withReferences = (text: string): [string, string, string | null][] =>
    analyze(text, { dateline: '2018-05-11', languageId: 'plaintext', presentReferences: true })
      .filter((c) => c.kind === 'date')
      .map((c) => [c.text, c.code, c.value]);

  it('are not reported by default: "now", "currently", "recently" are in nearly every news sentence', () => {
    expect(dates('The group now controls the port, which recently changed hands; it is currently quiet, and more will follow soon.')).toEqual([]);
  });

  it('with presentReferences on, marks present, past and future references with TIMEX3 values', () => {
    expect(withReferences('The group now controls the port, which recently changed hands; more will follow in the near future.')).toEqual([
      ['now', 'date-relative', 'PRESENT_REF'],
      ['recently', 'date-relative', 'PAST_REF'],
      ['the near future', 'date-relative', 'FUTURE_REF'],
    ]);
  });

  it('never reads the adjectives "current", "recent" and "future" as dates, setting or not', () => {
    expect(withReferences('Given current prices and a recent poll, future losses loom.')).toEqual([]);
    expect(withReferences('The current account deficit widened; futures fell.')).toEqual([]);
  });

  it('does not flag idioms that only mean "temporarily" or "quickly", or "soon" tied to an event', () => {
    expect(withReferences('For now, the plan stands; for the time being, it holds. Reply as soon as possible.')).toEqual([]);
    expect(withReferences('The remarks came so soon after the talks; he left soon after.')).toEqual([]);
  });

  it('tells the editor what to check for a vague reference', () => {
    const [claim] = analyze('The firm currently employs 40 people.', { dateline: '2018-05-11', languageId: 'plaintext', presentReferences: true }).filter((c) => c.kind === 'date');
    expect(claim.message).toBe('Time reference "currently" refers to the present: check it still holds on the day of publication (dateline 2018-05-11)');
  });
});

describe('spelled-out years', () => {
  it('reads years and decades written in words', () => {
    expect(valueOf('In nineteen ninety-six the law changed.', 'nineteen')).toBe('1996');
    expect(valueOf('The goal is full employment by the year two thousand.', 'two thousand')).toBe('2000');
    expect(valueOf('Crime fell through the nineties.', 'nineties')).toBe('199');
  });
});

describe('things that are not dates', () => {
  it('skips amounts, versions, percentages, scores, fractions and times without a date', () => {
    expect(
      dates('Version 2.10 added 2,000 troops and 1500 people; 50% voted in a 3-1 win; prices rose 3/4 point at 10:30 a.m. for $1999 on Route 66.'),
    ).toEqual([]);
  });
});

describe('checks', () => {
  it('warns when the weekday does not match the date', () => {
    const [claim] = analyze('The strike began on Friday, May 12, 2018.', { languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(claim.code).toBe('date-weekday-mismatch');
    expect(claim.severity).toBe('warning');
    expect(claim.value).toBe('2018-05-12');
    expect(claim.message).toContain('2018-05-12 is a Saturday, not a Friday');
  });

  it('warns about a past-tense event dated after the dateline, not a future one', () => {
    expect(dates('The plant closed on June 3, 2018.')).toEqual([['June 3, 2018', 'date-after-dateline', '2018-06-03']]);
    expect(dates('The plant will close on June 3, 2018.')).toEqual([['June 3, 2018', 'date', '2018-06-03']]);
    expect(dates('He said he would take office in January 2019.')).toEqual([['January 2019', 'date', '2019-01']]);
    expect(dates('The bank announced fees, beginning in January 2019.')).toEqual([['January 2019', 'date', '2019-01']]);
    expect(dates('The plant closed on May 3, 2018.')).toEqual([['May 3, 2018', 'date', '2018-05-03']]);
  });

  it('flags relative dates without a dateline as not resolved, with an underspecified value', () => {
    const claims = analyze('Talks ended on Friday, last month.', { languageId: 'plaintext' }).filter((c) => c.kind === 'date');
    expect(claims.map((c) => [c.text, c.code, c.value, c.dateline])).toEqual([
      ['on Friday', 'date-relative', 'XXXX-WXX-5', null],
      ['last month', 'date-relative', 'XXXX-XX', null],
    ]);
    expect(claims[0].message).toContain('is not resolved: the draft has no dateline');
  });
});
