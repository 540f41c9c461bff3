/** Holidays by name: "on Thanksgiving Day", "last Christmas", "Easter 2016", "Election Day". */
import { HOLIDAY_NAMES, holidayKey } from '../holidays';
import { words } from '../lexicon';
import type { Mention, Shift } from '../types';
import { collect, wordBefore } from './match';

/** Capitalized names as written, longest first, apostrophes straight or curly. */
const NAMES = [...HOLIDAY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/(^|\s)([a-z])/g, (_, s: string, c: string) => s + c.toUpperCase()).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .map((n) => (n.startsWith('Martin') ? n.replace('King', 'King(?:\\s+Jr\\.?)?') : n));

/** A capitalized word after the name makes it part of another name ("Easter Island", "Christmas Carol"). */
const HOLIDAY = new RegExp(`\\b(?:(${words(['last', 'this', 'next'])})\\s+)?(${NAMES.join('|')})(?![\\w'’]|\\s+[A-Z][a-z])(?:,?\\s+(\\d{4})(?!\\d))?`, 'g');

const SHIFTS: Record<string, Shift> = { last: -1, this: 0, next: 1 };

/**
 * A holiday name that modifies a noun names a kind of thing, not a day: "a Christmas present",
 * "Thanksgiving dinner", "Halloween costumes". Unless a preposition places it in time ("on Christmas
 * morning", "before Christmas shopping began" is rare enough) or the noun is itself a time.
 */
const NOUN_AFTER = /^\s+([a-z][a-z-]*)/;
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'eve', 'week', 'weekend', 'holiday', 'holidays', 'season', 'period', 'break', 'time']);
const PLACES_IN_TIME = new Set(['on', 'at', 'by', 'before', 'after', 'until', 'till', 'since', 'over', 'for', 'during', 'around', 'from', 'through', 'last', 'this', 'next', 'of']);

function namesAThing(text: string, m: RegExpExecArray): boolean {
  if (m[1] || m[3]) return false;
  const noun = NOUN_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
  if (!noun || TIME_NOUNS.has(noun[1]) || /^(?:and|or|but|as|is|was|will|when|to|in|with)$/.test(noun[1])) return false;
  return !PLACES_IN_TIME.has(wordBefore(text, m.index).toLowerCase());
}

export function parseHolidays(text: string, out: Mention[]): void {
  collect(HOLIDAY, text, (m) => namesAThing(text, m) ? null : ({
    expr: { type: 'holiday', key: holidayKey(m[2]), year: m[3] ? Number(m[3]) : null, shift: m[1] ? SHIFTS[m[1].toLowerCase()] : null },
  }), out);
}

