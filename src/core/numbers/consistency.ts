/**
 * number-inconsistent: one quantity stated two ways. Mentions are the same quantity when they
 * measure the same noun phrase in the same unit and rate ("$12 million contract" / "the contract,
 * worth $12.5 million"); a figure set against another ("up from", "than", "last year") is a
 * different quantity by design and takes no part. Also the whole of a part-of count: "four of the
 * six cables" and later "the five cables".
 */
import { agree, type NumberProblem, type NumberRef } from './refs';
import { LINK_BEFORE } from './mention';
import { formatNumberValue } from './value';

const CONTRAST_BEFORE = /\b(?:from|than|rose|rise|risen|fell|fall|fallen|increased?|decreased?|grew|grow|jumped|dropped|declined?|climbed|up|down|compared|versus|vs|previous(?:ly)?|last|earlier|before|former|originally|initial(?:ly)?|now|new|revised|raised|lowered|cut|doubled|tripled|halved|instead|average|median|between|each|per|another|other|additional|extra|first|second|third|next|another|only|record|target|goal|forecast|projected|expected|estimated|would|could|might|if)\b[^.;]{0,40}$/;
const CONTRAST_AFTER = /^[^.;]{0,30}\b(?:than|from|compared|earlier|before|last|previous|ago|each|apiece|instead|more|less|higher|lower|fewer)\b/;

/** Mentions that can be compared at all: not a part of a whole, a factor, an age or a share. */
function measurable(ref: NumberRef): boolean {
  return ref.value.of === undefined && ref.category !== 'times' && ref.category !== 'age' && ref.category !== 'share' && ref.category !== 'bare';
}

/** Set against another figure ("up from", "than", "last year"): a different quantity by design. */
function contrasted(ref: NumberRef, text: string): boolean {
  const before = text.slice(Math.max(0, ref.start - 60), ref.start).toLowerCase();
  const after = text.slice(ref.end, ref.end + 30).toLowerCase();
  return CONTRAST_BEFORE.test(before) || CONTRAST_AFTER.test(after);
}

/** Part of a stated change or comparison ("rose 12% to $1.37 billion from $1.22 billion"): even a restated sentence compares two figures. */
function compared(ref: NumberRef, text: string): boolean {
  const around = text.slice(Math.max(0, ref.start - 40), ref.end + 30).toLowerCase();
  return CHANGE_WORDS.test(around);
}
const CHANGE_WORDS = /\b(?:from|than|compared|versus|rose|fell|increased|decreased|dropped|declined|climbed|gained|jumped|slipped|grew)\b/;

/** A stop, not a decimal point ("$1.35") or an abbreviation inside a word. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  return c === '!' || c === '?' || c === '\n' || (c === '.' && /\s/.test(text[i + 1] ?? ' '));
}
const COMMON = new Set(['the', 'and', 'for', 'that', 'with', 'from', 'this', 'was', 'were', 'are', 'has', 'have', 'had', 'its', 'his', 'her', 'their', 'said', 'will', 'would', 'been', 'than', 'about', 'more', 'percent', 'million', 'billion', 'cents']);

interface SentenceWords {
  start: number;
  words: Set<string>;
}

/** The content words of the sentence around a figure, figures left out, and where the sentence starts. */
function sentenceWords(text: string, ref: NumberRef): SentenceWords {
  let s = ref.start;
  while (s > 0 && ref.start - s < 400 && !endsSentence(text, s - 1)) s--;
  let e = ref.end;
  while (e < text.length && e - ref.end < 400 && !endsSentence(text, e)) e++;
  return { start: s, words: new Set((text.slice(s, e).toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !COMMON.has(w))) };
}

/** Share of content words two different sentences have in common; 0 for one sentence (its figures are different quantities). */
/** Words that tie a figure to a period or a group: sentences that differ in them tell different figures ("in the quarter" / "for the nine months"). */
const PERIODS = new Set([
  'quarter', 'quarters', 'month', 'months', 'year', 'years', 'week', 'weeks', 'earlier', 'ago', 'last', 'previous', 'prior',
  'first', 'second', 'third', 'fourth', 'nine', 'six', 'period', 'fiscal', 'annual', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'today', 'yesterday', 'now', 'then', 'before', 'after', 'since', 'until', 'men', 'women',
  'democrats', 'republicans', 'voters', 'independents',
]);

function differentPeriods(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (PERIODS.has(w) && !b.has(w)) return true;
  for (const w of b) if (PERIODS.has(w) && !a.has(w)) return true;
  return false;
}

function similarity(x: SentenceWords, y: SentenceWords): number {
  if (x.start === y.start) return 0;
  const a = x.words;
  const b = y.words;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Words that say nothing about which quantity a figure is ("about", "the", "some"). */
const FILLER = new Set([
  'the', 'a', 'an', 'about', 'nearly', 'some', 'almost', 'around', 'roughly', 'approximately', 'more', 'than', 'less', 'over',
  'under', 'just', 'only', 'estimated', 'at', 'least', 'up', 'to', 'dlrs', 'of', 'or', 'and', 'but', 'in', 'on', 'for', 'with',
  'by', 'from', 'its', 'his', 'her', 'their', 'our', 'which', 'that', 'who', 'million', 'billion', 'thousand', 'percent', 'cents',
]);

/** The two words before a figure in its clause, fillers skipped: "the U.S. had accepted 11,491" → "had accepted". */
export function contextBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('\n')) + 1);
  const words = (clause.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !FILLER.has(w));
  return words.length >= 2 ? words.slice(-2).join(' ') : null;
}

/** The subject was named before the figure ("the contract, worth $12.5 million"), not after it ("a $12 million contract"). */
function namedBefore(ref: NumberRef, text: string): boolean {
  return ref.subject !== null && LINK_BEFORE.test(text.slice(Math.max(0, ref.start - 30), ref.start));
}

/**
 * Mentions of one quantity: the same unit and rate, and either a restatement of the same sentence
 * (most content words shared: the lede and the body telling one fact) or, for figures not set
 * against others, the same subject named once before its figure and once after it ("a $12 million
 * contract" … "the contract, worth $12.5 million") or with the same words before the figure.
 */
function sameQuantity(a: NumberRef, b: NumberRef, text: string, words: Map<NumberRef, SentenceWords>): boolean {
  const x = words.get(a)!;
  const y = words.get(b)!;
  if (differentPeriods(x.words, y.words)) return false;
  if (!compared(a, text) && !compared(b, text) && similarity(x, y) >= RESTATED) return true;
  if (a.subject === null || a.subject !== b.subject || contrasted(a, text) || contrasted(b, text)) return false;
  const context = contextBefore(text, a.start);
  if (context !== null && context === contextBefore(text, b.start)) return true;
  return a.category !== 'count' && namedBefore(a, text) !== namedBefore(b, text);
}

/** Share of content words two sentences must have in common to tell the same fact. */
const RESTATED = 0.6;

/** Groups of mentions of one quantity, in document order (only groups with two or more). */
export function sameQuantityGroups(refs: NumberRef[], text: string): NumberRef[][] {
  const byUnit = new Map<string, NumberRef[]>();
  const words = new Map<NumberRef, SentenceWords>();
  for (const ref of refs) {
    if (!measurable(ref)) continue;
    words.set(ref, sentenceWords(text, ref));
    const key = `${ref.category}\u0000${ref.value.unit}\u0000${ref.value.per ?? ''}`;
    const list = byUnit.get(key);
    if (list) list.push(ref);
    else byUnit.set(key, [ref]);
  }
  const groups: NumberRef[][] = [];
  const grouped = new Set<NumberRef>();
  for (const list of byUnit.values()) {
    for (let i = 0; i < list.length; i++) {
      if (grouped.has(list[i])) continue;
      const group = [list[i], ...list.slice(i + 1).filter((other) => !grouped.has(other) && sameQuantity(list[i], other, text, words))];
      if (group.length < 2) continue;
      for (const ref of group) grouped.add(ref);
      groups.push(group);
    }
  }
  return groups;
}

export function inconsistencies(groups: NumberRef[][], out: NumberProblem[]): void {
  for (const group of groups) {
    const first = group[0];
    for (const ref of group.slice(1)) {
      if (agree(first.value, ref.value)) continue;
      out.push({
        ref,
        code: 'number-inconsistent',
        message: `${formatNumberValue(ref.value)} here, but ${formatNumberValue(first.value)} earlier${ref.subject && ref.subject !== ref.value.unit ? ` for the same ${ref.subject}` : ''}: check which the source gives`,
        others: group.filter((other) => other !== ref),
      });
    }
  }
}

const DEFINITE = /(?:\bthe|\ball|\bits|\btheir|\bboth|['\u2019]s)\s+$/i;

/** "four of the six main cables" … "the five cables": a later total that contradicts the whole. */
export function wholeProblems(refs: NumberRef[], text: string, out: NumberProblem[]): void {
  const wholes = refs.filter((r) => r.value.of !== undefined && r.category === 'count');
  if (wholes.length === 0) return;
  for (const ref of refs) {
    if (ref.category !== 'count' || ref.value.of !== undefined || ref.value.max !== undefined) continue;
    if (!DEFINITE.test(text.slice(Math.max(0, ref.start - 12), ref.start))) continue;
    const whole = wholes.find((w) => w.value.unit === ref.value.unit);
    if (!whole || whole.value.of === ref.value.amount || whole.value.amount === ref.value.amount) continue;
    out.push({
      ref,
      code: 'number-arithmetic',
      message: `${formatNumberValue(ref.value)} in all here, but ${whole.value.amount} of ${whole.value.of} elsewhere: check the total`,
      others: [whole],
    });
  }
}
