/**
 * Proleptic Gregorian calendar arithmetic on plain day numbers, with no Date objects and no time
 * zones: a dateline is a calendar day, and "yesterday" must not drift with the machine's zone.
 */

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: Ymd): number {
  const d = (dayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday (ISO 4)
  return (d < 0 ? d + 7 : d) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidYmd(date: Ymd): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const n = dayNumber(date);
  const thursday = fromDayNumber(n - weekday(date) + 4);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** Shift a (year, month) pair by whole months. */
export function addMonths(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(date: Ymd): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatWeek(date: Ymd): string {
  const w = isoWeek(date);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse YYYY-MM-DD (exactly) into a valid day, else null. */
export function parseIsoDay(text: string): Ymd | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(date) ? date : null;
}
