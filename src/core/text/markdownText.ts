/**
 * Document text shown as Markdown: in hover cards, which are trusted MarkdownStrings (they carry
 * Factdesk's own command links), and in the Markdown checklist report. Text from the draft must
 * never become markup there: no emphasis, links, images, HTML, code spans, headings, or a
 * `command:` URI that a renderer could turn into a clickable command.
 */

import { oneLine } from './oneLine';

/** Every ASCII punctuation character may be backslash-escaped in CommonMark; the hover escapes them all. */
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Text to Markdown that renders as exactly that text, on one line. Line breaks become spaces (a
 * claim's text may span lines, and a raw newline could start a list or heading), other control
 * characters are dropped, and runs of spaces are kept single so indentation cannot make code.
 */
export function escapeMarkdown(text: string, markup: RegExp = ASCII_PUNCTUATION): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(markup, (c) => `\\${c}`);
}

/** Shorten long document text for the card, at a character boundary that does not split a surrogate pair. */
export function excerpt(text: string, max = 160): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return flat.slice(0, cut) + '…';
}
