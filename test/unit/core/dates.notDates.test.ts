// Numbers and codes that look like dates on unseen real copy: a figure written with its unit, a
// model named with "Q" and a digit. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

function dates(text: string): [string, string | null][] {
  return analyze(text, { dateline: '2024-06-19', languageId: 'plaintext' })
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.value]);
}

describe('a figure with its unit is not a year', () => {
  it.each(['The camera records 1080p video and 2160p clips.', 'The 1500mAh battery lasts a day.', 'A 2000W heater tripped the fuse.'])('%s', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('still reads a year followed by punctuation or a possessive', () => {
    expect(dates("Sales peaked in 1998, and 1999's slump followed.")).toEqual([
      ['1998', '1998'],
      ['1999', '1999'],
    ]);
  });
});

describe('"Q" and a digit after a name is a model, not a quarter', () => {
  it('skips "Harlow Q4" but reads "in Q4" and "Q4 2023"', () => {
    expect(dates('The Harlow Q4 estate car sold out.')).toEqual([]);
    expect(dates('Shipments start in Q4. Profit fell in Q4 2023.').map(([text]) => text)).toEqual(['Q4', 'Q4 2023']);
  });
});
