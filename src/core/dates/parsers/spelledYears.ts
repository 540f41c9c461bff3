/**
 * Years and decades spelled out, as broadcast transcripts and quoted speech write them:
 * "nineteen ninety-six", "the year two thousand", "the nineties".
 */
import { words } from '../lexicon';
import type { Mention } from '../types';
import { collect } from './match';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DECADES = ['', '', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

function small(word: string): number {
  const w = word.toLowerCase();
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit + 1;
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return teen + 10;
  return TENS.indexOf(w) * 10;
}

const YEAR = new RegExp(
  `\\b(${words(['nineteen', 'twenty'])})[-\\s](${words([...TEENS, ...TENS.filter(Boolean)])})(?:-(${UNITS.join('|')}))?\\b` +
    `|\\b${words(['the year two thousand'])}(?:\\s+and\\s+(${[...UNITS, 'ten'].join('|')}))?\\b`,
  'g',
);

const DECADE = new RegExp(`\\b${words(['the'])}\\s+(?:(${words(['early', 'mid', 'late'])})[-\\s]+)?(${DECADES.filter(Boolean).join('|')})\\b`, 'g');

export function parseSpelledYears(text: string, out: Mention[]): void {
  collect(YEAR, text, (m) => {
    const year = m[1] !== undefined ? small(m[1]) * 100 + small(m[2]) + (m[3] ? small(m[3]) : 0) : 2000 + (m[4] ? small(m[4]) : 0);
    return { expr: { type: 'calendar', year, month: null, day: null, weekday: null, shift: null } };
  }, out);
  collect(DECADE, text, (m) => ({ expr: { type: 'truncated', digits: `19${DECADES.indexOf(m[2].toLowerCase())}` } }), out);
}
