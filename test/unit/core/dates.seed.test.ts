import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { corpusFile } from '../../../scripts/corpusDir';

const SEED = corpusFile('seed-article.md');

function readSeed(): string {
  if (!existsSync(SEED)) throw new Error(`The seed article is missing: ${SEED} (the date tests read it from ../shared/corpus).`);
  return readFileSync(SEED, 'utf8');
}

describe('dates in the seed article', () => {
  const text = readSeed();
  const result = check(text);
  const dates = result.claims.filter((c) => c.kind === 'date');
  const valueAt = (phrase: string, nth = 0): string | null | undefined => {
    let from = -1;
    for (let i = 0; i <= nth; i++) from = text.indexOf(phrase, from + 1);
    return dates.find((c) => c.start <= from && from < c.end)?.value;
  };

  it('takes the date line under the byline as the dateline', () => {
    expect(result.dateline?.value).toBe('2018-05-11');
    expect(result.dateline?.origin).toBe('text');
    const line = dates.find((c) => c.text === 'May 11, 2018');
    expect(line?.code).toBe('date');
    expect(line?.value).toBe('2018-05-11');
  });

  it('resolves the relative dates in news sense', () => {
    expect(valueAt('on Friday')).toBe('2018-05-11');
    expect(valueAt('On Thursday')).toBe('2018-05-10');
    expect(valueAt('last month')).toBe('2018-04');
    expect(valueAt('this week')).toBe('2018-W19');
  });

  it('finds both dates of "Russian media on Friday … on Thursday in Syria"', () => {
    expect(valueAt('on Friday were')).toBe('2018-05-11');
    expect(valueAt('on Thursday in Syria')).toBe('2018-05-10');
  });

  it('flags nothing for "For now" and "for the time being"', () => {
    for (const phrase of ['For now', 'for the time being']) {
      const at = text.indexOf(phrase);
      expect(at).toBeGreaterThan(-1);
      expect(dates.filter((c) => c.start < at + phrase.length && at < c.end)).toEqual([]);
    }
  });
});
