/**
 * Years and longer spans: "in 2016", "2016's", "fiscal 1989", "FY2019", "mid-1996", "the 1990s",
 * "the late '70s", "the 20th century".
 */
import { MONTH_NAMES, WEEKDAY_NAMES, words } from '../lexicon';
import type { Mention } from '../types';
import { collect, wordAfter, wordBefore } from './match';

/**
 * A four-digit year not inside a larger number, an amount, a time, a code, a range of digits, or a
 * measure written with its unit ("1080p", "1500mAh", "2000W").
 */
const YEAR = new RegExp(
  `(?:\\b(${words(['fiscal year', 'fiscal', 'calendar year', 'the year', 'FY'])})\\s*)?(?<![\\d$£€#.,:/]|\\d[-–])\\b(\\d{4})(?![\\d%A-Za-z]|[.,:/]\\d|-\\d{2}-)`,
  'g',
);

const DECADE = new RegExp(`\\b(?:${words(['the'])}\\s+)?(?:${words(['early', 'mid', 'late'])}[-\\s]+)?(?:(\\d{2})(\\d)0|['’](\\d)0)['’]?s\\b`, 'g');

const CENTURY = new RegExp(`\\b(?:${words(['the'])}\\s+)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]century\\b`, 'g');

/** Words after a number that make it a count, not a year ("2000 people", "1500 metres"). */
const UNIT_AFTER = /^(?:people|persons|men|women|children|troops|soldiers|workers|jobs|employees|students|votes|voters|members|cases|deaths|dead|killed|miles|kilometers|kilometres|km|meters|metres|feet|ft|yards|tons|tonnes|pounds|kg|barrels|shares|units|cars|homes|houses|acres|hectares|points|calories|words|pages|rooms|beds|seats|guns|rifles|missiles|planes|aircraft|ships|boats|dollars|euros|yen|marks|francs|rubles|roubles|hours|minutes|seconds|times|percent|per|cc|mph|hp|m|mm|cm|am|pm|a\.m\.|p\.m\.|GMT|EST|EDT|UTC|GMT|hrs)$/i;

/**
 * A model year names a product, not a time: "the 2022-2023 Model Y", "a 2019 Ford F-150", "2024
 * model-year cars". Read when a maker or "Model" follows the year (or a year range), unless a
 * preposition places it in time ("in 2019 Toyota sold more cars").
 */
const MAKER_AFTER =
  /^(?:[-–/](?:\d{4}|\d{2}))?\s+(?:Model\s+[A-Z0-9]|model[- ]years?\b|(?:Tesla|Ford|Toyota|Honda|Chevrolet|Chevy|GMC|BMW|Mercedes(?:-Benz)?|Audi|Volkswagen|VW|Nissan|Hyundai|Kia|Subaru|Jeep|Dodge|Ram|Cadillac|Lexus|Porsche|Volvo|Mazda|Buick|Chrysler|Acura|Infiniti|Mitsubishi|Jaguar|Land Rover|Range Rover|Fiat|Peugeot|Renault|Rivian|Polestar|Ferrari|Lamborghini|Harley-Davidson|Prius|Camry|Corolla|Civic|Mustang|Silverado|Cybertruck)\b)/;
const PLACED_IN_TIME = new Set(['in', 'since', 'by', 'during', 'until', 'till', 'from', 'before', 'after', 'through', 'of', 'early', 'late', 'mid']);

/**
 * Capitalized words a year may follow as a date ("In 2023", "March 2023", "Christmas 2023"); after
 * any other capitalized word the year is part of a name ("the Asian Cup 2023", "Harbour Expo 2025").
 */
const TIME_WORDS_BEFORE = new Set([
  'in', 'since', 'by', 'during', 'until', 'till', 'from', 'before', 'after', 'through', 'of', 'for', 'to', 'and', 'or',
  'around', 'about', 'circa', 'between', 'early', 'late', 'mid', 'the', 'this', 'that', 'last', 'next', 'year', 'fiscal',
  'financial', 'calendar', 'ad', 'ce', 'bc', 'bce', 'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter',
  'thanksgiving', 'halloween', 'ramadan', 'hanukkah', 'diwali', 'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'oct', 'nov', 'dec', 'unlike', 'like', 'at', 'on', 'as', 'than', 'but', 'yet', 'so', 'if', 'when', 'while',
  'then', 'only', 'also', 'even', 'not', 'every', 'each', 'all', 'throughout', 'within', 'into', 'over', 'across',
  'toward', 'towards', 'past', 'beyond', 'against', 'versus', 'vs', 'per', 'with', 'without', 'under', 'amid', 'among',
  'upon', 'via', 'later', 'earlier', 'again', 'pre', 'post', 'end', 'start', 'beginning',
  ...WEEKDAY_NAMES.map((w) => w.toLowerCase()),
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
]);

/** A year right after a capitalized word that is not a time word: the name of an event, a competition or a product. */
function namesSomething(text: string, index: number): boolean {
  const before = wordBefore(text, index);
  return /^\p{Lu}[\p{L}-]*$/u.test(before) && !TIME_WORDS_BEFORE.has(before.replace(/-$/, '').toLowerCase());
}

/** Four digits in a row, or a decade or century written with a suffix. */
const TRIGGER = /\d{4}|\d0['’]?s|['’]\d0s|\d(?:st|nd|rd|th)[-\s]century/;

export function parseYears(text: string, out: Mention[], maxYear: number): void {
  if (!TRIGGER.test(text)) return;
  collect(YEAR, text, (m) => {
    const y = Number(m[2]);
    if (y < 1000 || y > maxYear) return null;
    const prefix = m[1];
    if (!prefix && namesSomething(text, m.index)) return null;
    if (!prefix && UNIT_AFTER.test(wordAfter(text, m.index + m[0].length))) return null;
    if (!prefix && MAKER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) && !PLACED_IN_TIME.has(wordBefore(text, m.index).toLowerCase())) return null;
    const lead = prefix && /^the/i.test(prefix) ? m[0].indexOf(m[2]) : 0;
    return { expr: { type: 'calendar', year: y, month: null, day: null, weekday: null, shift: null }, lead };
  }, out);
  collect(DECADE, text, (m) => {
    const digits = m[1] !== undefined ? m[1] + m[2] : (Number(m[3]) >= 3 ? '19' : '20') + m[3];
    return { expr: { type: 'truncated', digits } };
  }, out);
  collect(CENTURY, text, (m) => {
    const n = Number(m[1]);
    if (n < 1 || n > 30) return null;
    return { expr: { type: 'truncated', digits: String(n - 1).padStart(2, '0') } };
  }, out);
}
