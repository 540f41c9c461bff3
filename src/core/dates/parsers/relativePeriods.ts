/**
 * Periods counted from the dateline: "last month", "this week", "earlier this year", "the past
 * week", "next quarter", "the end of the year", "two days ago", "a year earlier", "a few years ago".
 */
import { COUNT_RE, countValue, words } from '../lexicon';
import type { Mention, Unit } from '../types';
import { collect } from './match';

const EDGE = words(['early', 'late', 'earlier', 'later', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the rest of', 'the remainder of', 'the first half of', 'the second half of', 'end of', 'by the end of']);

const PERIOD = new RegExp(
  `\\b(?:${EDGE}[-\\s]+)?(?:${words(['the'])}\\s+)?(${words(['last', 'this', 'next', 'past', 'previous', 'coming', 'current', 'latest'])})\\s+(?:fiscal\\s+)?(week|weekend|month|year|quarter|decade)(?![\\w-])`,
  'g',
);

/** "the end of the month", "earlier in the year", "for the week": the current period, or its edge. */
const PERIOD_EDGE = new RegExp(
  `\\b(?:${words(['the end of', 'the beginning of', 'the start of', 'the middle of', 'the turn of', 'earlier in', 'later in'])}|(${words(['for'])}))\\s+the\\s+(week|month|year|quarter)\\b(?!\\s+(?:before|after|ago|earlier|later|that|when|in which|of|to)\\b)`,
  'g',
);

/** "the weekend", "the full year", "the fiscal year", "year-end": the dateline's own period. */
const OWN_PERIOD = new RegExp(`\\b(?:${words(['the'])}\\s+(?:(weekend)|(?:full|fiscal|calendar)\\s+(year))|(${words(['year-end', 'year end', "year's end"])}))(?![\\w-])`, 'g');

const AGO = new RegExp(
  `\\b(?:${words(['about', 'nearly', 'almost', 'some', 'more than', 'less than', 'over', 'just', 'only', 'roughly', 'around', 'barely'])}\\s+)?(${COUNT_RE})\\s+(day|week|month|year|decade)s?(?:\\s+or\\s+so)?\\s+(ago|earlier)\\b`,
  'g',
);

const VAGUE_AGO = new RegExp(`\\b${words(['a few', 'several', 'many', 'some'])}\\s+(?:days|weeks|months|years|decades)\\s+ago\\b`, 'g');

const SHIFTS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, latest: -1, next: 1, coming: 1 };

const TRIGGER = /week|month|year|quarter|decade|ago|earlier|\bend\b/i;

export function parseRelativePeriods(text: string, out: Mention[]): void {
  if (!TRIGGER.test(text)) return;
  collect(PERIOD, text, (m) => {
    const word = m[1].toLowerCase();
    const unit = m[2] as Unit;
    // "the latest quarter" is the last one reported; "the latest week" is not said.
    if (word === 'latest' && unit !== 'quarter') return null;
    return { expr: { type: 'offset', unit, by: SHIFTS[word] } };
  }, out);
  collect(PERIOD_EDGE, text, (m) => {
    // "for the week" in market copy is a span of trading days as often as a calendar week, and
    // "for the quarter" is the quarter being reported (seasonsQuarters.ts), not the current one.
    if (m[1] && (m[2] === 'week' || m[2] === 'quarter')) return null;
    return { expr: { type: 'offset', unit: m[2] as Unit, by: 0 }, lead: m[1] ? m[1].length + 1 : 0 };
  }, out);
  collect(OWN_PERIOD, text, (m) => ({ expr: { type: 'offset', unit: m[1] ? 'weekend' : 'year', by: 0 } }), out);
  collect(AGO, text, (m) => {
    const n = countValue(m[1]);
    if (n === 0) return null;
    return { expr: { type: 'offset', unit: m[2] as Unit, by: -n } };
  }, out);
  collect(VAGUE_AGO, text, () => ({ expr: { type: 'vague', value: 'PAST_REF' } }), out);
}
