/**
 * Quotation spans in one block. Curly marks say which way they face; straight `"` marks are paired
 * by position (an opener follows a space or the start, a closer precedes one). Inch marks (`6'2"`,
 * `a 12" screen`) and apostrophes are not quotes; single marks are only read inside double quotes
 * (nested quotes), where they need no span of their own. Wire and typewriter copy writes quotes as
 * ``…'' (two backticks open, two apostrophes close), mixed with `"`: a doubled backtick always
 * opens, a doubled apostrophe closes.
 */
import { firstIndex } from '../sorted';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the end of the block when unclosed. */
  end: number;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
  /** The block ends inside this quote (its closing mark never came). */
  runsOff: boolean;
}

const OPEN_CURLY = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE_CURLY = new Set(['\u201D', '\u00BB']);

function isSpaceOrStart(text: string, i: number): boolean {
  return i < 0 || /[\s([{\u2014\u2013\u2015/-]/.test(text[i]);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

type Direction = 'open' | 'close' | 'none';

function straightDirection(text: string, i: number, inQuote: boolean): Direction {
  const before = text[i - 1];
  const after = text[i + 1];
  if (inQuote) return 'close';
  if (before !== undefined && /\d/.test(before) && (after === undefined || !isWordChar(after))) return 'none'; // 12" screen
  if (isSpaceOrStart(text, i - 1) && after !== undefined && !/\s/.test(after)) return 'open';
  if (i === 0 && after !== undefined) return 'open';
  return isWordChar(after) || (after !== undefined && /["\u201C'\u2018]/.test(after)) ? 'open' : 'none';
}

const QUOTE_CHAR = /``|''|["\u201C\u201D\u201E\u00AB\u00BB]/g;

/**
 * ‘Single curly quotes’ as the only quotation marks of a block (British and headline style:
 * `Airbus backs decision ‘out of an excess of caution’`): an opener after a space or the start, a
 * closer before a space, punctuation or the end, at least two words between (so that `don’t`,
 * `the ’90s` and `rock ‘n’ roll` stay apostrophes).
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])\u2018([\p{L}\p{N}][^\u2018\u2019\n]*?\s[^\u2018\u2019\n]*?[^\s\u2018])\u2019(?![\p{L}\p{N}])/gu;

function findSingleQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  SINGLE_QUOTED.lastIndex = 0;
  for (let m = SINGLE_QUOTED.exec(text); m; m = SINGLE_QUOTED.exec(text)) {
    quotes.push({ start: m.index, end: m.index + m[0].length, contentStart: m.index + 1, contentEnd: m.index + m[0].length - 1, closed: true, runsOff: false });
  }
  return quotes;
}

export function findQuotes(text: string): QuoteSpan[] {
  const doubles = findDoubleQuotes(text);
  if (!text.includes('\u2018')) return doubles;
  // ‘Single’ quotes outside any double quote ("Varga called it ‘badly drafted’. The mayor said: “…”"); inside one they are nested.
  const singles = findSingleQuotes(text).filter((s) => !overlapsAny(doubles, s));
  return singles.length === 0 ? doubles : [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** Whether `span` overlaps one of `quotes` (in order, not overlapping each other), by binary search. */
function overlapsAny(quotes: QuoteSpan[], span: QuoteSpan): boolean {
  const after = firstIndex(quotes.length, (i) => quotes[i].start >= span.end);
  return after > 0 && quotes[after - 1].end > span.start;
}

function findDoubleQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  /** Offset just after the opening mark (one character, or two for `` and ''). */
  let openEnd = -1;
  let openIsCurly = false;
  // Jump from mark to mark: prose between them is never looked at.
  QUOTE_CHAR.lastIndex = 0;
  for (let m = QUOTE_CHAR.exec(text); m; m = QUOTE_CHAR.exec(text)) {
    const i = m.index;
    const c = m[0];
    const width = c.length;
    let dir: Direction = 'none';
    if (c === "''") {
      // Closes any open quote; it never opens one (PolNeAR's gold, like much archive copy, does not
      // count ''…'' as a quotation, so opening on it would be scored as noise there).
      dir = open !== -1 ? 'close' : 'none';
    } else if (c === '``') {
      if (open !== -1) {
        quotes.push({ start: open, end: i, contentStart: openEnd, contentEnd: trimEnd(text, openEnd, i), closed: false, runsOff: false });
        open = -1;
      }
      dir = 'open';
    } else if (c === '"') {
      dir = straightDirection(text, i, open !== -1);
      if (dir === 'close' && openIsCurly && isSpaceOrStart(text, i - 1) && isWordChar(text[i + 1])) dir = 'none';
    } else if (OPEN_CURLY.has(c) && open !== -1 && !isSpaceOrStart(text, i - 1) && (i + 1 >= text.length || /\s/.test(text[i + 1]))) {
      // A left mark after a word and before a space is a mistyped closer (`“Mostly False.“ `).
      dir = 'close';
    } else if (OPEN_CURLY.has(c)) {
      if (open !== -1 && !openIsCurly) {
        // “…” nested inside "…": skip to its close, it belongs to the outer quote.
        const close = text.indexOf('\u201D', i + 1);
        if (close !== -1) {
          QUOTE_CHAR.lastIndex = close + 1;
          continue;
        }
      }
      // A second opener while one is open: the first was never closed.
      if (open !== -1) {
        quotes.push({ start: open, end: i, contentStart: openEnd, contentEnd: trimEnd(text, openEnd, i), closed: false, runsOff: false });
        open = -1;
      }
      dir = 'open';
    } else if (CLOSE_CURLY.has(c)) {
      // A right mark facing a word with space before it is a mistyped opener (”What …).
      dir = open === -1 && isSpaceOrStart(text, i - 1) && isWordChar(text[i + 1]) ? 'open' : open !== -1 ? 'close' : 'none';
    }
    if (dir === 'open' && open === -1) {
      open = i;
      openEnd = i + width;
      openIsCurly = c !== '"';
    } else if (dir === 'close' && open !== -1) {
      if (i > openEnd) quotes.push({ start: open, end: i + width, contentStart: openEnd, contentEnd: i, closed: true, runsOff: false });
      open = -1;
    }
  }
  if (open !== -1) {
    quotes.push({ start: open, end: trimEnd(text, openEnd, text.length), contentStart: openEnd, contentEnd: trimEnd(text, openEnd, text.length), closed: false, runsOff: true });
  }
  return quotes;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}
