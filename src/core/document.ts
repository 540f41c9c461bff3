/**
 * The document model: Markdown or plain text → prose blocks with markup blanked out.
 *
 * Scanners never see Markdown syntax. Instead of building a tree, we make a *masked* copy of the
 * text, the same length as the original, where everything that is not prose (front matter, code,
 * HTML comments and tags, link URLs, emphasis marks, list and heading markers) is replaced by
 * spaces. Offsets found in the masked text are therefore offsets into the document, exactly, in
 * UTF-16 code units, with CRLF and LF alike. This costs one linear pass and no allocation per node,
 * which is what keeps a keystroke re-check cheap.
 *
 * This module assembles blocks line by line; the parts live in ./parse: the mask, front matter,
 * inline Markdown, links and HTML comments.
 */

import { assembleLines, finishBlocks, type Block, type Cut } from './parse/blocks';
import { parseFrontMatter, type FrontMatterField } from './parse/frontMatter';
import { splitLines, type Line } from './parse/lines';
import { resolveReferences, type DocumentLink } from './parse/links';
import { Mask } from './parse/mask';
import { Suppressions, type Directive } from './parse/suppressions';
import { lastStartingAt } from './sorted';
import { unchangedEnds, type UnchangedEnds } from './textEdit';

export type { DocumentLink, LinkForm } from './parse/links';
export type { FrontMatterField } from './parse/frontMatter';
export type { Block, BlockKind } from './parse/blocks';

export interface DocumentModel {
  text: string;
  masked: string;
  blocks: Block[];
  links: DocumentLink[];
  frontMatter: Map<string, FrontMatterField> | null;
  /** Where the body starts: after the front matter's closing line, or 0. */
  bodyStart: number;
  /** What `<!-- factdesk-disable … -->` comments switch off, and where. */
  suppressions: Suppressions;
}

/** What the parser keeps of its last parse to parse an edited text again. */
interface LastParse {
  model: DocumentModel;
  languageId: string;
  cuts: Cut[];
  /** The links before references were resolved (resolving writes into them). */
  links: DocumentLink[];
  directives: Directive[];
}

/** `lines` from `from` to `to`, the empty line `splitLines` reports after a final break dropped unless the range ends the text. */
function linesIn(text: string, from: number, to: number): Line[] {
  const lines = splitLines(text.slice(from, to)).map((line) => ({ start: line.start + from, end: line.end + from }));
  if (to < text.length && lines.length > 1 && lines[lines.length - 1].start === to) lines.pop();
  return lines;
}

function shiftLink(link: DocumentLink, by: number): DocumentLink {
  return { ...link, start: link.start + by, end: link.end + by, textStart: link.textStart + by, textEnd: link.textEnd + by, urlStart: link.urlStart + by, urlEnd: link.urlEnd + by };
}

/** Items before `from` as they are, items at or after `until` shifted, from a list in document order. */
function keepOutside<T extends { start: number }>(items: readonly T[], from: number, until: number, shift: (item: T) => T): { before: T[]; after: T[] } {
  const before = items.slice(0, lastStartingAt(items, from - 1) + 1);
  const after = items.slice(lastStartingAt(items, until - 1) + 1).map(shift);
  return { before, after };
}

/**
 * The document parser of one editor document. A keystroke re-check parses the text again: the
 * parser finds what the edit changed, assembles the lines again only from the cut before the change
 * to the cut after it (see parse/blocks.ts), and keeps every block outside (the same objects, or
 * copies moved by the edit's length, holding the same text strings, which the engine's caches then
 * find at once). An edit that could change more (front matter, a fence or comment left open)
 * parses the whole text.
 */
export class DocumentParser {
  private last: LastParse | null = null;

  /** `edit`, if given, must be how the text of this parser's last parse became `text`. */
  parse(text: string, languageId: string = 'markdown', edit?: UnchangedEnds): DocumentModel {
    const last = this.last;
    const reparsed = last && last.languageId === languageId ? this.reparse(text, last, edit ?? unchangedEnds(last.model.text, text)) : null;
    return reparsed ?? this.parseWhole(text, languageId);
  }

  private parseWhole(text: string, languageId: string): DocumentModel {
    const lines = splitLines(text);
    const mask = new Mask(text);
    const markdown = languageId === 'markdown';
    let frontMatter: Map<string, FrontMatterField> | null = null;
    let first = 0;
    let bodyStart = 0;
    if (markdown) {
      const fm = parseFrontMatter(text, lines, mask);
      if (fm) {
        frontMatter = fm.fields;
        first = fm.lineCount;
        bodyStart = fm.bodyStart;
      }
    }
    const assembled = assembleLines(text, first === 0 ? lines : lines.slice(first), markdown, mask);
    const masked = mask.toString();
    const model = this.model(text, masked, finishBlocks(assembled.blocks, masked, 0), assembled.links, assembled.directives, frontMatter, bodyStart, lines);
    this.last = { model, languageId, cuts: assembled.cuts, links: assembled.links, directives: assembled.directives };
    return model;
  }

  /** The model of an edit of the last text, or null when the edit needs a whole parse. */
  private reparse(text: string, last: LastParse, edit: UnchangedEnds): DocumentModel | null {
    const old = last.model;
    const { prefix, suffix, delta } = edit;
    if (delta === 0 && prefix === text.length) return old;
    const markdown = last.languageId === 'markdown';
    // An edit in the front matter, or one that could open or close one, parses the whole text.
    if (markdown && (prefix < old.bodyStart || (old.bodyStart === 0 && /^\uFEFF?---/.test(text)))) return null;
    // From the line after the last cut before the edit (or the body's start) to the first cut after it, that cut's line included.
    const cuts = last.cuts;
    let a = lastStartingAt(cuts, prefix);
    // The cut's line break must be before the edit too: a blank last line without one is not a cut an edit leaves alone.
    while (a >= 0 && (cuts[a].next > prefix || cuts[a].next === cuts[a].end)) a--;
    const regionStart = a >= 0 ? cuts[a].next : old.bodyStart;
    const oldSuffixStart = old.text.length - suffix;
    let b = a + 1;
    // The line break before the cut must be outside the edit too (two code units for CRLF).
    while (b < cuts.length && cuts[b].start - 2 < oldSuffixStart) b++;
    const oldRegionEnd = b < cuts.length ? cuts[b].next : old.text.length;
    const regionEnd = oldRegionEnd + delta;
    if (regionEnd < regionStart) return null;

    const mask = new Mask(text, regionStart, regionEnd);
    const assembled = assembleLines(text, linesIn(text, regionStart, regionEnd), markdown, mask);
    // The edit opened code or a comment that runs past the cut: everything after it may read differently.
    if (b < cuts.length && !assembled.endsOnCut) return null;

    const middle = mask.toString();
    const moved = <T extends { start: number; end: number }>(item: T): T => (delta === 0 ? item : { ...item, start: item.start + delta, end: item.end + delta });
    const blocks = keepOutside(old.blocks, regionStart, oldRegionEnd, moved);
    const links = keepOutside(last.links, regionStart, oldRegionEnd, (link) => shiftLink(link, delta));
    const directives = keepOutside(last.directives, regionStart, oldRegionEnd, moved);
    const keptCuts = keepOutside(cuts, regionStart, oldRegionEnd, (cut) => ({ start: cut.start + delta, end: cut.end + delta, next: cut.next + delta }));
    const allLinks = [...links.before, ...assembled.links, ...links.after];
    const allDirectives = [...directives.before, ...assembled.directives, ...directives.after];
    const masked = old.masked.slice(0, regionStart) + middle + old.masked.slice(oldRegionEnd);
    const model = this.model(text, masked, [...blocks.before, ...finishBlocks(assembled.blocks, middle, regionStart), ...blocks.after], allLinks, allDirectives, old.frontMatter, old.bodyStart, null);
    this.last = { model, languageId: last.languageId, cuts: [...keptCuts.before, ...assembled.cuts, ...keptCuts.after], links: allLinks, directives: allDirectives };
    return model;
  }

  /** The model, with references resolved on copies of the links and suppressions read from the directives. */
  private model(text: string, masked: string, blocks: Block[], links: readonly DocumentLink[], directives: Directive[], frontMatter: Map<string, FrontMatterField> | null, bodyStart: number, lines: Line[] | null): DocumentModel {
    const resolved = links.map((link) => ({ ...link }));
    resolveReferences(resolved);
    const suppressions = directives.length === 0 ? Suppressions.NONE : Suppressions.from(directives, lines ?? splitLines(text), text.length);
    return { text, masked, blocks, links: resolved, frontMatter, bodyStart, suppressions };
  }
}

export function parseDocument(text: string, languageId: string = 'markdown'): DocumentModel {
  return new DocumentParser().parse(text, languageId);
}
