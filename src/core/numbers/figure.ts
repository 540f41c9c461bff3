/**
 * Reading one figure at a position: digits with thousands separators and decimals ("40,000",
 * "3.5"), an optional scale glued or spelled after it ("3.5bn", "12 million"), or a spelled-out
 * number ("forty-five thousand", "a dozen"). Sticky regexes anchored at the position: linear time.
 */
import { readSpelled, SCALE_SUFFIXES, SCALES } from './spelled';

export interface Figure {
  start: number;
  end: number;
  amount: number;
  /** Written in words ("four", "a dozen"). */
  spelled: boolean;
  fraction: boolean;
  /** A scale word or suffix was read ("million", "bn"). */
  scaled: boolean;
  /** The factor the scale applied (1 when none): "10 to 12 million" scales the 10 too. */
  scale: number;
  /** Digits only, no separator, decimal or scale: the shape of a year or a code. */
  plainDigits: boolean;
  /** Number words read; 1 for digits. */
  words: number;
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const SCALE_WORD = /\s(hundred|thousand|million|billion|trillion)\b/y;
const SCALE_SUFFIX = /(bn|mn|mln|trn|tn|k|m|b)(?![A-Za-z])/y;

function scaleAfter(text: string, at: number): { factor: number; end: number } | null {
  SCALE_WORD.lastIndex = at;
  let m = SCALE_WORD.exec(text);
  if (m) return { factor: SCALES[m[1]], end: at + m[0].length };
  SCALE_SUFFIX.lastIndex = at;
  m = SCALE_SUFFIX.exec(text);
  if (m) return { factor: SCALE_SUFFIXES[m[1]], end: at + m[0].length };
  return null;
}

/** A figure of digits at `start` (the caller checked the characters around it). */
export function readDigits(text: string, start: number, allowSuffix: boolean): Figure | null {
  DIGITS.lastIndex = start;
  const m = DIGITS.exec(text);
  if (!m) return null;
  const raw = m[0];
  const base = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const end = start + raw.length;
  const scaled = scaleAfter(text, end);
  // A glued "m" or "b" is a scale only after a currency ("$12m"); "bn", "mn", "k" are always one.
  const glued = !/\s/.test(text[end] ?? 'x');
  const useScale = scaled && (allowSuffix || !glued || !/^[mb](?![a-z])/i.test(text.slice(end, end + 2))) ? scaled : null;
  return {
    start,
    end: useScale ? useScale.end : end,
    amount: useScale ? round(base * useScale.factor) : base,
    spelled: false,
    fraction: false,
    scaled: useScale !== null,
    scale: useScale ? useScale.factor : 1,
    plainDigits: /^\d+$/.test(raw) && !useScale,
    words: 1,
  };
}

const SPELLED_SCALE = /(thousand|million|billion|trillion)$/i;

export function readWords(text: string, start: number): Figure | null {
  const spelled = readSpelled(text, start);
  if (!spelled) return null;
  const scale = SPELLED_SCALE.exec(text.slice(start, spelled.end));
  return {
    start,
    end: spelled.end,
    amount: spelled.amount,
    spelled: true,
    fraction: spelled.fraction,
    scaled: scale !== null,
    scale: scale ? SCALES[scale[1].toLowerCase()] : 1,
    plainDigits: false,
    words: spelled.words,
  };
}

/** Floating-point noise from scaling decimals (3.3 × 1e9) is not a different amount. */
export function round(n: number): number {
  return Number(n.toPrecision(12));
}
