/**
 * number-inconsistent: one quantity stated two ways. Mentions are the same quantity when they
 * measure the same noun phrase in the same unit and rate ("$12 million contract" / "the contract,
 * worth $12.5 million"); a figure set against another ("up from", "than", "last year") is a
 * different quantity by design and takes no part. Also the whole of a part-of count: "four of the
 * six cables" and later "the five cables".
 */
import { agree, type NumberProblem, type NumberRef } from './refs';
import { formatNumberValue } from './value';

const CONTRAST_BEFORE = /\b(?:from|than|rose|rise|risen|fell|fall|fallen|increased?|decreased?|grew|grow|jumped|dropped|declined?|climbed|up|down|compared|versus|vs|previous(?:ly)?|last|earlier|before|former|originally|initial(?:ly)?|now|new|revised|raised|lowered|cut|doubled|tripled|halved|instead|average|median|between|each|per|another|other|additional|extra|first|second|third|next|another|only|record|target|goal|forecast|projected|expected|estimated|would|could|might|if)\b[^.;]{0,40}$/;
const CONTRAST_AFTER = /^[^.;]{0,30}\b(?:than|from|compared|earlier|before|last|previous|ago|each|apiece|instead|more|less|higher|lower|fewer)\b/;

/** The mentions that take part: with a subject, not a part-of count, not set against another figure. */
function comparable(ref: NumberRef, text: string): boolean {
  if (!ref.subject || ref.value.of !== undefined) return false;
  if (ref.category === 'bare' || ref.category === 'times' || ref.category === 'age') return false;
  const before = text.slice(Math.max(0, ref.start - 60), ref.start).toLowerCase();
  const after = text.slice(ref.end, ref.end + 30).toLowerCase();
  return !CONTRAST_BEFORE.test(before) && !CONTRAST_AFTER.test(after);
}

export function quantityKey(ref: NumberRef): string {
  return `${ref.category}\u0000${ref.value.unit}\u0000${ref.value.per ?? ''}\u0000${ref.subject ?? ''}`;
}

/** Groups of mentions of one quantity, in document order (only groups with two or more). */
export function sameQuantityGroups(refs: NumberRef[], text: string): NumberRef[][] {
  const groups = new Map<string, NumberRef[]>();
  for (const ref of refs) {
    if (!comparable(ref, text)) continue;
    const key = quantityKey(ref);
    const group = groups.get(key);
    if (group) group.push(ref);
    else groups.set(key, [ref]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export function inconsistencies(groups: NumberRef[][], out: NumberProblem[]): void {
  for (const group of groups) {
    const first = group[0];
    for (const ref of group.slice(1)) {
      if (agree(first.value, ref.value)) continue;
      out.push({
        ref,
        code: 'number-inconsistent',
        message: `${formatNumberValue(ref.value)} here, but ${formatNumberValue(first.value)} earlier${ref.subject !== ref.value.unit ? ` for the same ${ref.subject}` : ''}: check which the source gives`,
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
