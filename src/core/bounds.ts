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

/** Count and first-seen flag of one group of identical items. */
interface Group {
  count: number;
  listed: boolean;
}

/**
 * Groups keyed by a few strings, in nested maps: a million findings are looked up by strings they
 * already hold, without building a joined key for each (that cost seconds on the worst inputs).
 */
class Groups {
  private readonly root = new Map<string | number, unknown>();
  get(parts: ReadonlyArray<string | number>): Group {
    let map = this.root;
    for (let i = 0; i < parts.length - 1; i++) {
      let next = map.get(parts[i]) as Map<string | number, unknown> | undefined;
      if (!next) map.set(parts[i], (next = new Map()));
      map = next;
    }
    const last = parts[parts.length - 1];
    let group = map.get(last) as Group | undefined;
    if (!group) map.set(last, (group = { count: 0, listed: false }));
    return group;
  }
}

/**
 * Items with the same key (block first) beyond MAX_REPEATS_PER_BLOCK fold into the first, which
 * `withCount` rewrites to carry the count; items stay in order.
 */
export function foldRepeats<T>(items: readonly T[], keyOf: (item: T, index: number) => ReadonlyArray<string | number>, withCount: (item: T, count: number) => T): T[] {
  if (items.length <= MAX_REPEATS_PER_BLOCK) return [...items];
  const groups = new Groups();
  const of = items.map((item, i) => groups.get(keyOf(item, i)));
  let folds = false;
  for (const group of of) if (++group.count > MAX_REPEATS_PER_BLOCK) folds = true;
  if (!folds) return [...items];
  const folded: T[] = [];
  items.forEach((item, i) => {
    const group = of[i];
    if (group.count <= MAX_REPEATS_PER_BLOCK) return void folded.push(item);
    if (group.listed) return;
    group.listed = true;
    folded.push(withCount(item, group.count));
  });
  return folded;
}

/** The message of a finding that stands for `count` identical ones. */
export function repeatedMessage(message: string, count: number): string {
  return `${message} (${count} times in this paragraph; only the first is listed)`;
}

/**
 * Could anything fold? Only if some block holds more than MAX_REPEATS_PER_BLOCK claims with one
 * fingerprint. Claims are sorted, so a block's claims are adjacent: a real draft, with a handful of
 * claims per paragraph, is answered without building any map.
 */
function mayFold(claims: readonly Claim[], where: readonly number[]): boolean {
  let from = 0;
  for (let i = 1; i <= where.length; i++) {
    if (i < where.length && where[i] === where[from]) continue;
    if (i - from > MAX_REPEATS_PER_BLOCK) {
      const counts = new Map<string, number>();
      for (let j = from; j < i; j++) {
        const n = (counts.get(claims[j].fingerprint) ?? 0) + 1;
        if (n > MAX_REPEATS_PER_BLOCK) return true;
        counts.set(claims[j].fingerprint, n);
      }
    }
    from = i;
  }
  return false;
}

export function boundClaims(claims: Claim[], blocks: readonly Block[]): { claims: Claim[]; notices: string[] } {
  // A real draft has a handful of claims per paragraph: it skips the grouping entirely.
  const where = claims.length > MAX_REPEATS_PER_BLOCK ? blockIndexes(claims, blocks) : [];
  const folded = mayFold(claims, where)
    ? foldRepeats(
        claims,
        (c, i) => [where[i], c.code, c.fingerprint, c.message],
        (c, count) => ({ ...c, message: repeatedMessage(c.message, count) }),
      )
    : claims;
  if (folded.length <= MAX_CLAIMS_PER_FILE) return { claims: folded, notices: [] };
  const more = folded.length - MAX_CLAIMS_PER_FILE;
  return {
    claims: folded.slice(0, MAX_CLAIMS_PER_FILE),
    notices: [`This file gives ${folded.length} findings; only the first ${MAX_CLAIMS_PER_FILE} are listed (${more} more after that are not).`],
  };
}
