/**
 * number-arithmetic: relations a sentence states between its figures that do not hold —
 * "doubled from 20 to 50", "rose 40 % to 140 from 120", "$12 million, twice the original estimate
 * of $5 million", "seven of the six cables", shares of one whole that add to more than 100 %.
 * Each check reads the abstract sentence (numbers/sentence.ts); tolerances allow for rounding.
 */
import { DOWN, UP } from './changeVerbs';
import { singular } from './nouns';
import { compatibleUnits, type NumberProblem, type NumberRef } from './refs';
import type { AbstractSentence } from './sentence';
import { formatNumberValue } from './value';

const FACTOR_VERBS: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 };
const CHANGE = new RegExp(
  `\\b(more than |nearly |almost |roughly |about )?(${UP}|${DOWN})\\b(?: [a-z]+){0,2}?(?: by)?(?: (#\\d+))?,? (?:from (#\\d+),? to (#\\d+)|to (#\\d+),? from (#\\d+))`,
  'g',
);
const DOWN_WORDS = new Set(DOWN.split('|'));
const FACTOR = /(#\d+),? (?:or )?(?:about |nearly |almost |roughly |more than |some )?(#\d+) (?:the|its|their|his|her|an?) ((?:[a-z-]+ ){0,2}[a-z-]+)(?: of (#\d+))?/g;

function amountOf(ref: NumberRef): number {
  return ref.value.amount;
}

function fmt(ref: NumberRef): string {
  return formatNumberValue(ref.value);
}

/** Decimal places of a stated percentage: "40 %" is 39.5–40.5, "2.5 %" is 2.45–2.55. */
function roundingOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return 0.5 * 10 ** -(dot === -1 ? 0 : s.length - dot - 1);
}

/** Half a unit of the last written digit, in the value's own scale: "$1.45 billion" → 0.005 billion. */
function writtenRounding(ref: NumberRef, text: string): number {
  const written = /\d[\d,]*(?:\.\d+)?/.exec(text.slice(ref.figureStart, ref.figureEnd));
  if (!written) return 0;
  const digits = Number(written[0].replace(/,/g, ''));
  const scale = digits === 0 ? 1 : ref.value.amount / digits;
  return roundingOf(digits) * Math.abs(scale);
}

/** The range of a percentage change from `a` to `b` when both may be rounded by their written precision. */
function changeRange(from: NumberRef, to: NumberRef, text: string): [number, number] {
  const da = writtenRounding(from, text);
  const db = writtenRounding(to, text);
  const a = from.value.amount;
  const b = to.value.amount;
  const ends = [((b - db - (a + da)) / (a + da)) * 100, ((b + db - (a - da)) / (a - da)) * 100, ((b - db - (a - da)) / (a - da)) * 100, ((b + db - (a + da)) / (a + da)) * 100].map(Math.abs);
  return [Math.min(...ends), Math.max(...ends)];
}

function changeProblems(sentence: AbstractSentence, text: string, out: NumberProblem[]): void {
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(sentence.text); m; m = CHANGE.exec(sentence.text)) {
    const hedge = (m[1] ?? '').trim();
    const verb = m[2];
    const ref = (token: string | undefined): NumberRef | null => (token ? sentence.refs[Number(token.slice(1))] : null);
    const delta = ref(m[3]);
    const from = ref(m[4] ?? m[7]);
    const to = ref(m[5] ?? m[6]);
    if (!from || !to || !compatibleUnits(from.value, to.value) || from.value.max !== undefined || to.value.max !== undefined) continue;
    const a = amountOf(from);
    const b = amountOf(to);
    const loose = hedge !== '' || from.value.approx || to.value.approx;
    const others = [from, ...(delta ? [delta] : [])];
    const factor = FACTOR_VERBS[verb];
    if (factor !== undefined && a > 0) {
      const ratio = b / a;
      const ok = hedge === 'more than' ? ratio >= factor * 0.98 : hedge === 'nearly' || hedge === 'almost' ? ratio <= factor * 1.02 && ratio >= factor * 0.75 : Math.abs(ratio - factor) <= factor * (loose ? 0.15 : 0.05);
      if (!ok) out.push({ ref: to, code: 'number-arithmetic', message: `"${verb}" from ${fmt(from)} to ${fmt(to)} is ×${ratio.toFixed(2)}, not ×${factor}: check both figures`, others });
      continue;
    }
    const down = DOWN_WORDS.has(verb);
    if (down ? b >= a : b <= a) {
      out.push({ ref: to, code: 'number-arithmetic', message: `"${verb}" from ${fmt(from)} to ${fmt(to)}: the figures go the other way`, others });
      continue;
    }
    if (!delta) continue;
    const change = Math.abs(b - a);
    if (delta.category === 'percent' && a !== 0) {
      // From one share to another, "rose 10 %" may mean ten points as well as a tenth.
      const [low, high] = changeRange(from, to, text);
      const stated = amountOf(delta);
      const slack = roundingOf(stated) + (loose ? 0.1 : 0.02) * stated;
      const relative = stated >= low - slack && stated <= high + slack;
      const points = from.category === 'percent' && Math.abs(change - stated) <= roundingOf(stated) + writtenRounding(from, text) + writtenRounding(to, text);
      if (!relative && !points) {
        const actual = (change / Math.abs(a)) * 100;
        out.push({ ref: delta, code: 'number-arithmetic', message: `From ${fmt(from)} to ${fmt(to)} is a change of ${actual.toFixed(1)} %, not ${stated} %: check the figures`, others: [from, to] });
      }
    } else if ((delta.category === 'points' && from.category === 'percent') || (delta.category !== 'percent' && compatibleUnits(delta.value, from.value))) {
      const stated = amountOf(delta);
      if (Math.abs(change - stated) > roundingOf(stated) + (loose ? 0.1 : 0.01) * stated) {
        out.push({ ref: delta, code: 'number-arithmetic', message: `From ${fmt(from)} to ${fmt(to)} is a change of ${+change.toFixed(4)}, not ${fmt(delta)}: check the figures`, others: [from, to] });
      }
    }
  }
}

/** A factor sentence whose base is elsewhere in the draft ("twice the original estimate"), to resolve against subjects. */
export interface FactorClaim {
  product: NumberRef;
  factor: NumberRef;
  subject: string;
  base: NumberRef | null;
  hedge: boolean;
}

function factorClaims(sentence: AbstractSentence): FactorClaim[] {
  const found: FactorClaim[] = [];
  FACTOR.lastIndex = 0;
  for (let m = FACTOR.exec(sentence.text); m; m = FACTOR.exec(sentence.text)) {
    const product = sentence.refs[Number(m[1].slice(1))];
    const factor = sentence.refs[Number(m[2].slice(1))];
    if (factor.category !== 'times' && factor.category !== 'share') continue;
    const words = m[3].split(' ');
    words[words.length - 1] = singular(words[words.length - 1]);
    found.push({ product, factor, subject: words.join(' '), base: m[4] ? sentence.refs[Number(m[4].slice(1))] : null, hedge: /about|nearly|almost|roughly|more than|some/.test(m[0]) });
  }
  return found;
}

/** "$12 million, twice the original estimate": the base found in the same sentence or by its subject in the draft. */
export function checkFactor(claim: FactorClaim, bySubject: Map<string, NumberRef[]>, out: NumberProblem[]): void {
  const base = claim.base ?? (bySubject.get(claim.subject) ?? []).find((r) => r.index !== claim.product.index && compatibleUnits(r.value, claim.product.value)) ?? null;
  if (!base || !compatibleUnits(base.value, claim.product.value) || base.value.amount === 0) return;
  const expected = claim.factor.value.amount * base.value.amount;
  const actual = claim.product.value.amount;
  const slack = claim.hedge || claim.product.value.approx || base.value.approx ? 0.15 : 0.05;
  if (Math.abs(actual - expected) > slack * expected) {
    const ratio = actual / base.value.amount;
    out.push({
      ref: claim.product,
      code: 'number-arithmetic',
      message: `${fmt(claim.product)} is ×${+ratio.toFixed(2)} the ${claim.subject} (${fmt(base)}), not ×${claim.factor.value.amount}: check the figures`,
      others: [claim.factor, base],
    });
  }
}

/** "seven of the six cables": a part larger than its whole. */
function partProblems(sentence: AbstractSentence, out: NumberProblem[]): void {
  for (const ref of sentence.refs) {
    if (ref.value.of !== undefined && ref.value.amount > ref.value.of) {
      out.push({ ref, code: 'number-arithmetic', message: `${ref.value.amount} of ${ref.value.of}: the part is larger than the whole`, others: [] });
    }
  }
}

const SHARE_BLOCKERS = new RegExp(`\\b(?:${UP}|${DOWN}|than|from|compared|versus|up|down|rate|rates|margin|points?|growth|interest|inflation|increase|decrease|chance|odds|likely|each|respectively)\\b`);

/** "52 % voted for A, 45 % for B and 8 % for C": shares of one whole in one sentence that add to more than 100 %. */
function shareProblems(sentence: AbstractSentence, out: NumberProblem[]): void {
  const shares = sentence.refs.filter((r, k) => r.category === 'percent' && r.value.max === undefined && !new RegExp(`#${k} of\\b`).test(sentence.text));
  if (shares.length < 2 || shares.length !== sentence.refs.filter((r) => r.category === 'percent').length) return;
  if (SHARE_BLOCKERS.test(sentence.text) || /(?:to|by|at|about|of|from|than|over|under) #\d+/.test(sentence.text.replace(/(?:about|nearly|some|roughly|almost) (#\d+)/g, '$1'))) return;
  const sum = shares.reduce((total, r) => total + r.value.amount, 0);
  const slack = shares.reduce((total, r) => total + roundingOf(r.value.amount) + (r.value.approx ? 2 : 0), 0);
  if (sum > 100 + slack) {
    const last = shares[shares.length - 1];
    out.push({ ref: last, code: 'number-arithmetic', message: `These shares add up to ${+sum.toFixed(2)} %, more than the whole: check the figures`, others: shares.slice(0, -1) });
  }
}

/** Every arithmetic problem within one sentence; factor claims are returned for the document-wide lookup. */
export function sentenceArithmetic(sentence: AbstractSentence, text: string, out: NumberProblem[]): FactorClaim[] {
  if (sentence.refs.length === 0) return [];
  changeProblems(sentence, text, out);
  partProblems(sentence, out);
  shareProblems(sentence, out);
  return factorClaims(sentence);
}
