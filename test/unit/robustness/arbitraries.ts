/** Text generators for the robustness properties: raw code units, Unicode, and draft-like mixes. */
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const codeUnitText = fc.string({ unit: codeUnit, maxLength: 400 });
export const unicodeText = fc.string({ unit: 'binary', maxLength: 400 });
export const graphemeText = fc.string({ unit: 'grapheme', maxLength: 200 });

/** Pieces of a news draft, Markdown and trouble: joined at random they reach every scanner. */
const PIECES = [
  'Anna Bell', 'Vladimir Kozhin', 'Mr. Barrett', 'he', 'they', ' said', ' told Reuters', ', according to ', ' said on Friday', ', a spokesman for the ministry,',
  'officials said', 'a source familiar with the matter', 'Izvestia cited him as saying', ' ', ' ', ', ', '. ', '.', '?', '!', ':', ';',
  '"', '"', '\u201C', '\u201D', '\u2018', '\u2019', "'", '\u00AB', '\u00BB', '\u2014', '\u2013', '-', '(', ')', '[', ']', '](', '[^1]', '![',
  '[Reuters](https://reuters.com)', '[source](#)', '[a][b]', '[b]: http://example.com', '<https://a.example.org>', 'http://x.y/z', 'www.a.com',
  '`', '``', '```', '*', '**', '_', '~~', '\\', '#', '## ', '> ', '- ', '1. ', '    ', '---', '<!--', '-->', '<!-- factdesk-disable quote -->', '<b>', '</b>',
  'S-300', 'S-400s', 'F/A-18', 'Pantsir S-1', 'Iron Dome', 'MiG-29', 'T-90',
  'May 11, 2018', 'Friday', 'last week', 'two days ago', 'in 2017', 'next month', 'Q3', 'the fifth of May', '5/11/2018', 'Sept. 11', 'yesterday',
  '1', '12', '2018', '3.5', '100%',
  '\n', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t',
  '\u0301', '\u0308', '\uD83D\uDE00', '\uD83C\uDDFA\uD83C\uDDF8', '\uD83D', '\uDE00', '\u00A0', '\u200B', '\uFEFF', '\u0000',
  'word', 'the', 'President', 'Kremlin', 'Moscow', 'MOSCOW, May 11, 2018 (Reuters) -',
];

export const draftText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join(''));

/** Any of the above. */
export const anyText = fc.oneof(draftText, draftText, codeUnitText, unicodeText, graphemeText);

/** An edit: replace `deleteCount` code units at a relative position with `insert`. */
export const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteCount: fc.integer({ min: 0, max: 8 }),
  insert: fc.oneof(fc.constantFrom('', 'x', ' ', '"', '\n', '\n\n', 'Anna Bell said ', '\u201C', '[', '<!--', '\uD83D\uDE00', '\uD83D'), fc.string({ maxLength: 6 })),
});

export function applyEdit(text: string, e: { at: number; deleteCount: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.deleteCount);
}
