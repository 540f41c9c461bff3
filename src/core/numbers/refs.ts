/**
 * A number claim as the document-wide checks see it: the draft's place in the list, its value and
 * what it is about. Built from the drafts the number scanner left.
 */
import type { ClaimDraft } from '../draft';
import type { NumberCategory } from './mention';
import type { NumberValue } from './value';

export interface NumberRef {
  /** Index of the draft in the pass's list. */
  index: number;
  start: number;
  end: number;
  figureStart: number;
  figureEnd: number;
  value: NumberValue;
  category: NumberCategory;
  subject: string | null;
}

export function numberRef(draft: ClaimDraft, index: number): NumberRef | null {
  if (!draft.quantity || !draft.number) return null;
  const figureStart = draft.start + draft.number.figureOffset;
  return {
    index,
    start: draft.start,
    end: draft.end,
    figureStart,
    figureEnd: figureStart + draft.number.figureLength,
    value: draft.quantity,
    category: draft.number.category,
    subject: draft.number.subject,
  };
}

/** A problem one check found: the claim to flag, why, and the mentions it was checked against. */
export interface NumberProblem {
  ref: NumberRef;
  code: 'number-inconsistent' | 'number-arithmetic';
  message: string;
  others: NumberRef[];
}

/** Two amounts agree when equal, or within the hedge of an approximate one ("about 40" vs 41). */
export function agree(a: NumberValue, b: NumberValue): boolean {
  if (a.max !== undefined || b.max !== undefined) {
    const lowA = a.amount, highA = a.max ?? a.amount, lowB = b.amount, highB = b.max ?? b.amount;
    return lowA <= highB && lowB <= highA;
  }
  if (a.amount === b.amount) return true;
  const slack = a.approx || b.approx ? 0.1 : 0.000001;
  return Math.abs(a.amount - b.amount) <= slack * Math.max(Math.abs(a.amount), Math.abs(b.amount));
}

/** Units two mentions can be compared in: equal, or one is a bare figure that takes the other's. */
export function compatibleUnits(a: NumberValue, b: NumberValue): boolean {
  return a.unit === b.unit || a.unit === '' || b.unit === '';
}
