// Positions in the seed article that the e2e run targets, found by text (never by hard-coded
// line numbers), as 1-based line/column for Ctrl+G.
import { readFileSync } from 'node:fs';

export interface Target {
  line: number;
  column: number;
}

export function locate(text: string, needle: string, offsetInNeedle = 0): Target {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`the seed article no longer contains ${JSON.stringify(needle)}`);
  const before = text.slice(0, index + offsetInNeedle);
  const line = before.split('\n').length;
  return { line, column: index + offsetInNeedle - before.lastIndexOf('\n') };
}

export function seedTargets(seedPath: string) {
  const text = readFileSync(seedPath, 'utf8');
  return {
    /** Inside Kozhin's quote “For now, we're not talking …”. */
    quote: locate(text, '"For now, we\'re not talking', 5),
    /** Kozhin's second quote, “everything it needed,”. */
    secondQuote: locate(text, '"everything it needed,"'),
    /** The relative date "on Friday" in the first paragraph. */
    relativeDate: locate(text, 'on Friday', 4),
    /** The `#` of the `[Reuters](#)` byline placeholder. */
    placeholder: locate(text, '[Reuters](#)', 10),
  };
}
