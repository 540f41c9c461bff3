/**
 * The document-wide number pass: drops number claims another claim already covers (a date, a named
 * system, a figure inside a quote), then runs the checks that compare figures — arithmetic within
 * sentences and across the draft, one quantity stated two ways — and gives every number claim the
 * other mentions of its quantity.
 */
import type { Span } from '../claims';
import type { Block } from '../document';
import type { ClaimDraft } from '../draft';
import { checkFactor, type FactorClaim } from '../numbers/arithmetic';
import { blockNumbers, type BlockNumbers } from '../numbers/block';
import { inconsistencies, restatedSentences, sameQuantityGroups, wholeProblems, type Figure } from '../numbers/consistency';
import { numberRef, type NumberProblem, type NumberRef } from '../numbers/refs';
import type { DocumentPass } from '../scan';

/** Claims whose range already covers the figures inside it. */
const COVERING = new Set(['date', 'date-relative', 'date-weekday-mismatch', 'date-after-dateline', 'system', 'system-inconsistent', 'quote', 'quote-unattributed']);

/** The block holding `offset`: the last one starting at or before it. */
function blockAt(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The drafts without the number claims another claim already covers, and the number claims kept,
 * indexed in that list. One pass over the drafts; each covering claim is filed under the blocks it
 * overlaps (one, nearly always) that hold a figure, so a figure is tested against its own block's
 * few covers and nothing is sorted.
 */
function keptNumbers(drafts: ClaimDraft[], blocks: readonly Block[]): { kept: ClaimDraft[]; refs: NumberRef[] } {
  const numbers: number[] = [];
  const covers: ClaimDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const code = drafts[i].code;
    if (code === 'number') numbers.push(i);
    else if (COVERING.has(code)) covers.push(drafts[i]);
  }
  if (numbers.length === 0) return { kept: drafts, refs: [] };
  // Covers are filed only under the blocks that hold a figure.
  const byBlock = new Map<number, ClaimDraft[]>();
  const blockOf: number[] = [];
  for (const i of numbers) {
    const b = blockAt(blocks, drafts[i].start);
    blockOf.push(b);
    if (!byBlock.has(b)) byBlock.set(b, []);
  }
  for (const cover of covers) {
    for (let b = blockAt(blocks, cover.start); b < blocks.length && blocks[b].start < cover.end; b++) byBlock.get(b)?.push(cover);
  }
  const covered = new Set<number>();
  const refs: NumberRef[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const i = numbers[k];
    const n = drafts[i];
    if (byBlock.get(blockOf[k])!.some((c) => c.start < n.end && c.end > n.start)) covered.add(i);
    else {
      // Its place in the kept list: the covered numbers before it are gone (indices ascend).
      const ref = numberRef(n, i - covered.size);
      if (ref) refs.push(ref);
    }
  }
  return { kept: covered.size === 0 ? drafts : drafts.filter((_, i) => !covered.has(i)), refs };
}

function span(ref: NumberRef, text: string): Span {
  return { text: text.slice(ref.start, ref.end), start: ref.start, end: ref.end };
}

/** A block's number claims (this run's, document offsets) and its part of the checks. */
interface BlockFigures {
  block: number;
  refs: NumberRef[];
  part: BlockNumbers;
}

/** What the draft-wide checks found, naming figures by their place in the draft's list: valid while the blocks' parts are the same. */
interface Found {
  problems: { ref: number; code: NumberProblem['code']; message: string; others: number[] }[];
  groups: number[][];
}

function findProblems(blocks: BlockFigures[], all: NumberRef[]): Found {
  const problems: NumberProblem[] = [];
  const factors: FactorClaim[] = [];
  const figures: Figure[] = [];
  for (const { block, refs, part } of blocks) {
    // The block's part names its figures by their place in `refs`.
    const own = (local: NumberRef): NumberRef => refs[local.index];
    for (const p of part.problems) problems.push({ ...p, ref: own(p.ref), others: p.others.map(own) });
    for (const f of part.factors) factors.push({ ...f, product: own(f.product), factor: own(f.factor), base: f.base && own(f.base) });
    part.facts.forEach((facts, k) => figures.push({ ref: refs[k], facts, block }));
  }
  const bySubject = new Map<string, NumberRef[]>();
  for (const ref of all) {
    if (!ref.subject) continue;
    const list = bySubject.get(ref.subject);
    if (list) list.push(ref);
    else bySubject.set(ref.subject, [ref]);
  }
  for (const factor of factors) checkFactor(factor, bySubject, problems);
  wholeProblems(figures, problems);
  const groups = sameQuantityGroups(figures).map((group) => group.map((f) => f.ref));
  inconsistencies(groups, problems);
  restatedSentences(figures, problems);
  const slot = new Map(all.map((ref, i) => [ref, i]));
  const at = (ref: NumberRef): number => slot.get(ref)!;
  return { problems: problems.map((p) => ({ ref: at(p.ref), code: p.code, message: p.message, others: p.others.map(at) })), groups: groups.map((g) => g.map(at)) };
}

/**
 * The checks read the blocks' parts only, so what they found is kept until a part's signature (or
 * which blocks have figures) changes: an edit that changes no figure, fact or stated relation (most
 * keystrokes) reuses it, and only the edited paragraph is read again.
 */
export const checkNumbers: DocumentPass = (input, doc, context) => {
  const { kept: drafts, refs } = keptNumbers(input, doc.blocks);
  if (refs.length === 0) return drafts;
  refs.sort((a, b) => a.start - b.start);
  const memo = context.memo;
  const blocks: BlockFigures[] = [];
  const all: NumberRef[] = [];
  const inputs: (number | string)[] = [];
  let r = 0;
  for (let b = 0; b < doc.blocks.length && r < refs.length; b++) {
    const block = doc.blocks[b];
    while (r < refs.length && refs[r].start < block.start) r++;
    if (r === refs.length || refs[r].end > block.end) continue;
    const inside: NumberRef[] = [];
    while (r < refs.length && refs[r].end <= block.end) inside.push(refs[r++]);
    const part = blockNumbers(block, inside, memo);
    blocks.push({ block: b, refs: inside, part });
    inputs.push(b, part.signature);
    for (const ref of inside) all.push(ref);
  }
  const found = memo ? memo.keep('numbers-found', inputs, () => findProblems(blocks, all)) : findProblems(blocks, all);

  // `drafts` is already a copy when a covered claim was dropped.
  const out = drafts === input ? drafts.slice() : drafts;
  for (const group of found.groups) {
    for (const k of group) out[all[k].index] = { ...out[all[k].index], related: group.filter((o) => o !== k).map((o) => span(all[o], doc.text)) };
  }
  const flagged = new Set<number>();
  for (const problem of found.problems) {
    const ref = all[problem.ref];
    if (flagged.has(ref.index)) continue;
    flagged.add(ref.index);
    const draft = out[ref.index];
    const related = [...(draft.related ?? []), ...problem.others.map((o) => span(all[o], doc.text))].filter((s, i, list) => list.findIndex((t) => t.start === s.start) === i);
    out[ref.index] = { ...draft, code: problem.code, message: problem.message, related };
  }
  return out;
};
