/**
 * A sentence with its number claims replaced by markers ("it rose #1 to #2 from #0"), so the
 * relations between figures can be read with short patterns over a short string.
 */
import type { NumberRef } from './refs';

export interface AbstractSentence {
  /** Lower-cased sentence text, each number claim written as `#k` (k indexes `refs`). */
  text: string;
  refs: NumberRef[];
}

export function abstractSentence(docText: string, start: number, end: number, refs: NumberRef[]): AbstractSentence {
  let out = '';
  let at = start;
  refs.forEach((ref, k) => {
    out += docText.slice(at, ref.start).toLowerCase() + `#${k}`;
    at = ref.end;
  });
  out += docText.slice(at, end).toLowerCase();
  return { text: out.replace(/[\s\u00A0]+/g, ' '), refs };
}
