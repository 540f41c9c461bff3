/**
 * `source-missing`: a paragraph with quotes or attributions but no source link. At most one claim
 * per paragraph, over the paragraph itself (not over a quote, where it would repeat that claim's
 * range), and its message lists everything in the paragraph that needs a source ("the quote (Jane
 * Roe) and the anonymous attribution (officials)"): a wire story has a quote or attribution in
 * nearly every paragraph, and one line per claim drowned the rest of the output. Its default
 * severity is `hint`; the `wire` preset switches it off. Insert source link on it writes the link
 * at the end of the paragraph.
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
  // Per unsourced block: its quotes and attributions, in document order.
  const needsByBlock = new Map<number, ClaimDraft[]>();
  for (const d of drafts) {
    if (!NEEDS_SOURCE.has(d.code)) continue;
    const block = blockAt(doc.blocks, ends, d.start);
    if (block === -1 || sourced.has(block)) continue;
    const needs = needsByBlock.get(block);
    if (needs) needs.push(d);
    else needsByBlock.set(block, [d]);
  }
  if (needsByBlock.size === 0) return drafts;
  const footnotes = sourcedFootnotes(doc);
  const added: ClaimDraft[] = [];
  for (const [block, needs] of needsByBlock) {
    if (citesSourcedFootnote(doc.text.slice(doc.blocks[block].start, ends[block]), footnotes)) continue;
    needs.sort((a, b) => a.start - b.start);
    const first = needs[0];
    added.push({
      code: 'source-missing',
      start: doc.blocks[block].start,
      end: doc.blocks[block].end,
      message: `No source link in this paragraph for ${listNeeds(needs)}: link the original statement or report`,
      speaker: first.speaker ?? null,
      source: first.source ?? null,
      outlet: first.outlet ?? null,
    });
  }
  return drafts.concat(added);
};
