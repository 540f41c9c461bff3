/**
 * The caching rule: block scanners are cached by block text, kind and the scan-context key, so
 * they must see nothing else. The type of their arguments says so (the @ts-expect-error lines below
 * stop compiling if a block scanner could read a block's position or an unkeyed option), and the
 * context they get at run time holds only the keyed fields.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/core/analyze';
import { blockScanContext, blockScanKey, SCAN_OPTION_KEYS, type BlockScanner } from '../../../src/core/scan';

describe('block scanner context', () => {
  it('cannot read the block position or options outside the cache key (checked by tsc)', () => {
    const peek: BlockScanner = (text, context, block) => {
      // @ts-expect-error a cached result is reused wherever the block moves
      void block.start;
      // @ts-expect-error switching a kind off must not need a re-scan, so scanners cannot see it
      void context.options.kinds;
      // @ts-expect-error severities are applied after the cache
      void context.options.severities;
      // @ts-expect-error where the dateline came from is not keyed
      void context.dateline?.origin;
      return [{ code: 'date', start: 0, end: text.length, message: `${block.kind} ${context.dateline?.value ?? ''}` }];
    };
    expect(peek('x', { dateline: null, options: {} }, { kind: 'paragraph' })).toHaveLength(1);
  });

  it('holds only the keyed options at run time, and the key covers each of them', () => {
    const context = blockScanContext({
      dateline: { value: '2024-03-08', origin: 'text', start: 0, end: 10 },
      options: { kinds: { date: false }, severities: { date: 'error' }, disabledRules: ['quote'], extraSystems: ['Iron Dome'], systemPatterns: ['X-\\d+'], anonymousPhrases: ['a person briefed'] },
    });
    expect(context).toEqual({ dateline: { value: '2024-03-08' }, options: { extraSystems: ['Iron Dome'], systemPatterns: ['X-\\d+'], anonymousPhrases: ['a person briefed'] } });
    const key = blockScanKey(context);
    for (const option of SCAN_OPTION_KEYS) expect(blockScanKey({ ...context, options: { ...context.options, [option]: ['changed'] } })).not.toBe(key);
    expect(blockScanKey({ ...context, dateline: { value: '2024-03-09' } })).not.toBe(key);
  });

  it('gives the same claims from a warm cache after options outside the key change', () => {
    const text = 'On Friday the S-300 was moved, officials said.\n\n"We are ready," Ana Diaz said.';
    const cold = new Analyzer().run(text, { dateline: '2018-05-11', severities: { date: 'error' } }).claims;
    const warm = new Analyzer();
    warm.run(text, { dateline: '2018-05-11', kinds: { date: false } });
    expect(warm.run(text, { dateline: '2018-05-11', severities: { date: 'error' } }).claims).toEqual(cold);
  });
});
