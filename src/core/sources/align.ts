/**
 * Word-level alignment of a quote to a window of a source by edit distance. Semi-global: the quote
 * must be used whole, the source may start and end anywhere in the window. Substituting, adding or
 * dropping a word is one edit; among alignments with as many edits, the one with more words in common
 * wins (scores: an edit costs EDIT, a word in common earns SAME), so "traffic ~~keeps~~ flowing" is
 * preferred to "traffic ~~keeps~~ **flowing**". A gap (ellipsis) skips source words for free within one passage; an
 * insertion in brackets stands for up to its span of source words for free; an editorial word
 * ("[T]he") matches any one source word. O(quote words × window words).
 */
import type { Word } from './normalize';
import type { QuoteToken } from './quoteTokens';

export type AlignOp =
  /** quote token q faithful to source word s (same normal form, or an editorial word) */
  | { op: 'same'; q: number; s: number }
  /** quote word q written where the source has word s */
  | { op: 'changed'; q: number; s: number }
  /** quote word q is not in the source */
  | { op: 'added'; q: number }
  /** source word s is missing from the quote */
  | { op: 'dropped'; s: number }
  /** gap or bracket q stands for source words [from, to) */
  | { op: 'skip'; q: number; from: number; to: number };

export interface Alignment {
  /** Words changed, added or dropped. */
  edits: number;
  ops: AlignOp[];
  /** Source word range the quote covers, [first, last] inclusive. */
  first: number;
  last: number;
}

export interface AlignWindow {
  words: readonly Word[];
  passage: Int32Array;
  from: number;
  to: number;
}

const EDIT = 4;
const SAME = -1;
const DIAG = 0;
const UP = 1;
const LEFT = 2;
const SKIP = 3;

export function align(quote: readonly QuoteToken[], window: AlignWindow): Alignment | null {
  const n = quote.length;
  const w = window.to - window.from;
  if (n === 0 || w <= 0) return null;
  const width = w + 1;
  const cost = new Int32Array((n + 1) * width);
  const back = new Uint8Array((n + 1) * width);
  // How far back a SKIP cell reaches (bracket spans), so backtracking knows where the skip began.
  const reach = new Int32Array((n + 1) * width);
  const src = window.words;
  const base = window.from;
  for (let i = 1; i <= n; i++) {
    const t = quote[i - 1];
    const row = i * width;
    const prev = row - width;
    cost[row] = t.type === 'word' ? cost[prev] + EDIT : cost[prev];
    back[row] = UP;
    for (let j = 1; j <= w; j++) {
      const at = row + j;
      if (t.type === 'word') {
        const s = src[base + j - 1];
        const sub = t.word.norm === s.norm || t.editorial ? SAME : EDIT;
        let best = cost[prev + j - 1] + sub;
        let dir = DIAG;
        if (cost[prev + j] + EDIT < best) (best = cost[prev + j] + EDIT), (dir = UP);
        if (cost[at - 1] + EDIT < best) (best = cost[at - 1] + EDIT), (dir = LEFT);
        cost[at] = best;
        back[at] = dir;
      } else if (t.type === 'gap') {
        let best = cost[prev + j];
        let dir = UP;
        const sameRun = j >= 2 && window.passage[base + j - 1] === window.passage[base + j - 2];
        if (sameRun && cost[at - 1] < best) (best = cost[at - 1]), (dir = SKIP);
        cost[at] = best;
        back[at] = dir;
      } else {
        let best = cost[prev + j];
        let dir = UP;
        let from = j;
        for (let k = 1; k <= t.span && k <= j; k++) {
          if (cost[prev + j - k] < best) (best = cost[prev + j - k]), (dir = SKIP), (from = j - k);
        }
        cost[at] = best;
        back[at] = dir;
        reach[at] = from;
      }
    }
  }
  let end = 1;
  const last = n * width;
  for (let j = 2; j <= w; j++) {
    // On a tie, a substitution just past the end beats an added word: "since ~~March~~ **May**", not "since **May**".
    const better = cost[last + j] < cost[last + end] || (cost[last + j] === cost[last + end] && j === end + 1 && back[last + end] !== DIAG && back[last + j] === DIAG);
    if (better) end = j;
  }
  return backtrack(quote, { cost, back, reach, width, base }, n, end);
}

interface Tables {
  cost: Int32Array;
  back: Uint8Array;
  reach: Int32Array;
  width: number;
  base: number;
}

function backtrack(quote: readonly QuoteToken[], t: Tables, n: number, end: number): Alignment {
  const ops: AlignOp[] = [];
  let i = n;
  let j = end;
  const last = t.base + end - 1;
  let gapEnd = -1;
  while (i > 0) {
    const at = i * t.width + j;
    const dir = t.back[at];
    const token = quote[i - 1];
    if (token.type === 'gap') {
      if (gapEnd === -1) gapEnd = j;
      if (dir === SKIP) {
        j--;
        continue;
      }
      ops.push({ op: 'skip', q: i - 1, from: t.base + j, to: t.base + gapEnd });
      gapEnd = -1;
      i--;
      continue;
    }
    if (token.type === 'wild') {
      const from = dir === SKIP ? t.reach[at] : j;
      ops.push({ op: 'skip', q: i - 1, from: t.base + from, to: t.base + j });
      j = from;
      i--;
      continue;
    }
    if (dir === DIAG) {
      const s = t.base + j - 1;
      const same = t.cost[at] - t.cost[(i - 1) * t.width + j - 1] !== EDIT;
      ops.push(same ? { op: 'same', q: i - 1, s } : { op: 'changed', q: i - 1, s });
      i--;
      j--;
    } else if (dir === UP) {
      ops.push({ op: 'added', q: i - 1 });
      i--;
    } else {
      ops.push({ op: 'dropped', s: t.base + j - 1 });
      j--;
    }
  }
  ops.reverse();
  const edits = ops.reduce((e, op) => e + (op.op === 'changed' || op.op === 'added' || op.op === 'dropped' ? 1 : 0), 0);
  return { edits, ops, first: t.base + j, last };
}
