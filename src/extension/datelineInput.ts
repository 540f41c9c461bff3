/** Validation for the Set dateline input box. Pure. */
import { isIsoDay } from '../core/config';

/** An error message, or undefined for a real YYYY-MM-DD day or an empty entry (which clears the override). */
export function validateDateline(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || isIsoDay(v)) return undefined;
  return 'Write the date as YYYY-MM-DD (for example 2018-05-11), or leave it empty to use the draft\'s own dateline.';
}
