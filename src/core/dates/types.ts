import type { Season } from './lexicon';

/** Units a relative expression counts in ("two days ago", "last month", "next quarter"). */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade';

/** Which occurrence a modifier asks for: "last" −1, "this" 0, "next" +1; null = decide by tense. */
export type Shift = -1 | 0 | 1 | null;

/**
 * What a date expression says, before it meets a dateline. Parsers build these from the text;
 * `resolve` turns them into TIMEX3 values. Keeping the two apart lets one resolver apply the
 * news-sense rules (tense, nearest occurrence) to every pattern family alike.
 */
export type DateExpr =
  /** Calendar fields as written; a missing year is taken from the dateline (`yearOffset`: "June last year"). Month null = a year. */
  /** `swappable`: all digits, and day and month would also make a date the other way round ("07/05/2017"). */
  | { type: 'calendar'; year: number | null; month: number | null; day: number | null; weekday: number | null; shift: Shift; yearOffset?: number; swappable?: boolean }
  /**
   * `tense`: a tense the phrase itself fixes, whatever the verb: a limit ahead ("until Tuesday", "as
   * early as Saturday", "ahead of Sunday's vote": that day or the next one, today included), or a
   * possessive naming an event ("Sunday's crash": the one just gone).
   */
  | { type: 'weekday'; weekday: number; shift: Shift; tense?: 'past' | 'future' }
  /** A named day (`key` as in holidays.ts: "thanksgiving day"). */
  | { type: 'holiday'; key: string; year: number | null; shift: Shift }
  /** Counted from the dateline: yesterday (day −1), this week (week 0), two years ago (year −2). */
  | { type: 'offset'; unit: Unit; by: number }
  | { type: 'season'; season: Season; year: number | null; shift: Shift }
  /** Quarter (1–4) or half (1–2) of a year. */
  | { type: 'part'; part: 'Q' | 'H'; index: number; year: number | null; shift: Shift }
  /** "the 1990s" → 199, "the 20th century" → 19 (TIMEX3 truncated years). */
  | { type: 'truncated'; digits: string }
  /** Vague reference points ("a few years ago", "the future"). */
  | { type: 'vague'; value: 'PAST_REF' | 'FUTURE_REF' | 'PRESENT_REF' };

/** An expression found in a block: offsets relative to the block text. */
export interface Mention {
  start: number;
  end: number;
  expr: DateExpr;
}
