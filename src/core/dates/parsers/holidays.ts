/** Holidays by name: "on Thanksgiving Day", "last Christmas", "Easter 2016", "Election Day". */
import { HOLIDAY_NAMES, holidayKey } from '../holidays';
import { words } from '../lexicon';
import type { Mention, Shift } from '../types';
import { collect } from './match';

/** Capitalized names as written, longest first, apostrophes straight or curly. */
const NAMES = [...HOLIDAY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/(^|\s)([a-z])/g, (_, s: string, c: string) => s + c.toUpperCase()).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .map((n) => (n.startsWith('Martin') ? n.replace('King', 'King(?:\\s+Jr\\.?)?') : n));

/** A capitalized word after the name makes it part of another name ("Easter Island", "Christmas Carol"). */
const HOLIDAY = new RegExp(`\\b(?:(${words(['last', 'this', 'next'])})\\s+)?(${NAMES.join('|')})(?![\\w'’]|\\s+[A-Z][a-z])(?:,?\\s+(\\d{4})(?!\\d))?`, 'g');

const SHIFTS: Record<string, Shift> = { last: -1, this: 0, next: 1 };

export function parseHolidays(text: string, out: Mention[]): void {
  collect(HOLIDAY, text, (m) => ({
    expr: { type: 'holiday', key: holidayKey(m[2]), year: m[3] ? Number(m[3]) : null, shift: m[1] ? SHIFTS[m[1].toLowerCase()] : null },
  }), out);
}

