/**
 * The document-wide number pass: drops number claims another claim already covers (a date, a named
 * system, a figure inside a quote), then runs the checks that compare figures — arithmetic within
 * sentences and across the draft, one quantity stated two ways — and gives every number claim the
 * other mentions of its quantity.
 */
import type { Span } from '../claims';
import type { ClaimDraft } from '../draft';
import { checkFactor, type FactorClaim } from '../numbers/arithmetic';
import { blockNumbers } from '../numbers/block';
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

export const checkNumbers: DocumentPass = (input, doc, context) => {
  const drafts = withoutCovered(input);
  const refs: NumberRef[] = [];
  drafts.forEach((d, i) => {
    const ref = d.code === 'number' ? numberRef(d, i) : null;
    if (ref) refs.push(ref);
  });
  if (refs.length === 0) return drafts;
  refs.sort((a, b) => a.start - b.start);
  const problems: NumberProblem[] = [];
  const factors: FactorClaim[] = [];
  const figures: Figure[] = [];
  let r = 0;
  doc.blocks.forEach((block, b) => {
    while (r < refs.length && refs[r].start < block.start) r++;
    const inside: NumberRef[] = [];
    while (r < refs.length && refs[r].end <= block.end) inside.push(refs[r++]);
    if (inside.length === 0) return;
    // The block's part names its figures by their place in `inside`.
    const part = blockNumbers(block, inside, context.memo);
    const own = (local: NumberRef): NumberRef => inside[local.index];
    for (const p of part.problems) problems.push({ ...p, ref: own(p.ref), others: p.others.map(own) });
    for (const f of part.factors) factors.push({ ...f, product: own(f.product), factor: own(f.factor), base: f.base && own(f.base) });
    part.facts.forEach((facts, k) => figures.push({ ref: inside[k], facts, block: b }));
  });
  const bySubject = new Map<string, NumberRef[]>();
  for (const ref of refs) {
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

  const out = drafts.slice();
  for (const group of groups) {
    for (const ref of group) out[ref.index] = { ...out[ref.index], related: group.filter((o) => o !== ref).map((o) => span(o, doc.text)) };
  }
  const flagged = new Set<number>();
  for (const problem of problems) {
    if (flagged.has(problem.ref.index)) continue;
    flagged.add(problem.ref.index);
    const draft = out[problem.ref.index];
    const related = [...(draft.related ?? []), ...problem.others.map((o) => span(o, doc.text))].filter((s, i, all) => all.findIndex((t) => t.start === s.start) === i);
    out[problem.ref.index] = { ...draft, code: problem.code, message: problem.message, related };
  }
  return out;
};
