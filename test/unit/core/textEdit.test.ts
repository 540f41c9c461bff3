import { describe, expect, it } from 'vitest';
import { unchangedEnds } from '../../../src/core/textEdit';

/** The same answer, one character at a time. */
function byCharacter(before: string, after: string): { prefix: number; suffix: number } {
  const most = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < most && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('unchangedEnds', () => {
  it('finds what a keystroke left alone on either side', () => {
    expect(unchangedEnds('The mayor said.', 'The mayor xsaid.')).toEqual({ prefix: 10, suffix: 5, delta: 1 });
  });

  it('never lets the common start and end overlap (a repeated letter typed)', () => {
    expect(unchangedEnds('aaaa', 'aaaaa')).toEqual({ prefix: 4, suffix: 0, delta: 1 });
    expect(unchangedEnds('', 'new text')).toEqual({ prefix: 0, suffix: 0, delta: 8 });
  });

  it('agrees with a character-by-character reading on long texts, edits near and across its chunk edges', () => {
    const base = 'The council voted on Tuesday. '.repeat(120);
    for (const at of [0, 1, 511, 512, 513, 1024, 1800, base.length - 513, base.length - 1, base.length]) {
      for (const [removed, inserted] of [[0, 'x'], [3, ''], [2, 'yz'], [40, 'a longer insertion']] as const) {
        const after = base.slice(0, at) + inserted + base.slice(Math.min(base.length, at + removed));
        const found = unchangedEnds(base, after);
        expect({ prefix: found.prefix, suffix: found.suffix }).toEqual(byCharacter(base, after));
        expect(found.delta).toBe(after.length - base.length);
      }
    }
  });
});
