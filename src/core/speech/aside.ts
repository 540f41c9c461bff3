/**
 * Asides between dashes inside a sentence ("Tom Varga — who chairs the panel — said"), with the
 * dashes copy types: em and en dashes, two hyphens for one ("--"), a hyphen with spaces around it.
 */
import { isCapitalized, type Token } from './tokens';
import { mentionBefore, type Mention } from './mentions';

/** Dashes that set off an aside inside a sentence. */
const ASIDE_DASHES = new Set(['\u2014', '\u2013']);

/**
 * The first token of the dash ending at token `i`, or -1: an em or en dash, two hyphens typed for one
 * ("--"), or a hyphen with spaces around it (" - ").
 */
export function dashStart(tokens: Token[], text: string, i: number): number {
  const t = tokens[i];
  if (ASIDE_DASHES.has(t.text)) return i;
  if (t.text !== '-') return -1;
  if (tokens[i - 1]?.text === '-' && tokens[i - 1].end === t.start) return i - 1;
  return /\s/.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? '') ? i : -1;
}

/**
 * The subject of a cue right after an aside between dashes (the token `closing`): the names the
 * aside lists ("The three lenders that back the port — Harlow, Kent and Acme — said"), else the
 * subject before it when it opens the sentence or a clause ("Tom Varga — who chairs the panel — said").
 */
export function subjectAroundAside(tokens: Token[], text: string, closing: number, accept: 'described' | 'people'): Mention | null {
  let last = closing - 1;
  while (last > 0 && closing - last < 30 && dashStart(tokens, text, last) < 0) {
    if (/^[.!?;"\u201C\u201D]$/.test(tokens[last].text)) return null;
    last--;
  }
  const opening = last > 0 ? dashStart(tokens, text, last) : -1;
  if (opening <= 0) return null;
  const inner = tokens.slice(last + 1, closing);
  const listsNames = inner.length > 0 && isCapitalized(inner[0]) && inner.every((t) => isCapitalized(t) || t.text === ',' || t.text === 'and' || t.text === 'or');
  if (listsNames) {
    const [first, final] = [last + 1, closing - 1];
    return { first, last: final, start: tokens[first].start, end: tokens[final].end, text: text.slice(tokens[first].start, tokens[final].end), pronoun: false, anonymous: false, outlet: null };
  }
  const subject = mentionBefore(tokens, text, opening, accept);
  return subject && !subject.pronoun && (subject.first === 0 || !tokens[subject.first - 1].word) ? subject : null;
}

