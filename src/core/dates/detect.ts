/**
 * All date expressions of a block, from every parser family, with overlaps settled: the longest
 * reading wins ("Friday, May 12, 2018" over "Friday" and "2018"), then the earliest; chrono-node's
 * readings only fill the gaps our own patterns leave.
 */
import { applyParagraphContext } from './context';
import { parseCalendarDates } from './parsers/calendarDates';
import { parseWithChrono } from './parsers/chronoDates';
import { parseDays } from './parsers/days';
import { parseHolidays } from './parsers/holidays';
import { parseReferences } from './parsers/references';
import { parseRelativePeriods } from './parsers/relativePeriods';
import { parseSeasonsAndQuarters } from './parsers/seasonsQuarters';
import { parseSpelledYears } from './parsers/spelledYears';
import { parseYears } from './parsers/years';
import type { Mention } from './types';

/** "9/30/2017", "30.09.2017": shapes only chrono-node reads for us. */
const NUMERIC_DATE = /\d{1,4}[/.]\d{1,2}[/.]\d{2,4}/;

/** Years after this are read as numbers, not years. */
const MAX_YEAR = 2100;

/**
 * Words every date expression contains (lowercase): month and weekday names, unit and reference
 * words. Finding them with indexOf on a lowercased copy is far cheaper than one big
 * case-insensitive pattern, and most prose has few of them; only the stretches around them go
 * through the parser families, whose patterns (with their optional lead-in words) are what cost time.
 */
const ANCHOR_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep', 'oct.', 'nov.', 'dec.',
  'day', 'tomorrow', 'night', 'morning', 'noon', 'evening', 'week', 'month', 'year', 'quarter', 'half', 'decade', 'century',
  ' ago', 'earlier', ' end', '-end', 'spring', 'summer', 'fall', 'autumn', 'winter', 'period', 'now', 'current', 'present',
  'recent', 'lately', 'past', 'future', ' term', 'coming', 'soon', 'nineteen', 'twenty', 'thirties', 'forties', 'fifties',
  'sixties', 'seventies', 'eighties', 'nineties', 'christmas', 'easter', 'thanksgiving', 'halloween', 'friday',
];

/**
 * Digit shapes of dates: years, decades ("1990s", "'90s"), quarters ("Q3"), and a month abbreviated
 * without a full stop before a number ("Jan 10"), which as a lower-case word would be inside
 * "market" and "doctor" everywhere.
 */
const DIGIT_ANCHOR = /\d{4}|\d0['’]?s|['’]\d0s|Q[1-4]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec) \d/g;

/** Start and end of every anchor in the text, in no particular order. */
function anchors(text: string): [number, number][] {
  const found: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const word of ANCHOR_WORDS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) found.push([at, at + word.length]);
  }
  DIGIT_ANCHOR.lastIndex = 0;
  for (let m = DIGIT_ANCHOR.exec(text); m; m = DIGIT_ANCHOR.exec(text)) found.push([m.index, m.index + m[0].length]);
  return found;
}

/** Context the parsers may need around an anchor word ("the beginning of the …", "… or so ago"). */
const PAD = 48;

/** Numeric dates for chrono, found anywhere ("9/30/2017", "30.09.2017"). */
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'g');

/** Stretches [start, end) around the given ranges, merged, starting and ending at whitespace. */
function windows(text: string, ranges: [number, number][], pad: number): [number, number][] {
  const out: [number, number][] = [];
  ranges.sort((a, b) => a[0] - b[0]);
  for (const [from, to] of ranges) {
    const last = out[out.length - 1];
    if (last && to + pad <= last[1]) continue; // already inside the previous stretch
    let start = Math.max(0, from - pad);
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    let end = Math.min(text.length, to + pad);
    while (end < text.length && !/\s/.test(text[end])) end++;
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Ranges of every match of a global pattern. */
function matches(text: string, re: RegExp): [number, number][] {
  const found: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
  return found;
}

/** Run `parse` on each window and move what it finds to block offsets. */
function parseInWindows(text: string, ranges: [number, number][], pad: number, parse: (window: string, out: Mention[]) => void): Mention[] {
  const found: Mention[] = [];
  for (const [start, end] of windows(text, ranges, pad)) {
    const local: Mention[] = [];
    parse(text.slice(start, end), local);
    for (const m of local) found.push({ ...m, start: m.start + start, end: m.end + start });
  }
  return found;
}

function parseAll(text: string, found: Mention[]): void {
  parseCalendarDates(text, found);
  parseDays(text, found);
  parseHolidays(text, found);
  parseRelativePeriods(text, found);
  parseSeasonsAndQuarters(text, found);
  parseYears(text, found, MAX_YEAR);
  parseSpelledYears(text, found);
  parseReferences(text, found);
}

export function findMentions(text: string): Mention[] {
  const kept: Mention[] = [];
  const taken = new Uint8Array(text.length);
  const keep = (m: Mention): void => {
    if (m.end <= m.start) return;
    for (let i = m.start; i < m.end; i++) if (taken[i]) return;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  };
  const own = parseInWindows(text, anchors(text), PAD, parseAll);
  own.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  own.forEach(keep);
  // chrono fills gaps only: where our own patterns read something, their granularity wins. It is
  // also the slow part (about 10 ms per 1,000 words), so it only sees the numeric dates' surroundings.
  parseInWindows(text, matches(text, NUMERIC_DATES), 24, parseWithChrono).forEach(keep);
  return applyParagraphContext(text, kept.sort((a, b) => a.start - b.start));
}
