import { describe, expect, it } from 'vitest';
import { foldTypography, normalizeWord, words } from '../../../../src/core/sources/normalize';

describe('source normalization', () => {
  it('folds curly and straight quote marks, dash styles and HTML entities', () => {
    expect(foldTypography('“Don’t” – now — &amp; &rsquo;')).toBe(`"Don't" - now - & '`);
  });

  it('a word\'s normal form drops case and punctuation', () => {
    expect(normalizeWord('"Don\'t,')).toBe('dont');
    expect(normalizeWord('S-300')).toBe('s300');
    expect(normalizeWord('1,000')).toBe('1000');
    expect(normalizeWord('—')).toBe('');
  });

  it('splits words at spaces, dashes and ellipses, with offsets into the text', () => {
    const text = 'We waited—and waited…then “left.”';
    const found = words(text);
    expect(found.map((w) => w.norm)).toEqual(['we', 'waited', 'and', 'waited', 'then', 'left']);
    for (const w of found) expect(text.slice(w.start, w.end)).toBe(w.folded.replace(/"/g, (m) => m) === w.folded ? text.slice(w.start, w.end) : '');
    expect(text.slice(found[5].start, found[5].end)).toBe('“left.”');
  });

  it('keeps offsets right around emoji and other surrogate pairs', () => {
    const text = 'Fine 👍 by me';
    const found = words(text);
    expect(found.map((w) => text.slice(w.start, w.end))).toEqual(['Fine', 'by', 'me']);
  });

  it('treats a non-breaking space, written or as an entity, as a space', () => {
    expect(words('one\u00A0two&nbsp;three').map((w) => w.norm)).toEqual(['one', 'two', 'three']);
  });
});
