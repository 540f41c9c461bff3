/**
 * The quick fix *Use "Kozhin" everywhere* on a name-inconsistent claim: every occurrence of every
 * other spelling of the name, replaced by the preferred one. Pure, so the edit is tested without
 * an editor; the code action applies it as one WorkspaceEdit (one undo step).
 */
import type { Claim } from '../core/claims';
import type { TextEditSpec } from './textEdit';

export function useSpellingTitle(claim: Claim): string | null {
  return claim.code === 'name-inconsistent' && claim.canonical ? `Use “${claim.canonical}” everywhere` : null;
}

/** Edits that replace every variant the claim lists with its preferred spelling; occurrences no longer written as recorded are left alone. */
export function useSpellingEdits(text: string, claim: Claim): TextEditSpec[] {
  const preferred = claim.canonical;
  if (claim.code !== 'name-inconsistent' || !preferred) return [];
  return (claim.related ?? [])
    .filter((span) => text.slice(span.start, span.end) === span.text && span.text !== preferred)
    .map((span) => ({ start: span.start, end: span.end, newText: preferred }));
}
