/**
 * number-inconsistent: one quantity stated two ways. Mentions are the same quantity when they
 * measure the same noun phrase in the same unit and rate ("$12 million contract" / "the contract,
 * worth $12.5 million"); a figure set against another ("up from", "than", "last year") is a
 * different quantity by design and takes no part. A sentence restated with its figures in the same
 * order is compared figure by figure, even when it sets figures against each other. Also the whole
 * of a part-of count: "four of the six cables" and later "the five cables".
 */
import type { FigureFacts } from './facts';
import { agree, type NumberProblem, type NumberRef } from './refs';
import { formatNumberValue } from './value';

/** A number claim of the draft with the facts of its paragraph, and which paragraph. */
export interface Figure {
  ref: NumberRef;
  facts: FigureFacts;
  block: number;
}

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

/** Share of content words two different sentences have in common; 0 for one sentence (its figures are different quantities). */
function similarity(x: Figure, y: Figure): number {
  if (x.block === y.block && x.facts.sentence === y.facts.sentence) return 0;
  const a = x.facts.words;
  const b = y.facts.words;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Mentions of one quantity: the same unit and rate, and either a restatement of the same sentence
 * (most content words shared: the lede and the body telling one fact) or, for figures not set
 * against others, the same subject named once before its figure and once after it ("a $12 million
 * contract" … "the contract, worth $12.5 million") or with the same words before the figure.
 */
function sameQuantity(a: Figure, b: Figure): boolean {
  const x = a.facts;
  const y = b.facts;
  if (differentPeriods(x.words, y.words)) return false;
  if (!x.compared && !y.compared && similarity(a, b) >= RESTATED) return true;
  if (a.ref.subject === null || a.ref.subject !== b.ref.subject || x.contrasted || y.contrasted) return false;
  if (x.context !== null && x.context === y.context) return true;
  return a.ref.category !== 'count' && x.namedBefore !== y.namedBefore;
}

/** Share of content words two sentences must have in common to tell the same fact. */
const RESTATED = 0.6;

/** Groups of mentions of one quantity, in document order (only groups with two or more). */
export function sameQuantityGroups(figures: Figure[]): Figure[][] {
  const byUnit = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (!figure.facts.measurable) continue;
    const list = byUnit.get(figure.facts.unitKey);
    if (list) list.push(figure);
    else byUnit.set(figure.facts.unitKey, [figure]);
  }
  const groups: Figure[][] = [];
  const grouped = new Set<Figure>();
  for (const list of byUnit.values()) {
    for (let i = 0; i < list.length; i++) {
      if (grouped.has(list[i])) continue;
      const group = [list[i], ...list.slice(i + 1).filter((other) => !grouped.has(other) && sameQuantity(list[i], other))];
      if (group.length < 2) continue;
      for (const figure of group) grouped.add(figure);
      groups.push(group);
    }
  }
  return groups;
}

/** Share of content words a sentence restated with its figures in order must keep: stricter, as parallel sentences ("45 % among likely voters", "47 % among registered voters") abound. */
const RESTATED_IN_ORDER = 0.8;

/** The figures of each sentence that has two or more, in document order. */
function sentencesOf(figures: Figure[]): Figure[][] {
  const sentences: Figure[][] = [];
  for (const f of figures) {
    const last = sentences[sentences.length - 1];
    if (last && last[0].block === f.block && last[0].facts.sentence === f.facts.sentence) last.push(f);
    else sentences.push([f]);
  }
  return sentences.filter((s) => s.length >= 2);
}

/**
 * A sentence told twice with its figures in the same order and units, where most figures agree
 * and some do not: the ones that differ are one quantity stated two ways, even in a sentence
 * that sets figures against each other ("rose to $4 million from $2.9 million" restated "to
 * $5.4 million from $2.9 million"). Parallel sentences about other periods or groups differ in
 * their words or in every figure.
 */
export function restatedSentences(figures: Figure[], out: NumberProblem[]): void {
  const sentences = sentencesOf(figures);
  for (let i = 0; i < sentences.length; i++) {
    const a = sentences[i];
    for (const b of sentences.slice(i + 1)) {
      if (a.length !== b.length || a.some((f, k) => f.facts.unitKey !== b[k].facts.unitKey)) continue;
      if (differentPeriods(a[0].facts.words, b[0].facts.words) || similarity(a[0], b[0]) < RESTATED_IN_ORDER) continue;
      const differ = a.filter((f, k) => !agree(f.ref.value, b[k].ref.value));
      // Most figures agree: a copy with a slip, not parallel sentences that share a figure by chance ("rose 8 %" each period).
      if (differ.length === 0 || differ.length > a.length - differ.length) continue;
      a.forEach((f, k) => {
        if (agree(f.ref.value, b[k].ref.value)) return;
        const ref = b[k].ref;
        out.push({ ref, code: 'number-inconsistent', message: `${formatNumberValue(ref.value)} here, but ${formatNumberValue(f.ref.value)} where the same sentence was given earlier: check which the source gives`, others: [f.ref] });
      });
    }
  }
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

/** "four of the six main cables" … "the five cables": a later total that contradicts the whole. */
export function wholeProblems(figures: Figure[], out: NumberProblem[]): void {
  const wholes = figures.filter((f) => f.ref.value.of !== undefined && f.ref.category === 'count').map((f) => f.ref);
  if (wholes.length === 0) return;
  for (const { ref, facts } of figures) {
    if (ref.category !== 'count' || ref.value.of !== undefined || ref.value.max !== undefined || !facts.definite) continue;
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
