/**
 * What stands at a sentence's edges around a cue: a reporter's byline that opens its own sentence
 * ("Jo Park reports (3/4/24).") and a named source that closes one ("…, reports TechWire.").
 */
import { mentionAfter, type Mention } from './mentions';
import type { Token } from './tokens';

/** What may follow a byline's verb before the sentence ends: a date in brackets, "(3/4/24)". */
const BYLINE_TAIL = /^\s*(?:\([^()]{0,24}\)\s*)?(?:[.!?]|$)/;

/** "Jo Park reports (3/4/24).", "Ana Ruiz writes.": a reporter's byline opening its own sentence, not an attribution. */
export function isByline(tokens: Token[], text: string, c: number, source: Mention): boolean {
  if (!/^(?:reports|writes|reporting)$/.test(tokens[c].lower) || source.pronoun) return false;
  const before = tokens[source.first - 1];
  return (!before || /^[.!?]$/.test(before.text)) && BYLINE_TAIL.test(text.slice(tokens[c].end, tokens[c].end + 30));
}

/** Cues a sentence-closing source follows (`…, reports TechWire.`); not "told", whose object is who listened. */
export const INVERTING_CUES = new Set(['said', 'says', 'reports', 'reported', 'writes', 'wrote', 'adds', 'added', 'notes', 'noted', 'claims', 'claimed']);

/** The named source right after the cue at token `c` when it ends the sentence: `…, reports TechWire.` */
export function closingSource(tokens: Token[], text: string, c: number): Mention | null {
  const source = mentionAfter(tokens, text, c + 1);
  return source && !source.pronoun && !source.anonymous && /^\p{Lu}/u.test(source.text) && /^[.!?]$/.test(tokens[source.last + 1]?.text ?? '') ? source : null;
}
