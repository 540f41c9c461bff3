/**
 * Where in the sources a quote may come from, found through the inverted indexes: the quote's rarest
 * words vote for the diagonal (source position minus position in the quote) they occur on, and the
 * buckets of diagonals with the most distinct voting words are the candidate passages. Only the
 * postings of the rarest words are read (a budget), so a quote made of common words costs no more
 * than a distinctive one, and 1,000,000 words of sources are never scanned.
 */
import type { QuoteToken } from './quoteTokens';
import type { SourceFile } from './sourceSet';

export interface Candidate {
  file: number;
  /** Source word index where the quote would start. */
  diagonal: number;
  score: number;
}

const BUCKET = 8;
const MAX_ANCHORS = 16;
const MIN_ANCHORS = 3;
const POSTING_BUDGET = 6000;
const MAX_CANDIDATES = 4;
const FILE_STRIDE = 2 ** 26;

interface Anchor {
  norm: string;
  /** The word's position in the quote, counted in words. */
  at: number;
  df: number;
}

function anchors(tokens: readonly QuoteToken[], files: readonly SourceFile[]): Anchor[] {
  const seen = new Set<string>();
  const list: Anchor[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    const norm = t.word.norm;
    if (!t.editorial && !seen.has(norm)) {
      seen.add(norm);
      let df = 0;
      for (const f of files) df += f.index.postings.get(norm)?.length ?? 0;
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

export function findCandidates(tokens: readonly QuoteToken[], files: readonly SourceFile[]): Candidate[] {
  // Per bucket: votes × 32 + the last anchor that voted, so one anchor counts once per bucket.
  const votes = new Map<number, number>();
  const chosen = anchors(tokens, files);
  chosen.forEach((anchor, a) => {
    files.forEach((file, f) => {
      const postings = file.index.postings.get(anchor.norm);
      if (!postings) return;
      for (const p of postings) {
        const bucket = Math.floor((p - anchor.at) / BUCKET) + 1;
        // Each diagonal votes for its bucket and the next, so two diagonals close together always share one.
        for (const b of [bucket, bucket + 1]) {
          const key = f * FILE_STRIDE + b;
          const v = votes.get(key) ?? -1;
          if (v === -1) votes.set(key, 32 + a);
          else if ((v & 31) !== a) votes.set(key, ((v >> 5) + 1) * 32 + a);
        }
      }
    });
  });
  const best: Candidate[] = [];
  for (const [key, v] of votes) {
    const score = v >> 5;
    if (best.length === MAX_CANDIDATES && score <= best[best.length - 1].score) continue;
    const file = Math.floor(key / FILE_STRIDE);
    const candidate = { file, diagonal: (key - file * FILE_STRIDE - 1) * BUCKET - BUCKET, score };
    best.push(candidate);
    best.sort((x, y) => y.score - x.score || x.file - y.file || x.diagonal - y.diagonal);
    if (best.length > MAX_CANDIDATES) best.pop();
  }
  return best;
}
