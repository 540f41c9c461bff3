/**
 * Block assembly over a run of lines: consecutive prose lines form a block; blank lines, headings,
 * list items, blockquote boundaries and code end it. Markup is blanked in the mask as it goes, and
 * links and disable comments are collected.
 *
 * Assembly starts in the state it has at the top of a document, which is also its state after any
 * blank line outside code and comments: such a line is a *cut*. The incremental parser relies on it:
 * an edit between two cuts is parsed again from the first cut to the second, and what lies outside
 * them is kept.
 */
import { maskComments, ForwardSearch } from './comments';
import { maskInline } from './inline';
import { isBlank, leadingSpace, type Line } from './lines';
import { definitionOn, maskBareUrls, type DocumentLink } from './links';
import type { Mask } from './mask';
import type { Directive } from './suppressions';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote';

export interface Block {
  kind: BlockKind;
  /** Document range of the block (first non-blank character to end of its last line). */
  start: number;
  end: number;
  /** `masked.slice(start, end)`, kept for cache keys and scanners. */
  text: string;
}

/** A blank line outside code and comments: where it starts and ends, and where the line after it starts (its end at the end of the text). */
export interface Cut {
  start: number;
  end: number;
  next: number;
}

export interface AssembledLines {
  /** Blocks with their untrimmed ranges and no text yet (see `finishBlocks`). */
  blocks: Block[];
  links: DocumentLink[];
  directives: Directive[];
  cuts: Cut[];
  /** Whether the last line assembled was a cut (assembly is back in its starting state). */
  endsOnCut: boolean;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BLOCKQUOTE_MARKER = /^ {0,3}(?:>[ \t]?)+/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Where the line after one ending at `end` starts (past its CRLF, CR or LF). */
function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end < text.length ? end + 1 : end;
}

export function assembleLines(text: string, lines: readonly Line[], markdown: boolean, mask: Mask): AssembledLines {
  const blocks: Block[] = [];
  const links: DocumentLink[] = [];
  const directives: Directive[] = [];
  const cuts: Cut[] = [];
  let current: { kind: BlockKind; start: number; end: number } | null = null;
  const flush = (): void => {
    if (current && current.end > current.start) blocks.push({ kind: current.kind, start: current.start, end: current.end, text: '' });
    current = null;
  };

  let fence: string | null = null;
  let commentUntil = -1;
  let previousBlank = true;
  let endsOnCut = false;
  const comments = new ForwardSearch(text, '<!--');
  for (const line of lines) {
    endsOnCut = false;
    // Inside a multi-line HTML comment (already blanked) up to where it closes.
    if (commentUntil >= line.end) continue;
    const proseFrom = Math.max(line.start, commentUntil);
    commentUntil = -1;
    const raw = text.slice(line.start, line.end);
    if (!markdown) {
      if (isBlank(text, line)) {
        flush();
        cuts.push({ start: line.start, end: line.end, next: nextLineStart(text, line.end) });
        endsOnCut = true;
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
      cuts.push({ start: line.start, end: line.end, next: nextLineStart(text, line.end) });
      endsOnCut = true;
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
  return { blocks, links, directives, cuts, endsOnCut };
}

/**
 * Blocks with their text: trailing blanks trimmed so a block ends on prose, and blocks that hold
 * no prose dropped. `masked` is the masked text from offset `from` on.
 */
export function finishBlocks(blocks: readonly Block[], masked: string, from: number): Block[] {
  const done: Block[] = [];
  for (const block of blocks) {
    let end = block.end;
    while (end > block.start && /\s/.test(masked[end - 1 - from])) end--;
    const text = masked.slice(block.start - from, end - from);
    if (text.trim() !== '') done.push({ kind: block.kind, start: block.start, end, text });
  }
  return done;
}
