/**
 * News-sense resolution: a date expression plus the dateline and the tense of its clause give a
 * TIMEX3 value. Past-tense copy points back (the most recent Friday on or before the dateline),
 * future-tense copy forward; with no tense, a weekday points back (wire-story habit) and a month
 * or day without a year takes the nearest occurrence. Without a dateline, relative expressions
 * get TIMEX3's underspecified form ("XXXX-05-11") and are reported as not resolved.
 */
import { addDays, addMonths, dayNumber, formatDay, formatMonth, formatWeek, isValidYmd, pad4, weekday, type Ymd } from './calendar';
import { holidayDate } from './holidays';
import type { Tense } from './tense';
import type { DateExpr, Shift, Unit } from './types';

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'truncated' | 'vague';

export interface Resolved {
  /** TIMEX3-style value, underspecified (X) when it needs a dateline that is missing. */
  value: string;
  granularity: Granularity;
  /** True when the value depends on the dateline (weekday, "last month", a date without a year). */
  relative: boolean;
  /** False when relative and no dateline was available. */
  resolved: boolean;
  /** The calendar day, for day-granular values. */
  day?: Ymd;
  /** Year and month the value falls in, for month-granular values. */
  month?: { year: number; month: number };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Year of a month (and day) written without one. "last April" is the most recent April before the
 * dateline's month, "next April" the first after; otherwise the dateline's year unless the date is
 * far from it (a story dated 3 January that mentions 30 December means last year's). Tense only
 * decides far cases: news copy says "payable Dec. 7" and "was extended to Nov. 20" about the
 * coming weeks alike, but "was shot on Oct. 23" in a May story is last October, and "in March" in
 * an October story is this year's March unless the copy looks ahead.
 */
function yearFor(month: number, day: number | null, shift: Shift, tense: () => Tense, dl: Ymd): number {
  if (shift === 0) return dl.year;
  if (shift === -1) return day === null ? (month < dl.month ? dl.year : dl.year - 1) : month * 100 + day < dl.month * 100 + dl.day ? dl.year : dl.year - 1;
  if (shift === 1) return day === null ? (month > dl.month ? dl.year : dl.year + 1) : month * 100 + day > dl.month * 100 + dl.day ? dl.year : dl.year + 1;
  // Days from the dateline to this year's occurrence; news looks back further than ahead.
  const gap = (month - dl.month) * 31 + ((day ?? dl.day) - dl.day);
  if (gap > 183) return tense() === 'future' ? dl.year : dl.year - 1;
  if (gap > FAR_AHEAD_DAYS) return tense() === 'past' ? dl.year - 1 : dl.year;
  if (gap < -270) return tense() === 'past' ? dl.year : dl.year + 1;
  if (gap < -183) return tense() === 'future' ? dl.year + 1 : dl.year;
  return dl.year;
}

/** Beyond this many days after the dateline, a past-tense date without a year is last year's. */
const FAR_AHEAD_DAYS = 120;

function weekdayFrom(target: number, shift: Shift, tense: () => Tense, dl: Ymd): Ymd {
  const today = weekday(dl);
  const back = (today - target + 7) % 7; // days back to the most recent one, 0 = today
  if (shift === -1) return addDays(dl, back === 0 ? -7 : -back);
  if (shift === 1) return addDays(dl, back === 0 ? 7 : 7 - back);
  if (shift === 0) return addDays(dl, target - today);
  if (tense() === 'future') return addDays(dl, back === 0 ? 0 : 7 - back);
  return addDays(dl, -back);
}

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

function partYear(part: 'Q' | 'H', index: number, shift: Shift, tense: () => Tense, dl: Ymd): number {
  const current = part === 'Q' ? quarterOf(dl.month) : dl.month <= 6 ? 1 : 2;
  if (shift === 0 || shift === null) {
    // A quarter not yet begun is last year's when told in the past (results reported in January).
    if (index > current && tense() !== 'future') return dl.year - 1;
    return dl.year;
  }
  return dl.year + shift;
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

function seasonYear(season: string, shift: Shift, dl: Ymd): number {
  const current = dl.month <= 2 ? 0 : dl.month <= 5 ? 1 : dl.month <= 8 ? 2 : dl.month <= 11 ? 3 : 0;
  const index = SEASON_ORDER.indexOf(season);
  if (shift === -1) return index < current ? dl.year : dl.year - 1;
  if (shift === 1) return index > current ? dl.year : dl.year + 1;
  return dl.year;
}

function unresolved(value: string, granularity: Granularity): Resolved {
  return { value, granularity, relative: true, resolved: false };
}

/** `tense` is asked only when the answer depends on it: finding it is the costly part. */
export function resolve(expr: DateExpr, dl: Ymd | null, tense: () => Tense): Resolved | null {
  switch (expr.type) {
    case 'calendar': {
      const relative = expr.year === null;
      if (relative && !dl) {
        if (expr.month === null) return null;
        return unresolved(expr.day === null ? `XXXX-${pad2(expr.month)}` : `XXXX-${pad2(expr.month)}-${pad2(expr.day)}`, expr.day === null ? 'month' : 'day');
      }
      const year =
        expr.year ??
        (expr.yearOffset !== undefined
          ? (dl as Ymd).year + expr.yearOffset
          : yearFor(expr.month ?? 1, expr.day, expr.shift, tense, dl as Ymd));
      if (expr.month === null) return { value: pad4(year), granularity: 'year', relative, resolved: true };
      if (expr.day === null) return { value: formatMonth(year, expr.month), granularity: 'month', relative, resolved: true, month: { year, month: expr.month } };
      const day = { year, month: expr.month, day: expr.day };
      if (!isValidYmd(day)) return null;
      return { value: formatDay(day), granularity: 'day', relative, resolved: true, day };
    }
    case 'weekday': {
      if (!dl) return unresolved(`XXXX-WXX-${expr.weekday}`, 'day');
      const fixed = expr.tense;
      const day = weekdayFrom(expr.weekday, expr.shift, fixed ? () => fixed : tense, dl);
      return { value: formatDay(day), granularity: 'day', relative: true, resolved: true, day };
    }
    case 'holiday': {
      if (expr.year === null && !dl) return unresolved('XXXX-XX-XX', 'day');
      const thisYear = holidayDate(expr.key, expr.year ?? (dl as Ymd).year);
      if (!thisYear) return null;
      const year = expr.year ?? yearFor(thisYear.month, thisYear.day, expr.shift, tense, dl as Ymd);
      const day = holidayDate(expr.key, year) as Ymd;
      return { value: formatDay(day), granularity: 'day', relative: expr.year === null, resolved: true, day };
    }
    case 'offset':
      return resolveOffset(expr.unit, expr.by, tense, dl);
    case 'season': {
      if (expr.year !== null) return { value: `${pad4(expr.year)}-${expr.season}`, granularity: 'season', relative: false, resolved: true };
      if (!dl) return unresolved(`XXXX-${expr.season}`, 'season');
      return { value: `${pad4(seasonYear(expr.season, expr.shift, dl))}-${expr.season}`, granularity: 'season', relative: true, resolved: true };
    }
    case 'part': {
      const granularity = expr.part === 'Q' ? 'quarter' : 'half';
      if (expr.year !== null) return { value: `${pad4(expr.year)}-${expr.part}${expr.index}`, granularity, relative: false, resolved: true };
      if (!dl) return unresolved(`XXXX-${expr.part}${expr.index}`, granularity);
      return { value: `${pad4(partYear(expr.part, expr.index, expr.shift, tense, dl))}-${expr.part}${expr.index}`, granularity, relative: true, resolved: true };
    }
    case 'truncated':
      return { value: expr.digits, granularity: 'truncated', relative: false, resolved: true };
    case 'vague':
      return { value: expr.value, granularity: 'vague', relative: true, resolved: true };
  }
}

function resolveOffset(unit: Unit, by: number, tense: () => Tense, dl: Ymd | null): Resolved | null {
  if (!dl) {
    const shapes: Record<string, [string, Granularity]> = {
      day: ['XXXX-XX-XX', 'day'], week: ['XXXX-WXX', 'week'], weekend: ['XXXX-WXX-WE', 'weekend'], month: ['XXXX-XX', 'month'],
      quarter: ['XXXX-QX', 'quarter'], half: ['XXXX-HX', 'half'], year: ['XXXX', 'year'], decade: ['XXX', 'truncated'],
    };
    const [value, granularity] = shapes[unit];
    return unresolved(value, granularity);
  }
  const base = { relative: true, resolved: true };
  switch (unit) {
    case 'day': {
      const day = addDays(dl, by);
      return { ...base, value: formatDay(day), granularity: 'day', day };
    }
    case 'week':
      return { ...base, value: formatWeek(addDays(dl, 7 * by)), granularity: 'week' };
    case 'weekend': {
      // "the weekend" told in the past on a weekday is the one just gone.
      const back = by === 0 && weekday(dl) < 6 && tense() === 'past' ? -7 : 0;
      return { ...base, value: `${formatWeek(addDays(dl, 7 * by + back))}-WE`, granularity: 'weekend' };
    }
    case 'month': {
      const m = addMonths(dl.year, dl.month, by);
      return { ...base, value: formatMonth(m.year, m.month), granularity: 'month', month: m };
    }
    case 'quarter': {
      const index = dl.year * 4 + quarterOf(dl.month) - 1 + by;
      return { ...base, value: `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`, granularity: 'quarter' };
    }
    case 'half': {
      const index = dl.year * 2 + (dl.month <= 6 ? 0 : 1) + by;
      return { ...base, value: `${pad4(Math.floor(index / 2))}-H${(index % 2) + 1}`, granularity: 'half' };
    }
    case 'year':
      return { ...base, value: pad4(dl.year + by), granularity: 'year' };
    case 'decade':
      return { ...base, value: String(Math.floor(dl.year / 10) + by), granularity: 'truncated' };
  }
}

/** Days from the dateline to a resolved day (negative = before). */
export function daysAfter(day: Ymd, dl: Ymd): number {
  return dayNumber(day) - dayNumber(dl);
}
