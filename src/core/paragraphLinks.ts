/**
 * The engine's one answer to "does this paragraph have a source link?", used by the
 * `source-missing` pass and stated on every claim (`Claim.link`) so the hover card and quick fixes
 * never parse links again:
 * - `present`: a real http(s) link (an http:// one too: it is a source, flagged only as insecure),
 *   a reference link whose definition is one, or a `[^1]` mark whose footnote holds one;
 * - `placeholder`: no source, but a link that stands in for one (`#`, `TODO`, example.com, a
 *   reference without a definition);
 * - `none`: no link at all.
 * Computed once per parsed document (linear in blocks and links, each link's block found by binary
 * search) and kept with it.
 */
import type { ParagraphLink } from './claims';
import type { Block, DocumentModel } from './document';
import { bareUrls } from './parse/links';
import { classifyLinks, isSourceLink, urlStatus } from './refiners/links';
import { lastStartingAt } from './sorted';

/** A named link that can stand as a source (`[Reuters](https://…)`), for pickers of known sources. */
export interface SourceLink {
  /** The link text as written: what names the source. */
  text: string;
  url: string;
  start: number;
  end: number;
}

/** Inline and reference links to an http(s) source, in document order. */
export function sourceLinks(doc: DocumentModel): SourceLink[] {
  const out: SourceLink[] = [];
  for (const { link, status } of classifyLinks(doc.links)) {
    if ((link.form === 'inline' || link.form === 'reference') && isSourceLink(status) && /^https?:\/\//i.test(link.url)) {
      out.push({ text: doc.text.slice(link.textStart, link.textEnd), url: link.url, start: link.start, end: link.end });
    }
  }
  return out;
}

export interface ParagraphLinks {
  /** Per block, in order. */
  readonly statuses: readonly ParagraphLink[];
  /** The block whose paragraph holds `offset`, or -1. */
  indexAt(offset: number): number;
  /** The link status of the paragraph holding `offset`, or null outside every paragraph. */
  at(offset: number): ParagraphLink | null;
}

const computed = new WeakMap<DocumentModel, ParagraphLinks>();

export function paragraphLinks(doc: DocumentModel): ParagraphLinks {
  let found = computed.get(doc);
  if (!found) computed.set(doc, (found = compute(doc)));
  return found;
}

function compute(doc: DocumentModel): ParagraphLinks {
  const ends = paragraphEnds(doc);
  const indexAt = (offset: number): number => {
    const i = lastStartingAt(doc.blocks, offset);
    return i !== -1 && offset < ends[i] ? i : -1;
  };
  const statuses: ParagraphLink[] = doc.blocks.map(() => ({ status: 'none', url: null }));
  for (const { link, status } of classifyLinks(doc.links)) {
    // A definition sources the paragraphs that cite it, through their reference links.
    if (link.form === 'definition') continue;
    const block = indexAt(link.start);
    if (block === -1) continue;
    const current = statuses[block];
    if (isSourceLink(status)) {
      if (current.status !== 'present') statuses[block] = { status: 'present', url: link.url };
    } else if ((status === 'placeholder' || status === 'undefined-reference') && current.status === 'none') {
      statuses[block] = { status: 'placeholder', url: link.url };
    }
  }
  const footnotes = sourcedFootnotes(doc);
  if (footnotes.size > 0) {
    doc.blocks.forEach((block, i) => {
      if (statuses[i].status === 'present') return;
      const url = citedFootnoteUrl(doc.text.slice(block.start, ends[i]), footnotes);
      if (url !== null) statuses[i] = { status: 'present', url };
    });
  }
  for (const status of statuses) Object.freeze(status);
  return { statuses, indexAt, at: (offset) => statuses[indexAt(offset)] ?? null };
}

/**
 * Where each block's paragraph really ends: a block ends on its last prose character, but a bare
 * URL, autolink or footnote mark after it (blanked in the masked text) still belongs to the
 * paragraph, up to the next blank line or block. Linear: each gap between blocks is read once.
 */
function paragraphEnds(doc: DocumentModel): number[] {
  const { text, blocks } = doc;
  return blocks.map((block: Block, i) => {
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

/** Footnote labels ("^1") whose definition line holds a source URL anywhere ("[^1]: Reuters, https://…"), with that URL. */
function sourcedFootnotes(doc: DocumentModel): Map<string, string> {
  const labels = new Map<string, string>();
  for (const link of doc.links) {
    if (link.form !== 'definition' || !link.label?.startsWith('^')) continue;
    const urls = [link.url, ...bareUrls(doc.text.slice(link.start, link.end))];
    const source = urls.find((u) => isSourceLink(urlStatus(u)));
    if (source !== undefined) labels.set(link.label, source);
  }
  return labels;
}

const FOOTNOTE_MARK = /\[(\^[^\]\s]{1,100})\](?!:)/g;

/** The source URL of the first sourced footnote a paragraph cites, or null. */
function citedFootnoteUrl(paragraph: string, footnotes: Map<string, string>): string | null {
  for (const m of paragraph.matchAll(FOOTNOTE_MARK)) {
    const url = footnotes.get(m[1].toLowerCase());
    if (url !== undefined) return url;
  }
  return null;
}
