/**
 * Named days whose date a reader knows but a fact-checker must still pin down: "on Thanksgiving
 * Day", "last Christmas", "Election Day". US and Western Christian holidays, as US wire copy names
 * them; each is a rule for finding its date in a given year.
 */
import { addDays, weekday, type Ymd } from './calendar';

type Rule =
  | { fixed: [month: number, day: number] }
  /** The nth given weekday of a month; n = -1 for the last one. */
  | { nth: [month: number, weekday: number, n: number]; plus?: number }
  /** Days from Easter Sunday. */
  | { easter: number };

const RULES: Record<string, Rule> = {
  "new year's day": { fixed: [1, 1] },
  "new year's eve": { fixed: [12, 31] },
  'christmas eve': { fixed: [12, 24] },
  christmas: { fixed: [12, 25] },
  'christmas day': { fixed: [12, 25] },
  'boxing day': { fixed: [12, 26] },
  'independence day': { fixed: [7, 4] },
  halloween: { fixed: [10, 31] },
  "valentine's day": { fixed: [2, 14] },
  'veterans day': { fixed: [11, 11] },
  'armistice day': { fixed: [11, 11] },
  thanksgiving: { nth: [11, 4, 4] },
  'thanksgiving day': { nth: [11, 4, 4] },
  'black friday': { nth: [11, 4, 4], plus: 1 },
  'memorial day': { nth: [5, 1, -1] },
  'labor day': { nth: [9, 1, 1] },
  'martin luther king day': { nth: [1, 1, 3] },
  "presidents' day": { nth: [2, 1, 3] },
  "mother's day": { nth: [5, 7, 2] },
  "father's day": { nth: [6, 7, 3] },
  /** US federal elections: the Tuesday after the first Monday of November. */
  'election day': { nth: [11, 1, 1], plus: 1 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
};

export const HOLIDAY_NAMES = Object.keys(RULES);

/** "Thanksgiving Day" → "thanksgiving day", with straight apostrophes and single spaces. */
export function holidayKey(written: string): string {
  return written.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/ jr\.?/, '');
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function nthWeekday(year: number, month: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** The holiday's date in a year, or null for an unknown name. */
export function holidayDate(key: string, year: number): Ymd | null {
  const rule = RULES[key];
  if (!rule) return null;
  if ('fixed' in rule) return { year, month: rule.fixed[0], day: rule.fixed[1] };
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  return addDays(nthWeekday(year, rule.nth[0], rule.nth[1], rule.nth[2]), rule.plus ?? 0);
}
