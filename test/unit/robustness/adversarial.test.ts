/**
 * Hand-written worst cases for every regular expression and scanning loop of the engine
 * (adversarialInputs.ts): each must come back with valid claims. There is no timed assertion: a
 * regular expression with catastrophic backtracking, or a quadratic scan, on 100,000 or 1,000,000
 * characters would not finish within the test timeout, which is the hang detector here.
 * `npm run bench -- --adversarial` measures how the time grows with the size.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer, check } from '../../../src/core';
import { ADVERSARIAL_INPUTS, repeatTo } from './adversarialInputs';
import { violations } from './invariants';

/** The inputs the product spec names, at 1 MB. */
const MEGABYTE_UNITS = ['"', '-', '\u2014', '1', '[', '(', '<!--', '`', '*', 'Anna ', 'a\r\n\n\r'];
const HANG_TIMEOUT_MS = 120_000;

describe('worst-case inputs, 100,000 characters (Markdown) and 20,000 (plain text)', () => {
  for (const input of ADVERSARIAL_INPUTS) {
    it(`${input.name} (${JSON.stringify(input.unit)}; ${input.target})`, () => {
      for (const [languageId, size] of [['markdown', 100_000], ['plaintext', 20_000]] as const) {
        const text = repeatTo(input.unit, size);
        const result = new Analyzer().run(text, { languageId, dateline: '2018-05-11' });
        expect(violations(text, result.claims)).toEqual([]);
      }
    }, HANG_TIMEOUT_MS);
  }
});

describe('worst-case inputs, 1,000,000 characters', () => {
  for (const unit of MEGABYTE_UNITS) {
    it(`1 MB of ${JSON.stringify(unit)}`, () => {
      const text = repeatTo(unit, 1_000_000);
      const result = check(text);
      expect(violations(text, result.claims)).toEqual([]);
    }, HANG_TIMEOUT_MS);
  }

  it('1 MB of nested brackets and parentheses', () => {
    const text = '['.repeat(250_000) + '('.repeat(250_000) + ')'.repeat(250_000) + ']'.repeat(250_000);
    expect(violations(text, check(text).claims)).toEqual([]);
  }, HANG_TIMEOUT_MS);

  it('1 MB of quotes, dashes and digits in one line of prose', () => {
    const text = repeatTo('He said "12-3" \u2014 "45\u201D \u201C6" 7-8-9 ', 1_000_000);
    expect(violations(text, check(text).claims)).toEqual([]);
  }, HANG_TIMEOUT_MS);
});
