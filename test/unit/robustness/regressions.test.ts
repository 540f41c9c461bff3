/**
 * Regressions for the slow paths found by the worst-case inputs, asserting what the user sees: a
 * long paragraph still ties every quote to its speaker, a line of brackets still yields its links,
 * and a draft with many lines and one late HTML comment still honours it. (They used to take
 * seconds to minutes at these sizes; the test timeout is the hang detector, no timing is asserted.)
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

const TIMEOUT_MS = 120_000;

describe('long inputs that used to be quadratic', () => {
  it('ties every quote of a 300,000-character paragraph to the cue next to it', () => {
    // Each quote differs (a number): identical findings repeated in one paragraph fold into one (bounds.ts).
    const sentence = (i: number): string => `"We will not back down from fight ${i}," Anna Bell said. `;
    const count = Math.ceil(300_000 / sentence(0).length);
    const text = Array.from({ length: count }, (_, i) => sentence(i)).join('');
    const quotes = analyze(text).filter((c) => c.kind === 'quote');
    expect(quotes.length).toBe(count);
    expect(quotes.every((c) => c.code === 'quote' && c.speaker?.text === 'Anna Bell')).toBe(true);
  }, TIMEOUT_MS);

  it('finds the link after 200,000 unmatched brackets on one line', () => {
    const text = `${'['.repeat(200_000)} Officials said so [source](#).`;
    const links = analyze(text).filter((c) => c.code === 'link-placeholder');
    expect(links.map((c) => c.text)).toEqual(['[source](#)']);
  }, TIMEOUT_MS);

  it('honours a disable comment after 50,000 lines without one', () => {
    const text = 'Plain line.\n'.repeat(50_000) + '\n<!-- factdesk-disable quote-unattributed -->\n\n"An unattributed quote that is long enough to count as speech."\n';
    expect(analyze(text).filter((c) => c.code === 'quote-unattributed')).toEqual([]);
    expect(analyze(text.replace('<!-- factdesk-disable quote-unattributed -->', '')).filter((c) => c.code === 'quote-unattributed')).toHaveLength(1);
  }, TIMEOUT_MS);

  it('masks a code span closed on its own line even when thousands of lines hold an unclosed backtick', () => {
    const text = 'a ` b\n'.repeat(20_000) + '\nThe `"quoted" code` is not a quote.\n';
    expect(analyze(text).filter((c) => c.kind === 'quote')).toEqual([]);
  }, TIMEOUT_MS);
});
