/**
 * One number mention around a figure: the currency before it, the unit, rate, range or count noun
 * after it, and the hedge that makes it approximate. Returns the claim span, the normalized value
 * and the noun phrase it is about (for the consistency checks). Anchored reads only.
 */
import { readDigits, readWords, round, type Figure } from './figure';
import { CHANGE_VERB_BEFORE } from './changeVerbs';
import { nounAfter, nounBefore } from './nouns';
import {
  CURRENCY_AFTER_SCALE, CURRENCY_PREFIXES, CURRENCY_WORDS, GLUED_UNITS, HEDGES, MEASURE_UNITS, PER_ADVERBS, PER_WORDS,
} from './units';
import type { NumberValue } from './value';

export type NumberCategory = 'money' | 'percent' | 'points' | 'measure' | 'age' | 'count' | 'times' | 'share' | 'bare';

export interface NumberMention {
  start: number;
  end: number;
  /** The first figure's range, for relations between figures. */
  figureStart: number;
  figureEnd: number;
  category: NumberCategory;
  value: NumberValue;
  /** The noun phrase the quantity is about ("vehicle", "original estimate"), or null. */
  subject: string | null;
}

const UNIT_AFTER = /(?:\s|-)?(%|percentage points?|per\s?cent|pct\b|square (?:miles?|kilometers|kilometres|feet|meters|metres)|metric (?:tons|tonnes)|km\/h|[A-Za-z]+)/y;
// Not "a year ago", "a day earlier": those are dates.
const PER_AFTER = /(?:\s+(?:a|an|per|each|every)\s+([a-z]+)\b|\s+(daily|weekly|monthly|annually|yearly|hourly)\b)(?!\s+(?:ago|earlier|before|later|after|from)\b)/y;
const AGE_AFTER = /-year-old\b|\s+years?\s+old\b/y;
const RANGE_JOIN = /\s*[-\u2013\u2014]\s*|\s+(?:to|and)\s+/y;
const OF_WHOLE = /\s+(?:of|out of)\s+(?:the|its|their|his|her|our|all)?\s*/y;
const IN_RATIO = /\s+(?:in|out of)\s+/y;
const TIMES = /\s+times\b/y;
const AND_A_HALF = /(?:\s+and\s+a|-and-a)[\s-]half\b/y;
const AGE_BEFORE = /\b(?:aged?|ages)\s+$/i;
/** Words that give the amount of the noun before them: "estimate of", "contract worth", "bill came to". */
export const LINK_BEFORE = /\b(?:of|worth|at|totaling|totalling|costing|was|is|were|are|stood at|reached|came to|amounted to|valued at|of about|of nearly|of some)\s+$/;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function currencyBefore(text: string, start: number): { code: string; start: number } | null {
  for (const [symbol, code] of CURRENCY_PREFIXES) {
    const spaced = /^[A-Za-z]{3,4}$/.test(symbol);
    const from = start - symbol.length - (spaced ? 1 : 0);
    if (from < 0) continue;
    if (text.startsWith(symbol, from) && (!spaced || text[start - 1] === ' ')) {
      if (from > 0 && /[A-Za-z]/.test(text[from - 1])) continue;
      return { code, start: from };
    }
  }
  return null;
}

export function hedgeBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  return HEDGES.some((h) => before.endsWith(h + ' ') && !/[a-z]/.test(before[before.length - h.length - 2] ?? ' '));
}

interface UnitRead {
  category: NumberCategory;
  unit: string;
  currency: string | null;
  end: number;
  /** "cents": the amount is hundredths. */
  scale: number;
}

/** What follows the figure: percent, currency word, measure unit or age. */
function unitAfter(text: string, figure: Figure, end: number): UnitRead | null {
  const age = at(AGE_AFTER, text, end);
  if (age) return { category: 'age', unit: 'years old', currency: null, end: end + age[0].length, scale: 1 };
  const m = at(UNIT_AFTER, text, end);
  if (!m) return null;
  const glued = !/[\s-]/.test(m[0][0]);
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const unitEnd = end + m[0].length;
  if (word === '%' || word === 'percent' || word === 'per cent' || word === 'pct') return { category: 'percent', unit: '%', currency: null, end: unitEnd, scale: 1 };
  if (word.startsWith('percentage point')) return { category: 'points', unit: 'pp', currency: null, end: unitEnd, scale: 1 };
  if (glued && !GLUED_UNITS.has(word)) return null;
  if (!glued && word in CURRENCY_WORDS) return { category: 'money', unit: CURRENCY_WORDS[word], currency: CURRENCY_WORDS[word], end: unitEnd, scale: word.startsWith('cent') ? 0.01 : 1 };
  if (!glued && figure.scaled && word in CURRENCY_AFTER_SCALE) return { category: 'money', unit: CURRENCY_AFTER_SCALE[word], currency: CURRENCY_AFTER_SCALE[word], end: unitEnd, scale: 1 };
  // A bare "m" or "t" after a space is too often a word or an initial.
  if (word in MEASURE_UNITS && (glued || word.length > 1)) return { category: 'measure', unit: MEASURE_UNITS[word], currency: null, end: unitEnd, scale: 1 };
  return null;
}

function perAfter(text: string, pos: number): { per: string; end: number } | null {
  const m = at(PER_AFTER, text, pos);
  if (!m) return null;
  const per = m[1] ? PER_WORDS[m[1]] : PER_ADVERBS[m[2]];
  return per ? { per, end: pos + m[0].length } : null;
}

/** A figure at `pos` of the same shape as the one before it (digits or words), with its currency symbol. */
function figureAt(text: string, pos: number, spelled: boolean): Figure | null {
  let p = pos;
  const symbol = CURRENCY_PREFIXES.find(([s]) => text.startsWith(s, p) && !/^[A-Za-z]{3,4}$/.test(s));
  if (symbol) p += symbol[0].length;
  if (spelled) return readWords(text, p);
  return /\d/.test(text[p] ?? '') ? readDigits(text, p, true) : null;
}

/** "John Smith, 45, said": an age set off by commas right after a capitalized name. */
function isAgeAppositive(text: string, figure: Figure): boolean {
  return !figure.spelled && figure.amount < 120 && text[figure.end] === ',' && /\p{Lu}[\p{Ll}'\u2019]+,\s$/u.test(text.slice(Math.max(0, figure.start - 30), figure.start));
}

/** Read the mention whose figure starts at `start`; null when nothing numeric is there. */
export function readMention(text: string, figure: Figure): NumberMention | null {
  const currency = currencyBefore(text, figure.start);
  let start = currency ? currency.start : figure.start;
  let end = figure.end;
  let amount = figure.amount;
  const half = !figure.fraction ? at(AND_A_HALF, text, end) : null;
  if (half) {
    amount += 0.5;
    end += half[0].length;
  }
  let max: number | undefined;
  let of: number | undefined;
  let category: NumberCategory = currency ? 'money' : figure.fraction ? 'share' : 'bare';
  let unit = currency ? currency.code : figure.fraction ? 'share' : '';
  let subject: string | null = null;

  const times = at(TIMES, text, end);
  if (times && !currency) {
    category = 'times';
    unit = 'times';
    end += times[0].length;
  }

  // Range: "10 to 12", "$10-$12 million", "between 10 and 12 percent". A hyphen joins digits only.
  const join = category === 'bare' || category === 'money' ? at(RANGE_JOIN, text, end) : null;
  let second: Figure | null = null;
  const lead = text.slice(Math.max(0, start - 20), start);
  // "between 10 and 12" is a range, "10 and 12" two figures; "from 20 to 50" is a change, not a range.
  const joinWord = join ? join[0].trim() : '';
  // "plunged $5 to $14.75" is a change by $5 to a new level, not a range either.
  if (join && !(joinWord === 'and' && !/\bbetween\s+\S*$/i.test(lead)) && !(joinWord === 'to' && (/\b(?:from|by)\s+\S*$/i.test(lead) || CHANGE_VERB_BEFORE.test(lead)))) {
    const hyphen = /[-\u2013\u2014]/.test(join[0]);
    second = figureAt(text, end + join[0].length, figure.spelled && !hyphen);
    if (second && hyphen && second.spelled) second = null;
    // "rose 25 to 145 from 120": the second figure is the new level, not the top of a range.
    if (second && joinWord === 'to' && /^\s*,?\s*from\b/.test(text.slice(second.end, second.end + 8))) second = null;
  }
  let last = figure;
  if (second) {
    const low = second.scaled && !figure.scaled ? round(amount * second.scale) : amount;
    if (second.amount > low) {
      amount = low;
      max = second.amount;
      last = second;
      end = second.end;
    }
  }

  if (category === 'bare' || category === 'money') {
    const u = unitAfter(text, last, last === figure ? end : last.end);
    if (u && !(currency && u.category !== 'money')) {
      category = u.category;
      unit = u.unit;
      end = u.end;
      if (u.scale !== 1) {
        amount = round(amount * u.scale);
        if (max !== undefined) max = round(max * u.scale);
      }
    }
  }
  const currencyCode = category === 'money' ? unit : null;

  // Part of a whole: "four of the six main cables"; a ratio: "one in five voters".
  if ((category === 'bare' || category === 'share') && max === undefined) {
    const ofWhole = at(OF_WHOLE, text, end);
    const whole = ofWhole ? figureAt(text, end + ofWhole[0].length, figure.spelled) ?? figureAt(text, end + ofWhole[0].length, !figure.spelled) : null;
    const ratio = !whole ? at(IN_RATIO, text, end) : null;
    const denominator = ratio ? figureAt(text, end + ratio[0].length, figure.spelled) ?? figureAt(text, end + ratio[0].length, !figure.spelled) : null;
    if (whole && whole.amount >= 1 && !whole.fraction) {
      of = whole.amount;
      end = whole.end;
      category = 'count';
    } else if (ofWhole) {
      // "half of the voters": the share's subject; "three of his buyers": what is counted.
      const noun = nounAfter(text, end + ofWhole[0].length - 1);
      if (noun) {
        subject = noun.key;
        end = noun.end;
        if (!figure.fraction) {
          category = 'count';
          unit = noun.head;
        }
      }
    } else if (denominator && denominator.amount > 1 && !denominator.fraction) {
      amount = round(amount / denominator.amount);
      end = denominator.end;
      category = 'share';
      unit = 'share';
    }
  }

  let per: string | null = null;
  if (category === 'bare' && (isAgeAppositive(text, figure) || AGE_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) {
    category = 'age';
    unit = 'years old';
  }
  if (!subject && (category === 'bare' || category === 'count' || category === 'share')) {
    const noun = nounAfter(text, end);
    if (noun) {
      subject = noun.key;
      if (category !== 'share') {
        unit = noun.head;
        category = 'count';
      }
      end = noun.end;
    }
  } else if (category === 'money' || category === 'percent' || category === 'points') {
    // "$12 million contract", "a 40 % stake": the noun the sum or share belongs to, never a verb ("45 % backed").
    const noun = nounAfter(text, end, 2, true);
    if (noun) subject = noun.key;
  }
  if (category !== 'age' && category !== 'times') {
    const rate = perAfter(text, end);
    if (rate) {
      per = rate.per;
      end = rate.end;
    }
  }
  if (!subject && (category === 'money' || category === 'percent' || category === 'measure' || category === 'bare')) {
    const link = LINK_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (link) subject = nounBefore(text, start - link[0].length);
  }
  const value: NumberValue = { amount, unit, currency: currencyCode, per, approx: hedgeBefore(text, start) };
  if (max !== undefined) value.max = max;
  if (of !== undefined) value.of = of;
  start = Math.min(start, figure.start);
  return { start, end, figureStart: figure.start, figureEnd: figure.end, category, value, subject };
}
