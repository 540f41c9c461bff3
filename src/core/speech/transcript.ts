/**
 * Transcript turns: a quoted paragraph that opens with its speaker's label in capitals and a colon
 * (`"WALLACE: Let's start with …`, `"MR. HALE: Thank you.`), as papers print interview and debate
 * transcripts. The label is who speaks and the colon the cue; the quotation is the words after it.
 * Only inside a quotation mark: a bare "ISLAMABAD: …" opening a paragraph is a dateline.
 */
import type { Attribution } from './attribution';
import type { QuoteSpan } from './quoteMarks';
import type { Token } from './tokens';

/** One to four words in capitals ("PENCE", "MR. HALE", "GOV. O'NEILL"), a colon, then the turn's words. */
const LABEL = /^((?:\p{Lu}[\p{Lu}.'\u2019-]*)(?: \p{Lu}[\p{Lu}.'\u2019-]*){0,3}):[ \t]+(?=\S)/u;
/** Capitals that open a quoted paragraph but are no speaker: section and editorial labels. */
const NOT_SPEAKERS = new Set(['UPDATE', 'UPDATED', 'CORRECTION', 'CLARIFICATION', "EDITOR'S NOTE", 'EDITOR\u2019S NOTE', 'NOTE', 'BREAKING', 'WATCH', 'READ', 'RELATED', 'VIDEO', 'PHOTOS', 'TRANSCRIPT', 'SOURCE', 'SOURCES']);

export interface TranscriptTurn {
  /** The quotation without its label: it starts at the turn's first word. */
  quote: QuoteSpan;
  attribution: Attribution;
}

/** The turn a quotation opens with its speaker's label, if it is one. */
export function transcriptTurn(quote: QuoteSpan, tokens: Token[], text: string): TranscriptTurn | null {
  const label = LABEL.exec(text.slice(quote.contentStart, Math.min(quote.contentEnd, quote.contentStart + 60)));
  if (!label || NOT_SPEAKERS.has(label[1]) || !/\p{Lu}\p{Lu}/u.test(label[1])) return null;
  const start = quote.contentStart;
  const end = start + label[1].length;
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
  if (first < 0 || tokens[first].start !== start) return null;
  const source = { first, last, start, end, text: label[1], pronoun: false, anonymous: false, outlet: null };
  const words = start + label[0].length;
  return {
    // A turn's paragraph opens a mark it never closes: the transcript's convention, not a stray mark.
    quote: { ...quote, start: words, contentStart: words, closed: true, runsOff: false },
    attribution: { cueStart: end, cueEnd: end + 1, source, outlet: null, quoteOnly: true, inverted: false },
  };
}

