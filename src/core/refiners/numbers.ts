/**
 * The document-wide number pass: drops number claims another claim already covers (a date, a named
 * system, a figure inside a quote), then runs the checks that compare figures — arithmetic within
 * sentences and across the draft, one quantity stated two ways — and gives every number claim the
 * other mentions of its quantity.
 */
import type { Span } from '../claims';
import type { ClaimDraft } from '../draft';
import { checkFactor, type FactorClaim } from '../numbers/arithmetic';
import { blockNumbers, type BlockNumbers } from '../numbers/block';
import { inconsistencies, restatedSentences, sameQuantityGroups, wholeProblems, type Figure } from '../numbers/consistency';
import { numberRef, type NumberProblem, type NumberRef } from '../numbers/refs';
import type { DocumentPass } from '../scan';

/** Claims whose range already covers the figures inside it. */
const COVERING = new Set(['date', 'date-relative', 'date-weekday-mismatch', 'date-after-dateline', 'system', 'system-inconsistent', 'quote', 'quote-unattributed']);

function withoutCovered(drafts: ClaimDraft[]): ClaimDraft[] {
  const covers = drafts.filter((d) => COVERING.has(d.code)).sort((a, b) => a.start - b.start);
  if (covers.length === 0) return drafts;
  // Covering claims sorted by start; a running maximum of their ends answers "is this point covered?" in one sweep.
  const numbers = drafts.filter((d) => d.code === 'number').sort((a, b) => a.start - b.start);
  const covered = new Set<ClaimDraft>();
  let c = 0;
  let reach = -1;
  for (const n of numbers) {
    while (c < covers.length && covers[c].start < n.end) reach = Math.max(reach, covers[c++].end);
    if (reach > n.start) covered.add(n);
  }
  return covered.size === 0 ? drafts : drafts.filter((d) => !covered.has(d));
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
 * The checks read the blocks' parts only, so what they found is kept under the ids of those parts:
 * an edit that changes no figure, fact or stated relation (most keystrokes) reuses it, and only
 * the edited paragraph is read again.
 */
export const checkNumbers: DocumentPass = (input, doc, context) => {
  const drafts = withoutCovered(input);
  const refs: NumberRef[] = [];
  drafts.forEach((d, i) => {
    const ref = d.code === 'number' ? numberRef(d, i) : null;
    if (ref) refs.push(ref);
  });
  if (refs.length === 0) return drafts;
  refs.sort((a, b) => a.start - b.start);
  const memo = context.memo;
  const blocks: BlockFigures[] = [];
  const all: NumberRef[] = [];
  let r = 0;
  doc.blocks.forEach((block, b) => {
    while (r < refs.length && refs[r].start < block.start) r++;
    const inside: NumberRef[] = [];
    while (r < refs.length && refs[r].end <= block.end) inside.push(refs[r++]);
    if (inside.length === 0) return;
    blocks.push({ block: b, refs: inside, part: blockNumbers(block, inside, memo) });
    for (const ref of inside) all.push(ref);
  });
  const find = (): Found => findProblems(blocks, all);
  const found = memo ? memo.get('numbers-found', blocks.map((f) => `${f.block}:${f.part.id}`).join(' '), find) : find();

  const out = drafts.slice();
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
