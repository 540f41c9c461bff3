/**
 * The normalized value of a number claim, as the JSON contract gives it:
 * `{amount, unit, currency, per, approx}` plus `max` for ranges and `of` for part-of-whole counts.
 */
export interface NumberValue {
  /** The quantity in base units: "$12 million" → 12000000, "40 %" → 40, "half" → 0.5. */
  amount: number;
  /** ISO currency code for money, a unit symbol for measures ("km", "t", "%", "pp"), the singular head noun for counts ("vehicle"), "" for a bare number. */
  unit: string;
  /** ISO 4217 code for money, otherwise null. */
  currency: string | null;
  /** The period or base of a rate: "a day" → "day", "per capita" → "person". */
  per: string | null;
  /** Hedged: "about", "nearly", "more than", "some", "an estimated". */
  approx: boolean;
  /** Upper end of a range ("10 to 12" → amount 10, max 12). */
  max?: number;
  /** The whole of a part-of-whole count ("four of the six cables" → amount 4, of 6). */
  of?: number;
}

/** Made on first use only: building an Intl.NumberFormat loads locale data, 5 ms of every cold start. */
let intl: Intl.NumberFormat | null = null;
const PLURALS: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet' };
/** Units shown as they are: symbols, and the words that are not nouns to count. */
const AS_IS = new Set(['times', 'share', 'years old', 'kcal']);

/** "4 of 6 cables", "40,000 vehicles", "1 person": count nouns read in the plural, symbols never. */
function unitText(unit: string, amount: number): string {
  if (amount === 1 || unit.length < 4 || AS_IS.has(unit) || !/^[a-z][a-z ]*$/.test(unit)) return unit;
  const last = unit.split(' ').pop()!;
  const plural = PLURALS[last] ?? (/(?:s|x|z|ch|sh)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`);
  return unit.slice(0, unit.length - last.length) + plural;
}

/**
 * "12,000,000", "3.141593": en-US digit grouping and at most six decimals, rounded half away from
 * zero on the shortest decimal form of the number, as `Intl.NumberFormat('en-US',
 * { maximumFractionDigits: 6 })` writes them. Intl itself only for what JavaScript writes with an
 * exponent (from 1e21, under 1e-6), -0, infinities and NaN.
 */
export function amountText(n: number): string {
  const size = Math.abs(n);
  if (!Number.isFinite(n) || size >= 1e21 || (size < 1e-6 && n !== 0) || Object.is(n, -0)) {
    return (intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(n);
  }
  let [whole, fraction = ''] = size.toString().split('.');
  if (fraction.length > 6) {
    const up = fraction.charCodeAt(6) >= 53; /* '5' */
    fraction = fraction.slice(0, 6);
    if (up) {
      const digits = (BigInt(whole + fraction) + 1n).toString().padStart(7, '0');
      whole = digits.slice(0, -6);
      fraction = digits.slice(-6);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const sign = n < 0 && (whole !== '0' || fraction !== '') ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(?:\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** One line a reader can check at a glance: "12,000,000 USD", "40 % (approx.)", "4 of 6 cable". */
export function formatNumberValue(v: NumberValue): string {
  let out = v.of !== undefined ? `${amountText(v.amount)} of ${amountText(v.of)}` : amountText(v.amount);
  if (v.max !== undefined) out += `–${amountText(v.max)}`;
  if (v.unit) out += ` ${unitText(v.unit, v.max ?? v.of ?? v.amount)}`;
  if (v.per) out += ` per ${v.per}`;
  if (v.approx) out += ' (approx.)';
  return out;
}

export function isNumberValue(value: unknown): value is NumberValue {
  return typeof value === 'object' && value !== null && typeof (value as NumberValue).amount === 'number';
}
