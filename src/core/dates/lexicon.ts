/**
 * Words the date parsers share, and small helpers to build their regular expressions. Month and
 * weekday names must be capitalized (as news copy writes them), which is what keeps the verb "may"
 * and the noun "march" out; other words accept a capital first letter for sentence starts.
 */

/** Month name or abbreviation (full names, or abbreviations with a dot; "Sept" also without). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.?|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';

/**
 * A month abbreviated without a full stop ("Jan 10, 2011", "Mar 2023", as date lines and web pages
 * write them). "Jan" and "Mar" are also a name and a verb, so the parsers take these only right
 * before a day or a year (`MONTH_ABBR_RE` is followed by a number).
 */
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
export const MONTH_ABBR_RE = `${MONTH_ABBR}(?=\\s+\\d)`;
/** The same, followed by a year ("10 Jan 2011"). */
export const MONTH_ABBR_YEAR_RE = `${MONTH_ABBR}(?=,?\\s+\\d{4}(?!\\d))`;

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "Sept." → 9, "March" → 3. */
export function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday number (Monday 1 … Sunday 7). */
export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase()) + 1;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a couple of': 2, couple: 2,
};

const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count word or digits, as written before a unit: "two", "a", "10". */
export const COUNT_RE = `(?:\\d{1,3}|(?:${TENS_WORDS.map(cap).join('|')})-(?:${UNIT_WORDS.join('|')})|${Object.keys(SMALL_NUMBERS).map(cap).join('|')})`;

/** "two" → 2, "10" → 10, "a" → 1, "seventy-four" → 74; 0 when unknown. */
export function countValue(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens, unit] = word.toLowerCase().split('-');
  return (SMALL_NUMBERS[tens] ?? 0) + (unit ? SMALL_NUMBERS[unit] ?? 0 : 0);
}

export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_NAMES: Record<Season, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };

/** Regex source matching a lowercase word also with a capital first letter: "last" → "[Ll]ast". */
export function cap(word: string): string {
  const first = word[0];
  const upper = first.toUpperCase();
  return (upper === first ? first : `[${upper}${first}]`) + word.slice(1).replace(/ /g, '\\s+');
}

/** Alternation of words, each with an optional capital first letter. */
export function words(list: readonly string[]): string {
  return `(?:${list.map(cap).join('|')})`;
}
