/**
 * `source-missing`: a paragraph with quotes or attributions but no source link. One claim per
 * paragraph, on its first quote or attribution — an editor does not want five identical notes.
 * A placeholder link does not count as a source (it is flagged on its own); an http:// link does
 * (it is a real source, flagged only as insecure). Blocks are sorted, so each claim and link finds
 * its block by binary search: O((claims + links) · log blocks), no claims × links scan.
 * Footnotes count too: a `[^1]` mark in the paragraph whose `[^1]: …` definition holds a source
 * URL (the footnote style of the Insert source link action writes exactly that).
 */
import { RULES, type RuleCode } from '../claims';
import { lastStartingAt } from '../sorted';
import type { Block, DocumentModel } from '../document';
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';
import { classifyLinks, isSourceLink, urlStatus } from './links';

const NEEDS_SOURCE: ReadonlySet<RuleCode> = new Set<RuleCode>(['quote', 'quote-unattributed', 'attribution', 'attribution-anonymous', 'attribution-secondhand']);

/**
 * Where each block's paragraph really ends: a block ends on its last prose character, but a bare
 * URL, autolink or footnote mark after it (blanked in the masked text) still belongs to the
 * paragraph, up to the next blank line or block. Linear: each gap between blocks is read once.
 */
export function paragraphEnds(doc: DocumentModel): number[] {
  const { text, blocks } = doc;
  return blocks.map((block, i) => {
    const limit = i + 1 < blocks.length ? blocks[i + 1].start : text.length;
    let lineStart = -1;
    for (let j = block.end; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 10 /* \n */) {
        if (lineStart !== -1 && text.slice(lineStart, j).trim() === '') return lineStart - 1;
        lineStart = j + 1;
      }
    }
    if (lineStart !== -1 && text.slice(lineStart, limit).trim() === '') return lineStart - 1;
    return limit;
  });
}

/** Index of the paragraph holding `offset`, or -1. `blocks` are in document order and do not overlap. */
export function blockAt(blocks: readonly Block[], ends: readonly number[], offset: number): number {
  const found = lastStartingAt(blocks, offset);
  return found !== -1 && offset < ends[found] ? found : -1;
}

function describe(first: ClaimDraft, count: number): string {
  const who = first.speaker?.name ?? first.source?.text ?? first.outlet ?? null;
  const what = RULES[first.code].kind === 'quote' ? 'the quote' : 'the attribution';
  const subject = who ? `${what} (${who})` : what;
  return count > 1 ? `${subject} and ${count - 1} more claim${count > 2 ? 's' : ''}` : subject;
}

/** Footnote labels ("^1") whose definition line holds a source URL anywhere ("[^1]: Reuters, https://…"). */
function sourcedFootnotes(doc: DocumentModel): Set<string> {
  const labels = new Set<string>();
  for (const link of doc.links) {
    if (link.form !== 'definition' || !link.label?.startsWith('^')) continue;
    const line = doc.text.slice(link.start, link.end);
    const urls = [link.url, ...(line.match(/https?:\/\/[^\s<>()\]]+/g) ?? [])];
    if (urls.some((u) => isSourceLink(urlStatus(u)))) labels.add(link.label);
  }
  return labels;
}

const FOOTNOTE_MARK = /\[(\^[^\]\s]{1,100})\](?!:)/g;

/** A paragraph citing a sourced footnote. Only run on paragraphs that need a source, so it stays cheap. */
function citesSourcedFootnote(paragraph: string, footnotes: Set<string>): boolean {
  if (footnotes.size === 0) return false;
  for (const m of paragraph.matchAll(FOOTNOTE_MARK)) if (footnotes.has(m[1].toLowerCase())) return true;
  return false;
}

export const flagMissingSources: DocumentPass = (drafts, doc) => {
  const ends = paragraphEnds(doc);
  const sourced = new Set<number>();
  for (const { link, status } of classifyLinks(doc.links)) {
    // A definition sources the paragraphs that cite it, through their reference links.
    if (!isSourceLink(status) || link.form === 'definition') continue;
    const block = blockAt(doc.blocks, ends, link.start);
    if (block !== -1) sourced.add(block);
  }
  // Per unsourced block: its earliest quote/attribution and how many it has.
  const firstInBlock = new Map<number, { draft: ClaimDraft; count: number }>();
  for (const d of drafts) {
    if (!NEEDS_SOURCE.has(d.code)) continue;
    const block = blockAt(doc.blocks, ends, d.start);
    if (block === -1 || sourced.has(block)) continue;
    const seen = firstInBlock.get(block);
    if (!seen) firstInBlock.set(block, { draft: d, count: 1 });
    else {
      seen.count++;
      if (d.start < seen.draft.start) seen.draft = d;
    }
  }
  if (firstInBlock.size === 0) return drafts;
  const footnotes = sourcedFootnotes(doc);
  const added: ClaimDraft[] = [];
  for (const [block, { draft, count }] of firstInBlock) {
    if (citesSourcedFootnote(doc.text.slice(doc.blocks[block].start, ends[block]), footnotes)) continue;
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
