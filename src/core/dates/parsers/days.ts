/**
 * Days named relative to the dateline: weekdays ("on Friday", "last Tuesday", "Friday morning")
 * and deictic days ("yesterday", "early today", "tomorrow night", "last night").
 */
import { WEEKDAY_RE, cap, weekdayNumber, words } from '../lexicon';
import type { Mention, Shift } from '../types';
import { collect, wordBefore } from './match';

const PART_OF_DAY = `(?:\\s+${words(['morning', 'afternoon', 'evening', 'night'])})?`;

const WEEKDAY = new RegExp(
  `\\b(?:(${words(['on', 'last', 'this coming', 'this', 'next', 'early', 'late', 'earlier', 'later', 'until', 'as soon as', 'as early as', 'no later than', 'ahead of', 'by', 'since', 'from'])})\\s+)?(${WEEKDAY_RE})(?!\\w)${PART_OF_DAY}`,
  'g',
);

const DEICTIC = new RegExp(
  `\\b(?:(${words(['early', 'late', 'earlier', 'later'])})\\s+)?(${words(['the day before yesterday', 'the day after tomorrow', 'yesterday', 'today', 'tomorrow', 'tonight'])})(?!\\w)${PART_OF_DAY}` +
    `|\\b(${cap('last')}|${cap('this')})\\s+(${words(['night', 'morning', 'afternoon', 'evening'])})\\b`,
  'g',
);

/** Holidays and names built on a weekday: not the weekday of this week. */
const WEEKDAY_NAMES_BEFORE = new Set(['good', 'black', 'ash', 'super', 'cyber', 'holy', 'palm', 'bloody', 'maundy', 'easter']);

const SHIFTS: Record<string, Shift> = { last: -1, this: 0, 'this coming': 1, next: 1 };

/**
 * "until Tuesday", "as soon as Tuesday" look ahead whatever the verb ("postponed until Tuesday"),
 * and on a Tuesday dateline they mean that very day, unlike "next Tuesday".
 */
const AHEAD = new Set(['until', 'as soon as', 'as early as', 'no later than', 'ahead of']);

/** Prepositions that place a weekday but are not part of its range. */
const CONTEXT_ONLY = new Set(['until', 'as soon as', 'as early as', 'no later than', 'ahead of', 'by', 'since', 'from']);

const DEICTIC_OFFSETS: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tomorrow: 1, tonight: 0,
};

/** Every weekday and deictic word has one of these in it ("Monday", "yesterday", "tonight", "last night"). */
const TRIGGER = /day|tomorrow|night|morning|afternoon|evening/i;

export function parseDays(text: string, out: Mention[]): void {
  if (!TRIGGER.test(text)) return;
  collect(WEEKDAY, text, (m) => {
    const before = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (!before) {
      const prev = wordBefore(text, m.index).toLowerCase();
      if (WEEKDAY_NAMES_BEFORE.has(prev)) return null;
      // "the Sunday Times", "the Monday Night Football": a name, not a day.
      if (prev === 'the' && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    }
    const shift = before && before in SHIFTS ? SHIFTS[before] : null;
    const lead = before && CONTEXT_ONLY.has(before) ? m[0].indexOf(m[2]) : 0;
    const possessive = /^['’]s\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const tense = before !== undefined && AHEAD.has(before) ? 'future' : possessive && !before ? 'past' : undefined;
    return { expr: { type: 'weekday', weekday: weekdayNumber(m[2]), shift, tense }, lead };
  }, out);
  collect(DEICTIC, text, (m) => {
    if (m[2]) {
      const word = m[2].toLowerCase().replace(/\s+/g, ' ');
      const prev = wordBefore(text, m.index);
      // "USA Today", "VOA Today", the "Today" show: names, not the day.
      if (word === 'today' && ((/^[A-Z]/.test(prev) && m[0].startsWith('T')) || /^\s+show\b/.test(text.slice(m.index + m[0].length)))) return null;
      return { expr: { type: 'offset', unit: 'day', by: DEICTIC_OFFSETS[word] } };
    }
    // "CBS This Morning": a programme, not the day.
    if (m[0].startsWith('T') && /^[A-Z]/.test(wordBefore(text, m.index))) return null;
    return { expr: { type: 'offset', unit: 'day', by: m[3].toLowerCase() === 'last' && m[4].toLowerCase() === 'night' ? -1 : 0 } };
  }, out);
}
