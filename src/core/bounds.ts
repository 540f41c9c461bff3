/**
 * Bounds on what one draft can produce. A file of nothing but `“` is a claim per character: 1 MB of
 * them made a 257 MB JSON report and ran SARIF out of memory. Identical findings repeated in one
 * paragraph fold into the first, whose message carries the count (they share a fingerprint, so
 * one mark covers them all), and a file lists at most MAX_CLAIMS_PER_FILE claims, with a notice
 * saying how many more there were.
 */
import type { Claim } from './claims';
import type { Block } from './document';

/** More identical findings than this in one paragraph fold into one. */
export const MAX_REPEATS_PER_BLOCK = 10;
/** Far above a real draft (a 2 MB file of ordinary news copy gives about 20,000). */
export const MAX_CLAIMS_PER_FILE = 50_000;

/** For each claim (sorted by start), the index of the block it starts in, or a negative number per gap between blocks. */
function blockIndexes(claims: readonly Claim[], blocks: readonly Block[]): number[] {
  const indexes: number[] = [];
  let b = 0;
  for (const claim of claims) {
    while (b < blocks.length && blocks[b].end <= claim.start) b++;
    indexes.push(b < blocks.length && blocks[b].start <= claim.start ? b : -1 - b);
  }
  return indexes;
}

function foldRepeats(claims: readonly Claim[], blocks: readonly Block[]): Claim[] {
  const where = blockIndexes(claims, blocks);
  const keys = claims.map((c, i) => `${where[i]}\u0000${c.code}\u0000${c.fingerprint}\u0000${c.message}`);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > MAX_REPEATS_PER_BLOCK)) return [...claims];
  const folded: Claim[] = [];
  const seen = new Set<string>();
  claims.forEach((claim, i) => {
    const count = counts.get(keys[i])!;
    if (count <= MAX_REPEATS_PER_BLOCK) return void folded.push(claim);
    if (seen.has(keys[i])) return;
    seen.add(keys[i]);
    folded.push({ ...claim, message: `${claim.message} (${count} times in this paragraph; only the first is listed)` });
  });
  return folded;
}

export function boundClaims(claims: readonly Claim[], blocks: readonly Block[]): { claims: Claim[]; notices: string[] } {
  // Few claims cannot hold a long run of repeats: the common case costs nothing.
  const folded = claims.length > MAX_REPEATS_PER_BLOCK ? foldRepeats(claims, blocks) : [...claims];
  if (folded.length <= MAX_CLAIMS_PER_FILE) return { claims: folded, notices: [] };
  const more = folded.length - MAX_CLAIMS_PER_FILE;
  return {
    claims: folded.slice(0, MAX_CLAIMS_PER_FILE),
    notices: [`This file gives ${folded.length} findings; only the first ${MAX_CLAIMS_PER_FILE} are listed (${more} more after that are not).`],
  };
}
