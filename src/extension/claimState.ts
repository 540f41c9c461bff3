/** A claim with its verification mark, and what counts as "open" (still to check). Pure. */
import type { Claim } from '../core/claims';
import type { VerificationMark } from '../core/records';

export interface MarkedClaim {
  claim: Claim;
  mark: VerificationMark | undefined;
}

export function withMarks(claims: readonly Claim[], marks: Readonly<Record<string, VerificationMark>>): MarkedClaim[] {
  return claims.map((claim) => ({ claim, mark: Object.prototype.hasOwnProperty.call(marks, claim.fingerprint) ? marks[claim.fingerprint] : undefined }));
}

/** Neither verified nor ignored. */
export function isOpen(marked: MarkedClaim): boolean {
  return marked.mark === undefined;
}

export function countOpen(marked: readonly MarkedClaim[]): number {
  return marked.filter(isOpen).length;
}

/** Claims that contain `offset` (the end is inclusive, so a cursor right after a claim still finds it), smallest first. */
export function claimsAt<T extends { claim: Claim }>(items: readonly T[], offset: number): T[] {
  return items.filter((m) => m.claim.start <= offset && offset <= m.claim.end).sort((a, b) => a.claim.end - a.claim.start - (b.claim.end - b.claim.start));
}

/** The codicon for a claim's state: open, verified or ignored. */
export function statusIcon(marked: MarkedClaim): string {
  if (!marked.mark) return 'circle-large-outline';
  return marked.mark.state === 'verified' ? 'pass-filled' : 'circle-slash';
}

/** The status bar's text: "12 claims · 9 unverified". */
export function statusText(claims: number, open: number): string {
  return `${claims} ${claims === 1 ? 'claim' : 'claims'} · ${open} unverified`;
}
