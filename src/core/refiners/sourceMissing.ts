/**
 * `source-missing`: a paragraph with quotes or attributions but no source link. One claim per
 * paragraph, on its first quote or attribution — an editor does not want five identical notes.
 * A placeholder link does not count as a source (it is flagged on its own); an http:// link does
 * (it is a real source, flagged only as insecure). Blocks are sorted, so each claim and link finds
 * its block by binary search: O((claims + links) · log blocks), no claims × links scan.
 */
import type { RuleCode } from '../claims';
import type { Block } from '../document';
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../pipeline';
import { classifyLinks, isSourceLink } from './links';

const NEEDS_SOURCE: ReadonlySet<RuleCode> = new Set<RuleCode>(['quote', 'quote-unattributed', 'attribution', 'attribution-anonymous', 'attribution-secondhand']);

/** Index of the block containing `offset`, or -1. `blocks` are in document order and do not overlap. */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < blocks[mid].start) hi = mid - 1;
    else if (offset >= blocks[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function describe(first: ClaimDraft, count: number): string {
  const who = first.speaker?.name ?? first.source?.text ?? first.outlet ?? null;
  const what = first.code.startsWith('quote') ? 'the quote' : 'the attribution';
  const subject = who ? `${what} (${who})` : what;
  return count > 1 ? `${subject} and ${count - 1} more claim${count > 2 ? 's' : ''}` : subject;
}

export const flagMissingSources: DocumentPass = (drafts, doc) => {
  const sourced = new Set<number>();
  for (const { link, status } of classifyLinks(doc.links)) {
    if (!isSourceLink(status)) continue;
    const block = blockAt(doc.blocks, link.start);
    if (block !== -1) sourced.add(block);
  }
  // Per unsourced block: its earliest quote/attribution and how many it has.
  const firstInBlock = new Map<number, { draft: ClaimDraft; count: number }>();
  for (const d of drafts) {
    if (!NEEDS_SOURCE.has(d.code)) continue;
    const block = blockAt(doc.blocks, d.start);
    if (block === -1 || sourced.has(block)) continue;
    const seen = firstInBlock.get(block);
    if (!seen) firstInBlock.set(block, { draft: d, count: 1 });
    else {
      seen.count++;
      if (d.start < seen.draft.start) seen.draft = d;
    }
  }
  if (firstInBlock.size === 0) return drafts;
  const added: ClaimDraft[] = [];
  for (const { draft, count } of firstInBlock.values()) {
    added.push({
      code: 'source-missing',
      start: draft.start,
      end: draft.end,
      message: `No source link in this paragraph for ${describe(draft, count)}: link the original statement or report`,
      speaker: draft.speaker ?? null,
      source: draft.source ?? null,
      outlet: draft.outlet ?? null,
    });
  }
  return drafts.concat(added);
};
