/**
 * Parts of a year: seasons ("this spring", "the fall of 1990", "last winter") and quarters or
 * halves ("the third quarter", "third-quarter", "Q3 2018", "the 1988 second quarter", "this year's
 * first half", "the fiscal first quarter").
 */
import { ORDINALS, SEASONS, words } from '../lexicon';
import type { Mention, Shift } from '../types';
import { collect, wordBefore } from './match';

const SEASON = new RegExp(
  `\\b(?:(${words(['last', 'this', 'next', 'early', 'late', 'the', 'in', 'during', 'by', 'until', 'since', 'over', 'through', 'this past', 'this coming'])})\\s+)?(?:(${words(['early', 'late', 'mid'])})[-\\s]+)?(spring|summer|fall|autumn|winter)(?![\\w-])(?:\\s+(?:of\\s+)?(\\d{4})(?!\\d))?`,
  'g',
);

const QUARTER = new RegExp(
  `\\b(?:(\\d{4})\\s+|(${words(['this', 'last', 'next'])})\\s+year(?:'s|’s)\\s+|(${words(['fiscal'])})\\s+)?(${words(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'])})[-\\s](quarter|half)(?![\\w-])(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4})(?!\\d))?` +
    `|\\bQ([1-4])(?:\\s+(\\d{4})(?!\\d))?\\b`,
  'g',
);

/**
 * "the quarter", "the latest period", "the year-ago quarter", "year-earlier" (as in "year-earlier
 * profit"): the quarter an earnings report is about, or the same quarter a year before.
 */
const REPORTED_QUARTER = new RegExp(
  `\\b${words(['the'])}\\s+(?:(latest|recent|most recent|year-ago|year-earlier|comparable year-ago)\\s+)?(?:quarter|(?<=(?:latest|recent|ago|earlier)\\s+)period)(?![\\w-])` +
    `|\\b(${words(['year-ago', 'year-earlier'])})(?![\\w-])`,
  'g',
);

/** A capitalized word before "Q4" that is not a preposition, a determiner or fiscal shorthand opening a sentence. */
const NAMES_A_MODEL = /^(?!(?:In|By|For|During|Until|Since|Through|From|The|Its|Their|Our|Last|This|Next|Fiscal|FY|And|Or|Of|After|Before|Than)$)\p{Lu}[\p{L}-]*$/u;

const SHIFTS: Record<string, Shift> = { last: -1, this: 0, next: 1, 'this past': -1, 'this coming': 1 };

const TRIGGER = /spring|summer|fall|autumn|winter|quarter|half|Q[1-4]|year-|period/i;

export function parseSeasonsAndQuarters(text: string, out: Mention[]): void {
  if (!TRIGGER.test(text)) return;
  collect(SEASON, text, (m) => {
    const context = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const word = m[3].toLowerCase();
    const yearText = m[4];
    // A season needs a determiner or a year; "fall" as a verb and "the fall of Rome" are not dates.
    if (!context && !m[2] && !yearText) return null;
    if (word === 'fall' && !yearText && /^\s+of\b/.test(text.slice(m.index + m[0].length))) return null;
    if (word === 'fall' && !yearText && !m[2] && !(context && context in SHIFTS) && context !== 'the') return null;
    const shift = context && context in SHIFTS ? SHIFTS[context] : null;
    const lead = context && !(context in SHIFTS) && context !== 'early' && context !== 'late' ? m[0].indexOf(m[2] ?? m[3], m[1].length) : 0;
    return { expr: { type: 'season', season: SEASONS[word], year: yearText ? Number(yearText) : null, shift }, lead };
  }, out);
  collect(QUARTER, text, (m) => {
    // "Audi Q4", "the Nimbus Q3": after a name, "Q" and a digit are a model, not a quarter.
    if (m[7] && NAMES_A_MODEL.test(wordBefore(text, m.index))) return null;
    if (m[7]) return { expr: { type: 'part', part: 'Q', index: Number(m[7]), year: m[8] ? Number(m[8]) : null, shift: null } };
    const part = m[5].toLowerCase() === 'half' ? 'H' : 'Q';
    const year = m[1] ? Number(m[1]) : m[6] ? Number(m[6]) : null;
    const shift = m[2] ? SHIFTS[m[2].toLowerCase()] : null;
    return { expr: { type: 'part', part, index: ORDINALS[m[4].toLowerCase()], year, shift } };
  }, out);
  collect(REPORTED_QUARTER, text, (m) => {
    // News reports results for the quarter just ended; the year-ago quarter is four before that.
    const kind = (m[1] ?? m[2])?.toLowerCase();
    return { expr: { type: 'offset', unit: 'quarter', by: kind && /ago|earlier/.test(kind) ? -5 : -1 } };
  }, out);
}
