/**
 * Matching one quote against a set of sources: candidate passages from the index, each aligned word
 * by word, the best alignment kept and judged. A quote of one or two words is too short to judge
 * (found word for word it still gets its place; otherwise no verdict, never `not-found`).
 */
import { align, type Alignment } from './align';
import { findCandidates } from './candidates';
import type { CombinedIndex } from './combinedIndex';
import { describeMatch } from './matchDetails';
import { quoteTokens, wordCount, type QuoteToken } from './quoteTokens';
import type { SourceFile } from './sourceIndex';
import type { MatchStatus, SourceMatch } from './types';

/** A match and the source file it was found in (index into the set's files), for the faces. */
export interface LocatedMatch extends SourceMatch {
  source: SourceFile | null;
}

export const MIN_JUDGED_WORDS = 3;
/** Up to this share of the quote's words may differ and the passage still be its source (altered). */
const MAX_EDIT_SHARE = 0.4;
/** How far an ellipsis may reach, in source words. */
const MAX_GAP_WORDS = 150;

interface Best {
  file: SourceFile;
  alignment: Alignment;
}

function bestAlignment(tokens: readonly QuoteToken[], sources: CombinedIndex): Best | null {
  const n = tokens.length;
  const words = wordCount(tokens);
  const hasGaps = words !== n;
  const slack = Math.ceil(words / 4) + 4 + (hasGaps ? MAX_GAP_WORDS : 0);
  let best: Best | null = null;
  for (const c of findCandidates(tokens, sources)) {
    const file = sources.files[c.file];
    const index = file.index;
    const from = Math.max(0, c.diagonal - slack);
    const to = Math.min(index.words.length, c.diagonal + 16 + words + slack);
    const alignment = align(tokens, { words: index.words, passage: index.passage, from, to });
    if (alignment && (!best || alignment.edits < best.alignment.edits)) best = { file, alignment };
  }
  return best;
}

function judge(tokens: readonly QuoteToken[], alignment: Alignment): MatchStatus {
  const words = wordCount(tokens);
  const same = alignment.ops.reduce((n, op) => n + (op.op === 'same' ? 1 : 0), 0);
  if (alignment.edits === 0) return 'verbatim';
  if (same < 2 || alignment.edits > Math.max(1, Math.floor(words * MAX_EDIT_SHARE))) return 'not-found';
  return 'altered';
}

const NOT_FOUND: LocatedMatch = { status: 'not-found', file: null, line: null, start: 0, end: 0, text: '', speaker: null, diff: [], context: '', fix: null, source: null };

export function matchQuote(quoteText: string, sources: CombinedIndex): LocatedMatch | null {
  const tokens = quoteTokens(quoteText);
  const short = wordCount(tokens) < MIN_JUDGED_WORDS;
  const best = sources.files.length > 0 ? bestAlignment(tokens, sources) : null;
  if (!best) return short ? null : NOT_FOUND;
  const status = judge(tokens, best.alignment);
  if (status === 'not-found') return short ? null : NOT_FOUND;
  if (short && status === 'altered') return null;
  return { ...describeMatch(quoteText, tokens, best.file, best.alignment, status), source: best.file };
}
