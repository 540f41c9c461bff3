/**
 * Where in the sources a quote may come from, found through the inverted indexes: the quote's rarest
 * words vote for the diagonal (source position minus position in the quote) they occur on, and the
 * buckets of diagonals with the most distinct voting words are the candidate passages. Only the
 * postings of the rarest words are read (a budget), so a quote made of common words costs no more
 * than a distinctive one, and 1,000,000 words of sources are never scanned.
 */
import { fileAt, type CombinedIndex } from './combinedIndex';
import type { QuoteToken } from './quoteTokens';

export interface Candidate {
  file: number;
  /** Word index in that file where the quote would start (may be negative: before the first word). */
  diagonal: number;
  score: number;
}

const BUCKET = 8;
const MAX_ANCHORS = 16;
const MIN_ANCHORS = 3;
const POSTING_BUDGET = 6000;
const MAX_CANDIDATES = 4;

interface Anchor {
  norm: string;
  /** The word's position in the quote, counted in words. */
  at: number;
  df: number;
}

function anchors(tokens: readonly QuoteToken[], index: CombinedIndex): Anchor[] {
  const seen = new Set<string>();
  const list: Anchor[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    const norm = t.word.norm;
    if (!t.editorial && !seen.has(norm)) {
      seen.add(norm);
      const df = index.postings.get(norm)?.length ?? 0;
      if (df > 0) list.push({ norm, at, df });
    }
    at++;
  }
  list.sort((a, b) => a.df - b.df || a.at - b.at);
  const chosen: Anchor[] = [];
  let budget = 0;
  for (const a of list) {
    if (chosen.length >= MAX_ANCHORS || (chosen.length >= MIN_ANCHORS && budget + a.df > POSTING_BUDGET)) break;
    chosen.push(a);
    budget += a.df;
  }
  return chosen;
}

export function findCandidates(tokens: readonly QuoteToken[], index: CombinedIndex): Candidate[] {
  // Per bucket of positions: votes × 32 + the last anchor that voted, so one anchor counts once per bucket.
  const votes = new Map<number, number>();
  anchors(tokens, index).forEach((anchor, a) => {
    for (const p of index.postings.get(anchor.norm) ?? []) {
      const bucket = Math.floor((p - anchor.at) / BUCKET) + 1;
      // Each diagonal votes for its bucket and the next, so two diagonals close together always share one.
      for (let b = bucket; b <= bucket + 1; b++) {
        const v = votes.get(b);
        if (v === undefined) votes.set(b, 32 + a);
        else if ((v & 31) !== a) votes.set(b, ((v >> 5) + 1) * 32 + a);
      }
    }
  });
  const best: Array<{ bucket: number; score: number }> = [];
  for (const [bucket, v] of votes) {
    const score = v >> 5;
    if (best.length === MAX_CANDIDATES && score <= best[best.length - 1].score) continue;
    best.push({ bucket, score });
    best.sort((x, y) => y.score - x.score || x.bucket - y.bucket);
    if (best.length > MAX_CANDIDATES) best.pop();
  }
  return best.map(({ bucket, score }) => {
    // Bucket b gathers the diagonals from (b - 2) × BUCKET on.
    const diagonal = (bucket - 2) * BUCKET;
    const file = fileAt(index, Math.max(0, diagonal + BUCKET));
    return { file, diagonal: diagonal - index.offsets[file], score };
  });
}
