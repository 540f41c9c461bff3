/**
 * `source-missing`: a paragraph with quotes or attributions but no source link. At most one claim
 * per paragraph, over the paragraph itself (not over a quote, where it would repeat that claim's
 * range), and its message lists everything in the paragraph that needs a source ("the quote (Jane
 * Roe) and the anonymous attribution (officials)"): a wire story has a quote or attribution in
 * nearly every paragraph, and one line per claim drowned the rest of the output. Its default
 * severity is `hint`; the `wire` preset switches it off. Insert source link on it writes the link
 * at the end of the paragraph.
 * A placeholder link does not count as a source (it is flagged on its own); an http:// link does
 * (it is a real source, flagged only as insecure). Whether a paragraph has a source link is the
 * engine's one answer, paragraphLinks.ts, which the claims' `link` field and the hover also show.
 */
import { RULES, type RuleCode } from '../claims';
import { newSlot, type ClaimDraft, type DraftSlot } from '../draft';
import { paragraphLinks } from '../paragraphLinks';
import type { DocumentPass } from '../scan';
import { keptWording } from '../keptWording';

const NEEDS_SOURCE: ReadonlySet<RuleCode> = new Set<RuleCode>(['quote', 'quote-unattributed', 'quote-altered', 'quote-not-in-source', 'quote-wrong-speaker', 'attribution', 'attribution-anonymous', 'attribution-secondhand']);

/** How many needs are named before the rest is counted ("… and 3 more"). */
const LISTED = 4;

/** One need, as the checker reads it: "the quote (Jane Roe)", "the anonymous attribution (officials)". */
function needOf(draft: ClaimDraft): string {
  const who = draft.speaker?.name ?? draft.source?.text ?? draft.outlet ?? null;
  const what =
    draft.code === 'attribution-anonymous' ? 'the anonymous attribution'
    : draft.code === 'attribution-secondhand' ? 'the second-hand report'
    : draft.code === 'quote-unattributed' ? 'the unattributed quote'
    : RULES[draft.code].kind === 'quote' ? 'the quote'
    : 'the attribution';
  return who ? `${what} (${who.replace(/\s+/g, ' ')})` : what;
}

/** The distinct needs of a paragraph in reading order, the first LISTED named, the rest counted. */
function listNeeds(drafts: readonly ClaimDraft[]): string {
  const needs = [...new Set(drafts.map(needOf))];
  const named = needs.slice(0, LISTED);
  const rest = needs.length - named.length;
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : list;
}

/** The message for a paragraph's needs: the one its slot kept while the needs read the same (the usual keystroke), so it is not worded again. */
function messageFor(needs: readonly ClaimDraft[], kept: DraftSlot | undefined): string {
  const facts: unknown[] = [];
  for (const d of needs) facts.push(d.code, d.speaker?.name, d.source?.text, d.outlet);
  return keptWording(kept, facts, () => ({ code: 'source-missing', message: `No source link in this paragraph for ${listNeeds(needs)}: link the original statement or report` })).message;
}

export const flagMissingSources: DocumentPass = (drafts, doc, context) => {
  const paragraphs = paragraphLinks(doc);
  // Per unsourced block: its quotes and attributions, in document order.
  const needsByBlock = new Map<number, ClaimDraft[]>();
  for (const d of drafts) {
    if (!NEEDS_SOURCE.has(d.code)) continue;
    const block = paragraphs.indexAt(d.start);
    if (block === -1 || paragraphs.statuses[block].status === 'present') continue;
    const needs = needsByBlock.get(block);
    if (needs) needs.push(d);
    else needsByBlock.set(block, [d]);
  }
  if (needsByBlock.size === 0) return drafts;
  const added: ClaimDraft[] = [];
  for (const [block, needs] of needsByBlock) {
    needs.sort((a, b) => a.start - b.start);
    const first = needs[0];
    // Made anew every run: the paragraph's text keeps a slot for its wording and for the finishing step.
    const kept = context.memo?.get('source-missing', doc.blocks[block].text, newSlot);
    added.push({
      code: 'source-missing',
      start: doc.blocks[block].start,
      end: doc.blocks[block].end,
      message: messageFor(needs, kept),
      speaker: first.speaker ?? null,
      source: first.source ?? null,
      outlet: first.outlet ?? null,
      kept,
    });
  }
  return drafts.concat(added);
};
