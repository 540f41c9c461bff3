/**
 * Dates written with a month name or in ISO form: "May 11, 2018", "Friday, May 11", "11 May 2018",
 * "the 11th of May", "April 2017", "mid-November", "in May", "2018-05-11".
 */
import { MONTH_ABBR_RE, MONTH_ABBR_YEAR_RE, MONTH_RE, WEEKDAY_RE, monthNumber, weekdayNumber, words } from '../lexicon';
import type { Mention, Shift } from '../types';
import { collect, wordAfter } from './match';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.,:]\\d)';
const YEAR = '(?:,?\\s+(\\d{4})(?![\\d%]))';
const LEADING_WEEKDAY = `(?:(${WEEKDAY_RE}),?\\s+)?`;

const MONTH_DAY = new RegExp(`\\b(?:(${words(['last', 'this', 'next'])})\\s+)?${LEADING_WEEKDAY}(${MONTH_RE}|${MONTH_ABBR_RE})\\s+${DAY}${YEAR}?`, 'g');
const DAY_MONTH = new RegExp(`\\b${LEADING_WEEKDAY}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_RE}|${MONTH_ABBR_YEAR_RE})(?![\\w])${YEAR}?`, 'g');
/** "Mar 2023": an abbreviation without a full stop counts as a month only with its year. */
const ABBR_YEAR = new RegExp(`\\b(${MONTH_ABBR_RE})\\s+(\\d{4})(?![\\d%])`, 'g');

/** A month with an optional modifier or preposition before it and an optional year after it. */
const MONTH_ALONE = new RegExp(
  `(?:\\b(${words(['in', 'since', 'by', 'until', 'till', 'through', 'during', 'from', 'before', 'after', 'of', 'to', 'and', 'or', 'between', 'last', 'this', 'next', 'early', 'late', 'mid', 'earlier', 'later'])})[-\\s]+)?` +
    `(?:(${words(['early', 'late', 'mid', 'the end of', 'the middle of', 'the beginning of', 'the start of'])})[-\\s]+)?(${MONTH_RE})(?![\\w-])${YEAR}?`,
  'g',
);

/** "January this year", "June last year", "June 16th of last year". */
const MONTH_OF_YEAR = new RegExp(`\\b(${MONTH_RE})(?:\\s+${DAY})?\\s+(?:of\\s+)?(${words(['this', 'last', 'next'])})\\s+year\\b`, 'g');
const YEAR_OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Months that are also common words or first names; alone they need a preposition or modifier. */
const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);

/** "by August", "until January": the next one, whatever the verb ("through August" is often past). */
const SHIFTS: Record<string, Shift> = { last: -1, this: 0, next: 1, by: 1, until: 1, till: 1 };

/** Words that only place a month in time ("in May"): context, not part of the date's range. */
const PLAIN_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'during', 'from', 'before', 'after', 'of', 'to', 'and', 'or', 'between']);

function year(text: string | undefined): number | null {
  return text ? Number(text) : null;
}

/** Cheap test that a block may hold one of these dates at all, so most blocks skip the big patterns. */
const TRIGGER = new RegExp(`${MONTH_RE}|${MONTH_ABBR_RE}|\\d{4}-\\d\\d-`);

export function parseCalendarDates(text: string, out: Mention[]): void {
  if (!TRIGGER.test(text)) return;
  collect(MONTH_DAY, text, (m) => {
    const day = Number(m[4]);
    if (day < 1 || day > 31) return null;
    const shift = m[1] ? SHIFTS[m[1].toLowerCase()] : null;
    return { expr: { type: 'calendar', year: year(m[5]), month: monthNumber(m[3]), day, weekday: m[2] ? weekdayNumber(m[2]) : null, shift } };
  }, out);
  collect(DAY_MONTH, text, (m) => {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return null;
    return { expr: { type: 'calendar', year: year(m[4]), month: monthNumber(m[3]), day, weekday: m[1] ? weekdayNumber(m[1]) : null, shift: null } };
  }, out);
  collect(MONTH_ALONE, text, (m) => {
    const month = monthNumber(m[3]);
    const context = m[1]?.toLowerCase();
    const modifier = m[2];
    const plain = context !== undefined && PLAIN_PREPOSITIONS.has(context);
    if (!context && !modifier && !m[4]) {
      // A bare capitalized month: refuse the ambiguous ones, and names ("April Ryan").
      if (AMBIGUOUS_MONTHS.has(month)) return null;
      if (/^[A-Z]/.test(wordAfter(text, m.index + m[0].length))) return null;
    }
    const shift = context && context in SHIFTS ? SHIFTS[context] : null;
    const lead = plain ? m[0].indexOf(modifier ?? m[3], m[1].length) : 0;
    return { expr: { type: 'calendar', year: year(m[4]), month, day: null, weekday: null, shift }, lead };
  }, out);
  collect(MONTH_OF_YEAR, text, (m) => ({
    expr: { type: 'calendar', year: null, month: monthNumber(m[1]), day: m[2] ? Number(m[2]) : null, weekday: null, shift: null, yearOffset: YEAR_OFFSETS[m[3].toLowerCase()] },
  }), out);
  collect(ABBR_YEAR, text, (m) => ({
    expr: { type: 'calendar', year: Number(m[2]), month: monthNumber(m[1]), day: null, weekday: null, shift: null },
  }), out);
  collect(ISO_DATE, text, (m) => ({
    expr: { type: 'calendar', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), weekday: null, shift: null },
  }), out);
}
