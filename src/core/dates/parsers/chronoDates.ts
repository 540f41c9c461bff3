/**
 * chrono-node as a second opinion for absolute dates our own patterns do not write out (numeric
 * "5/11/2018", "the fifth of May", "May 5th 2018 at noon"). Only the components chrono is certain
 * of are kept, so its instants become calendar fields; its relative results ("last month") are
 * dropped because chrono turns them into instants and loses the granularity our parsers keep.
 */
import * as chrono from 'chrono-node';
import type { Mention } from '../types';

const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** Two numbers up to 12 that differ, then a year: chrono reads them month first, a European desk day first. */
const ALL_DIGITS = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/;

function isSwappable(written: string): boolean {
  const m = ALL_DIGITS.exec(written);
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2]);
}

export function parseWithChrono(text: string, out: Mention[]): void {
  for (const r of chrono.casual.parse(text, REFERENCE)) {
    const tags = r.tags();
    if (tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference'))) continue;
    const s = r.start;
    const month = s.isCertain('month') ? s.get('month') : null;
    const day = s.isCertain('day') ? s.get('day') : null;
    const year = s.isCertain('year') ? s.get('year') : null;
    if (month === null || (day === null && year === null)) continue;
    // Digits alone without a year are fractions and scores ("3/4", "7/8"), not dates.
    if (year === null && !/[A-Za-z]{3}/.test(r.text)) continue;
    out.push({ start: r.index, end: r.index + r.text.length, expr: { type: 'calendar', year, month, day, weekday: null, shift: null, swappable: isSwappable(r.text) } });
  }
}
