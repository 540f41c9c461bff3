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
  `${MONTH_RE}|${WEEKDAY_RE}|\\d{4}|\\d0'?s|'\\d0s|century|day|tomorrow|night|morning|afternoon|evening|week|month|year|quarter|half|decade|ago|earlier|\\bend\\b|spring|summer|fall|autumn|winter|Q[1-4]|period|now|current|present|recent|lately|past|future|term|coming|soon|nineteen|twenty|ties\\b|Christmas|Easter|Thanksgiving|New Year|Halloween|Black Friday`,
  'gi',
);

/** Context the parsers may need around an anchor word ("the beginning of the …", "… or so ago"). */
const PAD = 48;

/** Stretches [start, end) around anchor words, merged, starting and ending at whitespace. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    let start = Math.max(0, m.index - PAD);
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    let end = Math.min(text.length, m.index + m[0].length + PAD);
    while (end < text.length && !/\s/.test(text[end])) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, end - PAD);
  }
  return out;
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
  const found: Mention[] = [];
  for (const [start, end] of windows(text)) {
    const local: Mention[] = [];
    parseAll(text.slice(start, end), local);
    for (const m of local) found.push({ ...m, start: m.start + start, end: m.end + start });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  const free = (m: Mention): boolean => m.end > m.start && !kept.some((k) => k.start < m.end && m.start < k.end);
  for (const m of found) if (free(m)) kept.push(m);
  // chrono fills gaps only: where our own patterns read something, their granularity wins.
  // chrono is the slow part (about 10 ms per 1,000 words): ask it only where a numeric date may be.
  if (!NUMERIC_DATE.test(text)) return applyParagraphContext(text, kept.sort((a, b) => a.start - b.start));
  const fromChrono: Mention[] = [];
  parseWithChrono(text, fromChrono);
  for (const m of fromChrono) if (free(m)) kept.push(m);
  return applyParagraphContext(text, kept.sort((a, b) => a.start - b.start));
}
