/**
 * What the consistency checks read of one figure in its paragraph: the content words of its
 * sentence, whether it is set against another figure, the words before it. Read from the block's
 * text alone, so a paragraph's facts are found once per text (see numbers/block.ts) and the
 * document-wide comparison works on these small records.
 */
import { LINK_BEFORE } from './mention';
import type { NumberRef } from './refs';

export interface FigureFacts {
  /** Not a part of a whole, a factor, an age, a share or a bare figure: can be compared with another mention. */
  measurable: boolean;
  /** Category, unit and rate: only figures with the same key are compared. */
  unitKey: string;
  /** Block offset where its sentence starts: figures of one sentence are different quantities. */
  sentence: number;
  /** Content words of its sentence, figures left out. */
  words: Set<string>;
  /** Set against another figure ("up from", "than", "last year"). */
  contrasted: boolean;
  /** Part of a stated change or comparison ("rose 12% to $1.37 billion from $1.22 billion"). */
  compared: boolean;
  /** The two words before it in its clause, fillers skipped. */
  context: string | null;
  /** Its subject named before it ("the contract, worth $12.5 million"). */
  namedBefore: boolean;
  /** "the", "all", "its" right before it: a total ("the five cables"). */
  definite: boolean;
}

const CONTRAST_BEFORE = /\b(?:from|than|rose|rise|risen|fell|fall|fallen|increased?|decreased?|grew|grow|jumped|dropped|declined?|climbed|up|down|compared|versus|vs|previous(?:ly)?|last|earlier|before|former|originally|initial(?:ly)?|now|new|revised|raised|lowered|cut|doubled|tripled|halved|instead|average|median|between|each|per|another|other|additional|extra|first|second|third|next|another|only|record|target|goal|forecast|projected|expected|estimated|would|could|might|if)\b[^.;]{0,40}$/;
const CONTRAST_AFTER = /^[^.;]{0,30}\b(?:than|from|compared|earlier|before|last|previous|ago|each|apiece|instead|more|less|higher|lower|fewer)\b/;
/**
 * A change or comparison around a figure. "than" only next to a figure ("10 judges rather than 15",
 * not "members other than the founders"); "from" only in "from X to Y" or "up / down from"
 * ("to $4 million from $2.9 million", not "backing from 64 teachers", "fuel from the port").
 */
const CHANGE_WORDS = /\b(?:compared|versus|rose|fell|increased|decreased|dropped|declined|climbed|gained|jumped|slipped|grew)\b|\bthan\b(?=[^.;\d]{0,12}\d)|\b(?:up|down) from\b|\bfrom\b(?=[^.;\d]{0,12}\d[^.;]{0,30}\bto\b)|\bto\b[^.;]{0,30}\bfrom\b(?=[^.;\d]{0,12}\d)/;
/** "more than $40 million": a hedge on the figure, not a comparison. */
const HEDGE_BEFORE = /\b(?:more|less|fewer) than\s+$/;
const DEFINITE = /(?:\bthe|\ball|\bits|\btheir|\bboth|['\u2019]s)\s+$/i;
const COMMON = new Set(['the', 'and', 'for', 'that', 'with', 'from', 'this', 'was', 'were', 'are', 'has', 'have', 'had', 'its', 'his', 'her', 'their', 'said', 'will', 'would', 'been', 'than', 'about', 'more', 'percent', 'million', 'billion', 'cents']);

/** Words that say nothing about which quantity a figure is ("about", "the", "some"). */
const FILLER = new Set([
  'the', 'a', 'an', 'about', 'nearly', 'some', 'almost', 'around', 'roughly', 'approximately', 'more', 'than', 'less', 'over',
  'under', 'just', 'only', 'estimated', 'at', 'least', 'up', 'to', 'dlrs', 'of', 'or', 'and', 'but', 'in', 'on', 'for', 'with',
  'by', 'from', 'its', 'his', 'her', 'their', 'our', 'which', 'that', 'who', 'million', 'billion', 'thousand', 'percent', 'cents',
]);

/** A stop, not a decimal point ("$1.35") or an abbreviation inside a word. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  return c === '!' || c === '?' || c === '\n' || (c === '.' && /\s/.test(text[i + 1] ?? ' '));
}

/** The two words before a figure in its clause, fillers skipped: "the U.S. had accepted 11,491" → "had accepted". */
function contextBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('\n')) + 1);
  const words = (clause.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !FILLER.has(w));
  return words.length >= 2 ? words.slice(-2).join(' ') : null;
}

/** The facts of a figure of `text` (block offsets). */
export function figureFacts(text: string, ref: NumberRef): FigureFacts {
  let s = ref.start;
  while (s > 0 && ref.start - s < 400 && !endsSentence(text, s - 1)) s--;
  let e = ref.end;
  while (e < text.length && e - ref.end < 400 && !endsSentence(text, e)) e++;
  const measurable = ref.value.of === undefined && ref.category !== 'times' && ref.category !== 'age' && ref.category !== 'share' && ref.category !== 'bare';
  const facts = {
    measurable,
    unitKey: `${ref.category}\u0000${ref.value.unit}\u0000${ref.value.per ?? ''}`,
    sentence: s,
    words: new Set((text.slice(s, e).toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !COMMON.has(w))),
    contrasted: false,
    compared: false,
    context: null,
    namedBefore: false,
    definite: ref.category === 'count' && DEFINITE.test(text.slice(Math.max(0, ref.start - 12), ref.start)),
  };
  // Only measurable figures are compared with others: the rest need no more.
  if (!measurable) return facts;
  const before = text.slice(Math.max(0, ref.start - 60), ref.start).toLowerCase();
  const after = text.slice(ref.end, ref.end + 30).toLowerCase();
  return {
    ...facts,
    contrasted: CONTRAST_BEFORE.test(before) || CONTRAST_AFTER.test(after),
    compared: CHANGE_WORDS.test(text.slice(Math.max(0, ref.start - 40), ref.start).toLowerCase().replace(HEDGE_BEFORE, '') + text.slice(ref.start, ref.end + 30).toLowerCase()),
    context: contextBefore(text, ref.start),
    namedBefore: ref.subject !== null && LINK_BEFORE.test(text.slice(Math.max(0, ref.start - 30), ref.start)),
  };
}
