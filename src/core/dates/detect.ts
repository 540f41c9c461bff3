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
import { MONTH_RE, WEEKDAY_RE } from './lexicon';
import type { Mention } from './types';

/** "9/30/2017", "30.09.2017": shapes only chrono-node reads for us. */
const NUMERIC_DATE = /\d{1,4}[/.]\d{1,2}[/.]\d{2,4}/;

/** Years after this are read as numbers, not years. */
const MAX_YEAR = 2100;

/**
 * A word every date expression contains: month and weekday names, the unit and reference words,
 * four digits. One pass of this cheap pattern finds the few stretches of a block worth running the
 * parser families on; most prose has none, and the families' patterns (with their optional
 * lead-in words) are what cost time.
 */
const ANCHOR = new RegExp(
  `${MONTH_RE}|${WEEKDAY_RE}|\\d{4}|\\d0['’]?s|['’]\\d0s|century|day|tomorrow|night|morning|afternoon|evening|week|month|year|quarter|half|decade|ago|earlier|\\bend\\b|spring|summer|fall|autumn|winter|Q[1-4]|period|now|current|present|recent|lately|past|future|term|coming|soon|nineteen|twenty|ties\\b|Christmas|Easter|Thanksgiving|New Year|Halloween|Black Friday`,
  'gi',
);

/** Context the parsers may need around an anchor word ("the beginning of the …", "… or so ago"). */
const PAD = 48;

/** Numeric dates for chrono, found anywhere ("9/30/2017", "30.09.2017"). */
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'g');

/** Stretches [start, end) around matches of a global `anchor`, merged, starting and ending at whitespace. */
function windows(text: string, anchor: RegExp, pad: number): [number, number][] {
  const out: [number, number][] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    let start = Math.max(0, m.index - pad);
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    let end = Math.min(text.length, m.index + m[0].length + pad);
    while (end < text.length && !/\s/.test(text[end])) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
    anchor.lastIndex = Math.max(anchor.lastIndex, end - pad);
  }
  return out;
}

/** Run `parse` on each window and move what it finds to block offsets. */
function parseInWindows(text: string, anchor: RegExp, pad: number, parse: (window: string, out: Mention[]) => void): Mention[] {
  const found: Mention[] = [];
  for (const [start, end] of windows(text, anchor, pad)) {
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
  const own = parseInWindows(text, ANCHOR, PAD, parseAll);
  own.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  own.forEach(keep);
  // chrono fills gaps only: where our own patterns read something, their granularity wins. It is
  // also the slow part (about 10 ms per 1,000 words), so it only sees the numeric dates' surroundings.
  parseInWindows(text, NUMERIC_DATES, 24, parseWithChrono).forEach(keep);
  return applyParagraphContext(text, kept.sort((a, b) => a.start - b.start));
}
