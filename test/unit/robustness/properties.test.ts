/**
 * Property tests on random input: `analyze` never throws, its claims satisfy the range invariants
 * (invariants.ts), the same input gives the same claims, and an Analyzer reused across an edit
 * (the editor's incremental path) gives the claims a fresh one gives. Fixed seed, FUZZ_RUNS runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, analyze, check, type AnalyzeOptions } from '../../../src/core';
import { anyText, applyEdit, draftText, edit } from './arbitraries';
import { FUZZ_TIMEOUT_MS, fuzzParameters } from './fuzzConfig';
import { violations } from './invariants';

const options = fc.record(
  {
    languageId: fc.constantFrom('markdown', 'plaintext'),
    dateline: fc.constantFrom('2018-05-11', '2024-02-29'),
    extraSystems: fc.constant(['Iron Dome']),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<AnalyzeOptions>;

describe('analyze on any input', () => {
  it(
    'returns claims inside the text, sorted, on whole characters, with their own text',
    () => {
      fc.assert(
        fc.property(anyText, options, (text, opts) => {
          const claims = analyze(text, opts);
          expect(violations(text, claims)).toEqual([]);
        }),
        fuzzParameters,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'says why a text with NUL bytes is not checked, instead of checking it',
    () => {
      fc.assert(
        fc.property(draftText, fc.nat(), (text, at) => {
          const i = at % (text.length + 1);
          const result = check(text.slice(0, i) + '\u0000' + text.slice(i));
          expect(result.claims).toEqual([]);
          expect(result.notices.join(' ')).toMatch(/binary/);
        }),
        fuzzParameters,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'is deterministic: the same text gives the same claims, fresh or shared engine',
    () => {
      fc.assert(
        fc.property(anyText, options, (text, opts) => {
          const first = new Analyzer().run(text, opts);
          expect(new Analyzer().run(text, opts)).toEqual(first);
          expect(check(text, opts)).toEqual(first);
        }),
        fuzzParameters,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'incremental equals full: an Analyzer reused across edits gives what a fresh one gives',
    () => {
      fc.assert(
        fc.property(anyText, fc.array(edit, { minLength: 1, maxLength: 4 }), options, (text, edits, opts) => {
          const reused = new Analyzer();
          reused.run(text, opts);
          let current = text;
          for (const e of edits) {
            current = applyEdit(current, e);
            expect(reused.run(current, opts)).toEqual(new Analyzer().run(current, opts));
          }
        }),
        fuzzParameters,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a reused Analyzer follows option changes (dateline, language) like a fresh one',
    () => {
      fc.assert(
        fc.property(draftText, options, options, (text, before, after) => {
          const reused = new Analyzer();
          reused.run(text, before);
          expect(reused.run(text, after)).toEqual(new Analyzer().run(text, after));
        }),
        fuzzParameters,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
