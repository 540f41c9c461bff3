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

import { maskComments, ForwardSearch } from './parse/comments';
import { parseFrontMatter, type FrontMatterField } from './parse/frontMatter';
import { maskInline } from './parse/inline';
import { isBlank, leadingSpace, splitLines } from './parse/lines';
import { definitionOn, maskBareUrls, resolveReferences, type DocumentLink } from './parse/links';
import { Mask } from './parse/mask';
import { Suppressions, type Directive } from './parse/suppressions';

export type { DocumentLink, LinkForm } from './parse/links';
export type { FrontMatterField } from './parse/frontMatter';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote';

export interface Block {
  kind: BlockKind;
  /** Document range of the block (first non-blank character to end of its last line). */
  start: number;
  end: number;
  /** `masked.slice(start, end)`, kept for cache keys and scanners. */
  text: string;
}

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

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BLOCKQUOTE_MARKER = /^ {0,3}(?:>[ \t]?)+/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

export function parseDocument(text: string, languageId: string = 'markdown'): DocumentModel {
  const lines = splitLines(text);
  const mask = new Mask(text);
  const links: DocumentLink[] = [];
  const directives: Directive[] = [];
  const markdown = languageId === 'markdown';
  const blocks: Block[] = [];
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

  // Block assembly: consecutive prose lines form a block; blank lines, headings, list items,
  // blockquote boundaries and code end it.
  let current: { kind: BlockKind; start: number; end: number } | null = null;
  const flush = (): void => {
    if (current && current.end > current.start) blocks.push({ kind: current.kind, start: current.start, end: current.end, text: '' });
    current = null;
  };

  let fence: string | null = null;
  let commentUntil = -1;
  let previousBlank = true;
  const comments = new ForwardSearch(text, '<!--');
  for (let n = first; n < lines.length; n++) {
    const line = lines[n];
    // Inside a multi-line HTML comment (already blanked) up to where it closes.
    if (commentUntil >= line.end) continue;
    const proseFrom = Math.max(line.start, commentUntil);
    commentUntil = -1;
    const raw = text.slice(line.start, line.end);
    if (!markdown) {
      if (isBlank(text, line)) {
        flush();
        continue;
      }
      maskBareUrls(text, line, mask, links);
      if (!current) current = { kind: 'paragraph', start: line.start + leadingSpace(raw), end: line.end };
      else current.end = line.end;
      continue;
    }
    if (fence !== null) {
      mask.blank(line.start, line.end);
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(raw)) fence = null;
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(raw);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      mask.blank(line.start, line.end);
      continue;
    }
    if (isBlank(text, line)) {
      flush();
      previousBlank = true;
      continue;
    }
    if (previousBlank && !current && /^(?: {4}|\t)/.test(raw)) {
      // Indented code block.
      mask.blank(line.start, line.end);
      continue;
    }
    const comment = maskComments(text, line, mask, directives, proseFrom, comments);
    if (comment.openUntil !== -1) commentUntil = comment.openUntil;
    const visible = mask.slice(line.start, line.end);
    if (visible.trim() === '') {
      previousBlank = false;
      continue;
    }
    previousBlank = false;
    let kind: BlockKind = 'paragraph';
    let contentStart = line.start;
    let startsBlock = false;
    const heading = HEADING.exec(visible);
    const quoteMarker = BLOCKQUOTE_MARKER.exec(visible);
    const listMarker = LIST_MARKER.exec(visible);
    const definition = definitionOn(visible, line);
    if (definition) {
      links.push(definition);
      mask.blank(line.start, line.end);
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(visible) || (current && SETEXT_UNDERLINE.test(visible))) {
      mask.blank(line.start, line.end);
      flush();
      continue;
    }
    if (heading) {
      mask.blank(line.start, line.start + heading[0].length);
      const closing = /[ \t]#+[ \t]*$/.exec(visible);
      if (closing) mask.blank(line.start + closing.index, line.end);
      kind = 'heading';
      contentStart = line.start + heading[0].length;
      startsBlock = true;
    } else if (quoteMarker) {
      mask.blank(line.start, line.start + quoteMarker[0].length);
      contentStart = line.start + quoteMarker[0].length;
      kind = 'blockquote';
      const afterMarker = visible.slice(quoteMarker[0].length);
      if (afterMarker.trim() === '') {
        flush();
        continue;
      }
      startsBlock = current?.kind !== 'blockquote';
      const innerList = LIST_MARKER.exec(afterMarker);
      if (innerList) {
        mask.blank(contentStart, contentStart + innerList[0].length);
        contentStart += innerList[0].length;
        startsBlock = true;
      }
    } else if (listMarker) {
      mask.blank(line.start, line.start + listMarker[0].length);
      contentStart = line.start + listMarker[0].length;
      kind = 'list-item';
      startsBlock = true;
    }
    maskInline(text, contentStart, line.end, mask, links);
    const lead = mask.leadingSpace(contentStart, line.end);
    if (startsBlock || !current || (current.kind === 'blockquote') !== (kind === 'blockquote') || current.kind === 'heading') {
      flush();
      current = { kind, start: contentStart + lead, end: line.end };
    } else {
      current.end = line.end;
    }
    if (kind === 'heading') flush();
  }
  flush();

  const masked = mask.toString();
  for (const block of blocks) {
    // Trim trailing blanks so a block ends on prose.
    let end = block.end;
    while (end > block.start && /\s/.test(masked[end - 1])) end--;
    block.end = end;
    block.text = masked.slice(block.start, end);
  }
  resolveReferences(links);
  return { text, masked, blocks: blocks.filter((b) => b.text.trim() !== ''), links, frontMatter, bodyStart, suppressions: Suppressions.from(directives, lines, text.length) };
}
