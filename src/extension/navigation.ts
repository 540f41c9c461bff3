/** Next / previous unverified claim from a cursor offset, wrapping around the document. Pure. */
import type { Claim } from '../core/claims';

export type Direction = 'next' | 'previous';

export function adjacentClaim(claims: readonly Claim[], offset: number, direction: Direction, isOpen: (claim: Claim) => boolean): Claim | undefined {
  const open = claims.filter(isOpen).sort((a, b) => a.start - b.start || a.end - b.end);
  if (open.length === 0) return undefined;
  if (direction === 'next') return open.find((c) => c.start > offset) ?? open[0];
  for (let i = open.length - 1; i >= 0; i--) if (open[i].start < offset) return open[i];
  return open[open.length - 1];
}
