/**
 * The document-wide number pass: drops number claims another claim already covers (a date, a named
 * system, a figure inside a quote), then runs the checks that compare figures — arithmetic within
 * sentences and across the draft, one quantity stated two ways — and gives every number claim the
 * other mentions of its quantity.
 */
import type { Span } from '../claims';
import type { ClaimDraft } from '../draft';
import { checkFactor, sentenceArithmetic, type FactorClaim } from '../numbers/arithmetic';
import { inconsistencies, sameQuantityGroups, wholeProblems } from '../numbers/consistency';
import { numberRef, type NumberProblem, type NumberRef } from '../numbers/refs';
import { abstractSentence } from '../numbers/sentence';
import type { DocumentPass } from '../scan';
import { splitSentences } from '../text/sentences';

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

export const checkNumbers: DocumentPass = (input, doc) => {
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
  let r = 0;
  for (const block of doc.blocks) {
    if (r >= refs.length) break;
    if (refs[r].start >= block.end) continue;
    for (const sentence of splitSentences(block.text)) {
      const start = block.start + sentence.start;
      const end = block.start + sentence.end;
      while (r < refs.length && refs[r].start < start) r++;
      const inside: NumberRef[] = [];
      while (r < refs.length && refs[r].end <= end) inside.push(refs[r++]);
      if (inside.length > 0) factors.push(...sentenceArithmetic(abstractSentence(doc.text, start, end, inside), doc.text, problems));
    }
  }
  const bySubject = new Map<string, NumberRef[]>();
  for (const ref of refs) {
    if (!ref.subject) continue;
    const list = bySubject.get(ref.subject);
    if (list) list.push(ref);
    else bySubject.set(ref.subject, [ref]);
  }
  for (const factor of factors) checkFactor(factor, bySubject, problems);
  wholeProblems(refs, doc.text, problems);
  const groups = sameQuantityGroups(refs, doc.text);
  inconsistencies(groups, problems);

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
