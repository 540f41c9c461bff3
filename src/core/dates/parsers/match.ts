import type { DateExpr, Mention } from '../types';

/**
 * Run a global regular expression over a block and turn each match into a mention, or skip it when
 * the builder returns null. `lead` is the length of a matched prefix that is context only (a
 * preposition, "the"), left out of the mention's range.
 */
export function collect(
  re: RegExp,
  text: string,
  build: (m: RegExpExecArray) => { expr: DateExpr; lead?: number; trail?: number } | null,
  out: Mention[],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const found = build(m);
    if (found) out.push({ start: m.index + (found.lead ?? 0), end: m.index + m[0].length - (found.trail ?? 0), expr: found.expr });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The word just before `index` in `text` (letters, digits, hyphen, apostrophe), or ''. */
export function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\n' || text[i - 1] === '\t')) i--;
  const end = i;
  while (i > 0 && /[\w'’-]/.test(text[i - 1])) i--;
  return text.slice(i, end);
}

/** The word just after `index`, or ''. */
export function wordAfter(text: string, index: number): string {
  const m = /^\s*([\w'’-]*)/.exec(text.slice(index, index + 40));
  return m ? m[1] : '';
}
