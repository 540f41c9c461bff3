/**
 * The Claims view's filter by source match: all claims, the quotes with one match status (verbatim,
 * minor, altered, not found), or the quotes no source was checked for. Pure; the command that
 * asks with a quick pick is matchFilterCommand.ts.
 */
import type { Claim } from '../core/claims';
import type { MatchStatus } from '../core/sources/types';

export type MatchFilter = 'all' | MatchStatus | 'unchecked';

export const MATCH_FILTER_LABELS: Readonly<Record<MatchFilter, string>> = {
  all: 'All claims',
  verbatim: 'Quotes found word for word',
  minor: 'Quotes found with minor differences (punctuation, case)',
  altered: 'Quotes that differ from their source',
  'not-found': 'Quotes not found in the sources',
  unchecked: 'Quotes not checked against a source',
};

export function passesMatchFilter(claim: Claim, filter: MatchFilter): boolean {
  if (filter === 'all') return true;
  if (claim.kind !== 'quote' || claim.code === 'quote-term') return false;
  if (filter === 'unchecked') return claim.match === null;
  return claim.match?.status === filter;
}
