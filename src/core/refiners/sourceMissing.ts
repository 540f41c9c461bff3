/**
 * `source-missing`: a paragraph with quotes or attributions but no source link. One claim per
 * paragraph, on its first quote or attribution — an editor does not want five identical notes.
 * A placeholder link does not count as a source (it is flagged on its own); an http:// link does
 * (it is a real source, flagged only as insecure). Whether a paragraph has a source link is the
 * engine's one answer, paragraphLinks.ts, which the claims' `link` field and the hover also show.
 */
import { RULES, type RuleCode } from '../claims';
import type { ClaimDraft } from '../draft';
import { paragraphLinks } from '../paragraphLinks';
import type { DocumentPass } from '../scan';

const NEEDS_SOURCE: ReadonlySet<RuleCode> = new Set<RuleCode>(['quote', 'quote-unattributed', 'attribution', 'attribution-anonymous', 'attribution-secondhand']);

function describe(first: ClaimDraft, count: number): string {
  const who = first.speaker?.name ?? first.source?.text ?? first.outlet ?? null;
  const what = RULES[first.code].kind === 'quote' ? 'the quote' : 'the attribution';
  const subject = who ? `${what} (${who})` : what;
  return count > 1 ? `${subject} and ${count - 1} more claim${count > 2 ? 's' : ''}` : subject;
}

export const flagMissingSources: DocumentPass = (drafts, doc) => {
  const paragraphs = paragraphLinks(doc);
  // Per unsourced block: its earliest quote/attribution and how many it has.
  const firstInBlock = new Map<number, { draft: ClaimDraft; count: number }>();
  for (const d of drafts) {
    if (!NEEDS_SOURCE.has(d.code)) continue;
    const block = paragraphs.indexAt(d.start);
    if (block === -1 || paragraphs.statuses[block].status === 'present') continue;
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
