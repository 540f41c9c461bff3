import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { Claim } from '../../../src/core/claims';
import { amountText } from '../../../src/core/numbers/value';

function numbers(text: string): Claim[] {
  return analyze(text, { languageId: 'plaintext' }).filter((c) => c.kind === 'number');
}

/** [text as written, amount, unit, extra fields] of every number claim. */
function values(text: string): [string, number, string][] {
  return numbers(text).map((c) => [c.text, c.quantity!.amount, c.quantity!.unit]);
}

describe('number detection: money', () => {
  it.each([
    ['The council approved $12 million for the pier.', '$12 million', 12e6, 'USD'],
    ['Investors pledged €3.5bn to the rail line.', '€3.5bn', 3.5e9, 'EUR'],
    ['The club paid 12 million rubles for the striker.', '12 million rubles', 12e6, 'RUB'],
    ['A ticket costs £4.50 at the door.', '£4.50', 4.5, 'GBP'],
    ['The startup raised $40m last spring.', '$40m', 40e6, 'USD'],
    ['Stamps now cost 73 cents each.', '73 cents', 0.73, 'USD'],
    ['The museum spent 3 billion won on the wing.', '3 billion won', 3e9, 'KRW'],
  ])('%s', (sentence, span, amount, unit) => {
    const claim = numbers(sentence).find((c) => c.text === span);
    expect(claim?.quantity).toMatchObject({ amount, unit, currency: unit });
  });
});

describe('number detection: percentages, counts, measures, ages, ranges, words', () => {
  it.each([
    ['Turnout fell to 41 percent this year.', '41 percent', 41, '%'],
    ['Support slipped 3.5 percentage points in a week.', '3.5 percentage points', 3.5, 'pp'],
    ['About 40,000 vehicles a day cross the old bridge.', '40,000 vehicles a day', 40000, 'vehicle'],
    ['The trail runs 415 km along the coast.', '415 km', 415, 'km'],
    ['Volunteers hauled 3 tons of litter off the beach.', '3 tons', 3, 't'],
    ['A 34-year-old cyclist was hurt.', '34-year-old', 34, 'years old'],
    ['Marta Quill, 61, runs the ferry.', '61', 61, 'years old'],
    ['The fire displaced a dozen families.', 'a dozen families', 12, 'family'],
    ['The storm knocked out power to two hundred and fifty homes.', 'two hundred and fifty homes', 250, 'home'],
    ['Forty-five teachers signed the letter.', 'Forty-five teachers', 45, 'teacher'],
    ['Half of the voters stayed home.', 'Half of the voters', 0.5, 'share'],
    ['The new hall is twice as large.', 'twice', 2, 'times'],
    ['One in five riders paid no fare.', 'One in five riders', 0.2, 'share'],
  ])('%s', (sentence, span, amount, unit) => {
    expect(values(sentence)).toContainEqual([span, amount, unit]);
  });

  it('reads a range with its upper end and unit', () => {
    const [claim] = numbers('Between 10 and 12 people were rescued.');
    expect(claim.text).toBe('10 and 12 people');
    expect(claim.quantity).toMatchObject({ amount: 10, max: 12, unit: 'person' });
    expect(numbers('Repairs will take 10-12 percent of the budget.')[0].quantity).toMatchObject({ amount: 10, max: 12, unit: '%' });
    expect(numbers('The work will cost $10 to $12 million.')[0].quantity).toMatchObject({ amount: 10e6, max: 12e6, unit: 'USD' });
  });

  it('reads a part of a whole as one claim', () => {
    const [claim] = numbers('Four of the six main cables snapped.');
    expect(claim.text).toBe('Four of the six main cables');
    expect(claim.quantity).toMatchObject({ amount: 4, of: 6, unit: 'cable' });
  });

  it('marks hedged figures approximate and reads rates', () => {
    expect(numbers('Nearly 300 runners finished.')[0].quantity).toMatchObject({ amount: 300, approx: true });
    expect(numbers('About 40,000 vehicles a day use it.')[0].quantity).toMatchObject({ approx: true, per: 'day' });
    expect(numbers('Exactly 300 runners finished.')[0].quantity).toMatchObject({ approx: false, per: null });
    expect(numbers('The plant uses 2 million gallons per year.')[0].quantity).toMatchObject({ unit: 'gal', per: 'year' });
  });

  it('gives the JSON value object with every contract field', () => {
    expect(numbers('The council approved $12 million.')[0].quantity).toEqual({ amount: 12e6, unit: 'USD', currency: 'USD', per: null, approx: false });
  });
});

describe('not number claims', () => {
  it.each([
    ['dates and years', 'The pier opened on May 11, 2018, and closed in 2020.'],
    ['times', 'The council met at 7:30 p.m. and again at 9 a.m.'],
    ['designations', 'The S-300 and the F-35 flew over Route 66 in a Boeing 737.'],
    ['scores', 'The Otters won 94-63 and then lost a 3-1 game.'],
    ['phone numbers', 'Call 555-123-4567 for tickets.'],
    ['street numbers', 'The office moved to 221 Baker Street last week.'],
    ['ordinals in names', 'The Third Army and the 5th Fleet held drills.'],
    ['decades', 'The hall was built in the 1990s.'],
    ['pronoun "one"', 'No one came, and one said nothing.'],
    ['number words in names', 'The Fantastic Four played the Big Ten arena.'],
  ])('%s', (_what, sentence) => {
    expect(values(sentence)).toEqual([]);
  });

  it('leaves list numbering alone', () => {
    expect(values('1. Bring the permits\n2. Call the mayor')).toEqual([]);
  });

  it('leaves figures inside a quote to the quote', () => {
    const claims = analyze('"We hauled 40 tons out of the river," Mayor Lena Ortiz said.');
    expect(claims.some((c) => c.kind === 'quote')).toBe(true);
    expect(claims.filter((c) => c.kind === 'number')).toEqual([]);
  });
});

function flagged(text: string, code: string): string[] {
  return numbers(text).filter((c) => c.code === code).map((c) => c.text);
}

describe('what a figure is about', () => {
  it('never takes a conjunction for the counted noun', () => {
    expect(numbers('The board voted 9 because the chair abstained.').map((c) => c.message)).toEqual(['Number: 9: check the figure against the source']);
  });

  it('takes whole words before "was" as the subject, never the tail of a capitalized one', () => {
    expect(numbers('He was 19 when the club signed him.')[0].message).not.toMatch(/\(e\)/);
    expect(numbers('The striker was 19 when the club signed him.')[0].message).toContain('(striker)');
  });

  it('reads a change by a sum to a new level as two figures, not a range', () => {
    expect(values('Shares slid $3 to $21.40 in early trading.')).toEqual([
      ['$3', 3, 'USD'],
      ['$21.40', 21.4, 'USD'],
    ]);
    expect(values('Tickets cost $30 to $45 at the gate.')).toEqual([['$30 to $45', 30, 'USD']]);
  });
});

describe('number-arithmetic', () => {
  it('flags a doubling that is not one', () => {
    expect(flagged('Ridership doubled from 20 to 50 riders a day.', 'number-arithmetic')).toEqual(['50 riders a day']);
    expect(flagged('Ridership doubled from 20 to 40 riders a day.', 'number-arithmetic')).toEqual([]);
    expect(flagged('Ridership more than doubled from 20 to 45 riders.', 'number-arithmetic')).toEqual([]);
  });

  it('flags a percentage change that does not match its figures', () => {
    expect(flagged('Enrolment rose 40% to 140 from 120.', 'number-arithmetic')).toEqual(['40%']);
    expect(flagged('Enrolment rose 16.7% to 140 from 120.', 'number-arithmetic')).toEqual([]);
    expect(flagged('Enrolment rose by 25 to 145 from 120.', 'number-arithmetic')).toEqual([]);
    expect(flagged('Enrolment rose by 30 to 145 from 120.', 'number-arithmetic')).toEqual(['30']);
  });

  it('flags a change whose figures go the other way', () => {
    expect(flagged('Crime fell from 300 to 340 cases.', 'number-arithmetic')).toEqual(['340 cases']);
  });

  it('checks a multiple against the base the draft states elsewhere', () => {
    const text = 'The dredging will cost $12 million, twice the original estimate.\n\nThe original estimate was $5 million.';
    const [claim] = numbers(text).filter((c) => c.code === 'number-arithmetic');
    expect(claim.text).toBe('$12 million');
    expect(claim.message).toContain('original estimate');
    expect(claim.related?.map((s) => s.text)).toEqual(['twice', '$5 million']);
    expect(flagged(text.replace('$5 million', '$6 million'), 'number-arithmetic')).toEqual([]);
    expect(flagged('It will cost $12 million, three times the original estimate of $4 million.', 'number-arithmetic')).toEqual([]);
  });

  it('flags a total that contradicts a part of a whole', () => {
    expect(flagged('Four of the six main cables snapped.\n\nCrews will replace all five cables.', 'number-arithmetic')).toEqual(['five cables']);
    expect(flagged('Four of the six main cables snapped.\n\nCrews will replace the six cables.', 'number-arithmetic')).toEqual([]);
    expect(flagged('Seven of the six cables snapped.', 'number-arithmetic')).toEqual(['Seven of the six cables']);
  });

  it('flags shares of one whole that add up to more than 100 %', () => {
    expect(flagged('In the poll, 52% backed Ortiz, 45% backed Quill and 8% were undecided.', 'number-arithmetic')).toEqual(['8%']);
    expect(flagged('In the poll, 52% backed Ortiz, 40% backed Quill and 8% were undecided.', 'number-arithmetic')).toEqual([]);
    expect(flagged('Some 60% of men and 70% of women agreed.', 'number-arithmetic')).toEqual([]);
  });
});

describe('number-inconsistent', () => {
  it('flags one quantity stated two ways for the same noun phrase', () => {
    const text = 'The city signed a $12 million contract with the dredgers.\n\nThe contract, worth $12.5 million, covers the whole river.';
    const claims = numbers(text);
    expect(claims.map((c) => [c.code, c.text])).toContainEqual(['number-inconsistent', '$12.5 million']);
    const flaggedClaim = claims.find((c) => c.code === 'number-inconsistent')!;
    expect(flaggedClaim.related?.map((s) => s.text)).toEqual(['$12 million']);
    expect(claims.find((c) => c.text === '$12 million')?.related?.map((s) => s.text)).toEqual(['$12.5 million']);
  });

  it('does not flag the same quantity stated the same way, or figures set against each other', () => {
    expect(flagged('A $12 million contract was signed.\n\nThe $12 million contract runs a year.', 'number-inconsistent')).toEqual([]);
    expect(flagged('About 40,000 vehicles a day used it.\n\nNow 52,000 vehicles a day use it, up from 40,000 vehicles a day.', 'number-inconsistent')).toEqual([]);
    expect(flagged('A $12 million contract was signed.\n\nAn earlier $9 million contract lapsed.', 'number-inconsistent')).toEqual([]);
  });

  it('compares a restated sentence figure by figure, even where it sets figures against each other', () => {
    const text = 'Ticket sales at the lido rose to $4.1 million from $2.9 million.\n\nAgain, ticket sales at the lido rose to $5.2 million from $2.9 million.';
    const [claim] = numbers(text).filter((c) => c.code === 'number-inconsistent');
    expect(claim.text).toBe('$5.2 million');
    expect(claim.related?.map((s) => s.text)).toContain('$4.1 million');
  });

  it('reads a hedge ("more than") or a place ("from the port") as no comparison', () => {
    expect(flagged('The ferry line lost more than $40 million in its first year.\n\nThe ferry line lost more than $54 million in its first year.', 'number-inconsistent')).toEqual(['$54 million']);
    expect(flagged('The island buys nearly $80 million worth of fuel from the port.\n\nThe island buys nearly $108 million worth of fuel from the port.', 'number-inconsistent')).toEqual(['$108 million']);
  });

  it('reads "other than" and "from" before a noun as no comparison', () => {
    expect(flagged('Members other than the founders will get $310 a share.\n\nMembers other than the founders will get $420 a share.', 'number-inconsistent')).toEqual(['$420 a share']);
    expect(flagged('The plan won backing from 64 retired teachers.\n\nThe plan won backing from 86 retired teachers.', 'number-inconsistent')).toEqual(['86 retired teachers']);
  });

  it('leaves parallel sentences alone: another period, or every figure but one by chance different', () => {
    expect(flagged('In the spring, ticket sales rose 8% to $3.7 million from $3.4 million.\n\nIn the autumn, ticket sales rose 8% to $1.2 million from $1.1 million.', 'number-inconsistent')).toEqual([]);
    expect(flagged('Ticket sales rose 8% to $3.7 million from $3.4 million. Ticket sales rose 8% to $1.2 million from $1.1 million.', 'number-inconsistent')).toEqual([]);
  });
});

describe('robustness', () => {
  it('stays linear on long runs of digits and separators', () => {
    const text = `${'1,'.repeat(20000)} and ${'-1'.repeat(20000)} and ${'one '.repeat(5000)}`;
    expect(() => analyze(text)).not.toThrow();
  });
});

describe('how an amount is written', () => {
  it('writes what Intl.NumberFormat en-US with six decimals writes, without loading it at startup', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    const samples = [0, 1, -1, 12e6, 3.5e9, 14.75, 0.1 + 0.2, 1 / 3, 2 / 3, 68145287068.6, 999999.9999995, 0.0000004, -0, 1e21, 2.5e-7];
    let seed = 9;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      samples.push(((seed % 1e9) / 10 ** (seed % 9)) * (seed % 7 === 0 ? -1 : 1));
    }
    for (const n of samples) expect(amountText(n), String(n)).toBe(intl.format(n));
  });
});
