/**
 * Which claims a bulk action takes: those a selection touches (an empty selection: its
 * paragraph), and the placeholder links that name the same outlet. Pure.
 */
import type { Claim } from '../core/claims';

export interface OffsetRange {
  start: number;
  end: number;
}

/** The paragraph (between blank lines) holding `offset`, without its line break. */
export function paragraphAround(text: string, offset: number): OffsetRange {
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  let end = text.length;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (m.index + m[0].length <= offset) start = m.index + m[0].length;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** Claims overlapping `range`; an empty range (a cursor) takes the claims it stands in or at the edge of. */
export function claimsIn<T extends { claim: Claim }>(items: readonly T[], range: OffsetRange): T[] {
  if (range.start === range.end) return items.filter(({ claim }) => claim.start <= range.start && range.start <= claim.end);
  return items.filter(({ claim }) => claim.start < range.end && range.start < claim.end);
}

/** The outlet a placeholder link names: its link text, as a reader sees it ("Reuters" for `[Reuters](#)`). */
export function placeholderName(claim: Claim): string | undefined {
  if (claim.code !== 'link-placeholder') return undefined;
  const name = /^\[([^\]]*)\]/.exec(claim.text)?.[1].replace(/\s+/g, ' ').trim();
  return name ? name : undefined;
}

/** Every placeholder link naming the same outlet as `claim` (case aside), `claim` included, in order. */
export function samePlaceholders(claims: readonly Claim[], claim: Claim): Claim[] {
  const name = placeholderName(claim)?.toLowerCase();
  if (!name) return [];
  return claims.filter((c) => placeholderName(c)?.toLowerCase() === name);
}
