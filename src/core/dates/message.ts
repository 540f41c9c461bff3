/** The words an editor reads in the Problems panel and hover for each kind of date finding. */
import { addDays, parseIsoDay, weekday, type Ymd } from './calendar';
import { MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAMES, type Season } from './lexicon';
import type { Resolved } from './resolve';

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth'];

/** "7–13 May 2018", "30 April–6 May 2018": Monday to Sunday of an ISO week (Saturday to Sunday for its weekend). */
function weekSpan(year: number, week: number, weekend: boolean): string {
  const jan4 = { year, month: 1, day: 4 };
  const monday = addDays(jan4, 1 - weekday(jan4) + (week - 1) * 7 + (weekend ? 5 : 0));
  const sunday = addDays(monday, weekend ? 1 : 6);
  const dm = (d: Ymd): string => `${d.day} ${MONTH_NAMES[d.month - 1]}`;
  if (monday.year !== sunday.year) return `${dm(monday)} ${monday.year}–${dm(sunday)} ${sunday.year}`;
  return monday.month === sunday.month ? `${monday.day}–${dm(sunday)} ${sunday.year}` : `${dm(monday)}–${dm(sunday)} ${sunday.year}`;
}

/** "Friday, 11 May 2018", "April 2018", "week 19 of 2018", "Q3 2018", "spring 2018", "the 1990s". */
export function describeValue(value: string): string {
  const day = parseIsoDay(value);
  if (day) return `${WEEKDAY_NAMES[weekday(day) - 1]}, ${day.day} ${MONTH_NAMES[day.month - 1]} ${day.year}`;
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return m[3] ? `the weekend of ${weekSpan(Number(m[1]), Number(m[2]), true)}` : `ISO week ${Number(m[2])} of ${m[1]} (${weekSpan(Number(m[1]), Number(m[2]), false)})`;
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H(\d)$/.exec(value);
  if (m) return `the ${ORDINAL_WORDS[Number(m[2])]} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASON_NAMES[m[2] as Season]} ${m[1]}`;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${Number(value) + 1}th century`;
  if (value === 'PAST_REF') return 'an unspecified time in the past';
  if (value === 'FUTURE_REF') return 'an unspecified time in the future';
  if (value === 'PRESENT_REF') return 'the present';
  return value;
}

const VAGUE_MESSAGES: Record<string, string> = {
  PRESENT_REF: 'refers to the present: check it still holds on the day of publication',
  PAST_REF: 'is a vague past reference: find the actual date',
  FUTURE_REF: 'is a vague future reference: find the expected date',
};

export function dateMessage(written: string, resolved: Resolved, dateline: string | null): string {
  if (resolved.granularity === 'vague') return `Time reference "${written}" ${VAGUE_MESSAGES[resolved.value]}${dateline ? ` (dateline ${dateline})` : ''}`;
  if (!resolved.relative) {
    const described = describeValue(resolved.value);
    return `Date "${written}" → ${described}${described === resolved.value ? '' : ` (${resolved.value})`}`;
  }
  if (!resolved.resolved) {
    return `Relative date "${written}" is not resolved: the draft has no dateline (put the date under the byline, set \`date:\` in front matter, or set factdesk.dateline)`;
  }
  return `Relative date "${written}" → ${describeValue(resolved.value)} (dateline ${dateline})`;
}

/** "the last fiscal year": counted from the dateline, but which calendar years it spans is the organisation's. */
export function shiftedFiscalYearMessage(written: string): string {
  return `Fiscal year "${written}" is not resolved: a fiscal year need not run with the calendar year; name it as the organisation does (FY2020, 2020-21)`;
}

/** An all-digit date whose day and month could be swapped ("07/05/2017"), with both readings. */
export function ambiguousDateMessage(written: string, monthFirst: string, dayFirst: string): string {
  return `"${written}" could be ${describeValue(monthFirst)} (month first) or ${describeValue(dayFirst)} (day first): write the month as a word, or set factdesk.dateOrder to "mdy" or "dmy"`;
}

/** The date of a wire dateline: what it resolves to, if the year is known. */
export function wireDatelineMessage(written: string, resolved: Resolved): string {
  if (!resolved.resolved) return `Wire dateline "${written}": the story's date (its year is not known: set \`date:\` in front matter or factdesk.dateline)`;
  return `Wire dateline "${written}": the story's date, ${describeValue(resolved.value)}`;
}

export function weekdayMismatchMessage(written: string, value: string, writtenWeekday: number): string {
  const day = parseIsoDay(value);
  const actual = day ? WEEKDAY_NAMES[weekday(day) - 1] : '?';
  return `Weekday does not match the date in "${written}": ${value} is a ${actual}, not a ${WEEKDAY_NAMES[writtenWeekday - 1]}`;
}

export function afterDatelineMessage(written: string, value: string, dateline: string): string {
  return `"${written}" (${value}) is after the dateline ${dateline}, but the sentence tells it in the past tense: check the date or the tense`;
}
