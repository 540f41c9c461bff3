/**
 * Designation shapes: letters, an optional hyphen or space, digits, optional suffix letters
 * ("S-300", "F-35A", "MiG-29", "Su-30MKI", "S300", "S 300", "A320neo", "S-300s"), with the rules
 * that refuse shapes which are not systems, and the canonical spelling.
 */
import {
  CAPS_FUNCTION_WORDS,
  MIXED_CASE_PREFIXES,
  STATE_CODES,
  STOP_DESIGNATIONS,
  STOP_PREFIXES,
  STOP_WORDS_BEFORE,
} from './lexicon';

/**
 * One pass over a block. Bounded quantifiers only, and the prefix cannot start inside a word or
 * after a dot, slash, ampersand or hyphen ("H.R. 5376", "SARS-CoV-2", "S&P 500", URLs), so there is no backtracking
 * blow-up. A digit-first token ("3-1", "9-11", "2018") never matches: scores, dates, times,
 * phone numbers, ages and money all start with a digit.
 * The separator may be a hyphen, a Unicode hyphen or an en dash; "F/A" is the one prefix with a slash.
 * Groups: 1 prefix, 2 separator, 3 digits, 4 suffix, 5 plural "s".
 */
export const DESIGNATION_SHAPE = /(?<![\p{L}\p{N}_.\/\\&-])(F\/A|[A-Z][A-Za-z]{0,4})([-\u2010\u2011\u2013 ]?)(\d{1,4})((?:[A-Z]{1,4}\d{0,2}|neo|ceo|plus)?)(s?)(?![\p{L}\p{N}_]|-\d)/gu;

/**
 * A product word after a designation written without a hyphen makes it a product name, kept as
 * written: "A15 Bionic" is Apple's chip, not an "A-15". Group 1: the word.
 */
export const PRODUCT_WORD = / (Bionic|Pro|Ultra|Fusion|Max)(?![\p{L}\p{N}_])/uy;

const MIXED_BY_UPPER = new Map(MIXED_CASE_PREFIXES.map((p) => [p.toUpperCase(), p]));
const MIXED = new Set(MIXED_CASE_PREFIXES);

export interface Designation {
  canonical: string;
  plural: boolean;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase();
}

/** Airbus models (A320) and US Army M-series (M16, M777) are written without a hyphen. */
function hyphenless(prefix: string, digits: string): boolean {
  return (prefix === 'A' && digits.length === 3) || prefix === 'M' || prefix === 'CRJ' || prefix === 'ERJ' || prefix === 'ATR';
}

/** The canonical spelling of a designation's parts: "S300", "S 300" → "S-300"; "MIG-29" → "MiG-29". */
export function canonicalParts(prefix: string, digits: string, suffix: string): string {
  const family = MIXED_BY_UPPER.get(prefix.toUpperCase());
  const head = isUpper(prefix) && family && !STATE_CODES.has(prefix) ? family : prefix;
  return head + (hyphenless(head, digits) ? '' : '-') + digits + suffix;
}

const PARTS = /^(F\/A|[A-Z][A-Za-z]{0,4})[-\u2010\u2011\u2013 ]?(\d{1,4})(.*)$/su;

/** Canonical form of a designation written any way ("PAC3" → "PAC-3"); text that is not one is returned trimmed. */
export function canonicalDesignation(text: string): string {
  const m = PARTS.exec(text.trim());
  return m ? canonicalParts(m[1], m[2], m[3]) : text.trim();
}

/** The word right before `at` (skipping spaces), lower-cased; '' at the start of the text. */
export function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u00a0') && at - end < 8) end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]) && end - start < 20) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * Check a DESIGNATION_SHAPE match against the rules; returns the canonical form or null when it is
 * not a system. `text` is the block, `m` a match of DESIGNATION_SHAPE on it.
 */
export function readDesignation(text: string, m: RegExpExecArray): Designation | null {
  const [, prefix, separator, digits, suffix, plural] = m;
  const caps = isUpper(prefix);
  if (!caps && !MIXED.has(prefix)) return null; // "Mid-2018", "Omega-3", "Type-2"
  const upper = prefix.toUpperCase();
  if (caps && STOP_PREFIXES.has(upper)) return null;
  if (caps && STATE_CODES.has(upper) && digits.length <= 2 && !suffix) return null; // "NY-14": a district
  if (STOP_DESIGNATIONS.has(upper + digits + suffix.toUpperCase())) return null;
  if (separator === ' ') {
    // "S 300": only short upper-case prefixes, not years, not headline words ("IN 2018").
    if (!caps || prefix.length > 2 || digits.length < 2 || CAPS_FUNCTION_WORDS.has(prefix) || /^(?:19|20)\d\d$/.test(digits)) return null;
  } else if (separator === '') {
    // "S300", "A320neo", "M1A2"; not "CO2", "Q1", "B2B".
    if (digits.length < 2 && !/\d/.test(suffix)) return null;
  }
  if (STOP_WORDS_BEFORE.has(wordBefore(text, m.index))) return null;
  return { canonical: canonicalParts(prefix, digits, suffix), plural: plural === 's' };
}

/** A plural "s" written after a designation ("S-300s", "F-35As"), not part of the name. */
const PLURAL_S = /(?<=[A-Z0-9])s$/u;

/** The spelling with a plural "s" removed: "S-300s" and "S-300" are the same spelling. */
export function singularSpelling(written: string): string {
  return written.replace(PLURAL_S, '');
}

/** Spelling-insensitive identity of a system: "S-300", "S300", "S 300" and "s-300s" share one key. */
export function systemKey(written: string): string {
  return singularSpelling(written).toUpperCase().replace(/[\s\u2010\u2011\u2013-]+/g, '');
}
