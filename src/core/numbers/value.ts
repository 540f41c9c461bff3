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

const COMPACT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function amountText(n: number): string {
  return COMPACT.format(n);
}

/** One line a reader can check at a glance: "12,000,000 USD", "40 % (approx.)", "4 of 6 cable". */
export function formatNumberValue(v: NumberValue): string {
  let out = v.of !== undefined ? `${amountText(v.amount)} of ${amountText(v.of)}` : amountText(v.amount);
  if (v.max !== undefined) out += `–${amountText(v.max)}`;
  if (v.unit) out += ` ${v.unit}`;
  if (v.per) out += ` per ${v.per}`;
  if (v.approx) out += ' (approx.)';
  return out;
}

export function isNumberValue(value: unknown): value is NumberValue {
  return typeof value === 'object' && value !== null && typeof (value as NumberValue).amount === 'number';
}
