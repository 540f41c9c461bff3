/**
 * All date expressions of a block, from every parser family, with overlaps settled: the longest
 * reading wins ("Friday, May 12, 2018" over "Friday" and "2018"), then the earliest; chrono-node's
 * readings only fill the gaps our own patterns leave.
 */
import { parseCalendarDates } from './parsers/calendarDates';
import { parseWithChrono } from './parsers/chronoDates';
import { parseDays } from './parsers/days';
import { parseReferences } from './parsers/references';
import { parseRelativePeriods } from './parsers/relativePeriods';
import { parseSeasonsAndQuarters } from './parsers/seasonsQuarters';
import { parseYears } from './parsers/years';
import type { Mention } from './types';

/** Years after this are read as numbers, not years. */
const MAX_YEAR = 2100;

export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  parseCalendarDates(text, found);
  parseDays(text, found);
  parseRelativePeriods(text, found);
  parseSeasonsAndQuarters(text, found);
  parseYears(text, found, MAX_YEAR);
  parseReferences(text, found);
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  const free = (m: Mention): boolean => m.end > m.start && !kept.some((k) => k.start < m.end && m.start < k.end);
  for (const m of found) if (free(m)) kept.push(m);
  // chrono fills gaps only: where our own patterns read something, their granularity wins.
  const fromChrono: Mention[] = [];
  parseWithChrono(text, fromChrono);
  for (const m of fromChrono) if (free(m)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
