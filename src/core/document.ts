/**
 * The document model: Markdown or plain text → prose blocks with markup blanked out.
 *
 * Scanners never see Markdown syntax. Instead of building a tree, we make a *masked* copy of the
 * text, the same length as the original, where everything that is not prose (front matter, code,
 * HTML comments and tags, link URLs, emphasis marks, list and heading markers) is replaced by
 * spaces. Offsets found in the masked text are therefore offsets into the document, exactly, in
 * UTF-16 code units, with CRLF and LF alike. This costs one linear pass and no allocation per node,
 * which is what keeps a keystroke re-check cheap.
 */

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote';

export interface Block {
  kind: BlockKind;
  /** Document range of the block (first non-blank character to end of its last line). */
  start: number;
  end: number;
  /** `masked.slice(start, end)`, kept for cache keys and scanners. */
  text: string;
}

export type LinkForm = 'inline' | 'reference' | 'definition' | 'autolink' | 'bare' | 'footnote';

export interface DocumentLink {
  form: LinkForm;
  /** Whole link as written, e.g. `[Reuters](#)`. */
  start: number;
  end: number;
  /** Link text range (inside the brackets); equals the URL range for autolinks and bare URLs. */
  textStart: number;
  textEnd: number;
  url: string;
  urlStart: number;
  urlEnd: number;
  /** For reference links, the label that a definition resolves. */
  label?: string;
}

export interface FrontMatterField {
  value: string;
  start: number;
  end: number;
}

export interface DocumentModel {
  text: string;
  masked: string;
  blocks: Block[];
  links: DocumentLink[];
  frontMatter: Map<string, FrontMatterField> | null;
  /** Rule codes switched off by `<!-- factdesk-disable code ... -->` comments. */
  disabledRules: Set<string>;
}

const LINE_BREAK = /\r\n|\r|\n/g;

interface Line {
  start: number;
  /** End of content, before the line break. */
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * A mutable copy of the text where ranges can be blanked; line breaks are kept so lines stay lines.
 * UTF-16 code units in a typed array: no string per character, and a blanked copy is decoded in
 * large chunks, so masking a 600,000-character document costs a few milliseconds, not a hundred.
 */
class Mask {
  private readonly codes: Uint16Array;
  /** Largest end of any blanked range: a range starting at or after it is still the original text. */
  private blankedUntil = 0;
  /** Blanked ranges, [start, end) pairs, so the copy can be assembled from slices of the original. */
  private readonly ranges: number[] = [];
  constructor(private readonly text: string) {
    this.codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.codes[i] = text.charCodeAt(i);
  }
  blank(start: number, end: number): void {
    start = Math.max(0, start);
    end = Math.min(end, this.codes.length);
    if (end <= start) return;
    if (end > this.blankedUntil) this.blankedUntil = end;
    this.ranges.push(start, end);
    const codes = this.codes;
    for (let i = start; i < end; i++) {
      const c = codes[i];
      if (c !== 10 && c !== 13) codes[i] = 32;
    }
  }
  /** Already blanked: part of a comment or other markup masked before the inline pass. */
  isBlanked(i: number): boolean {
    return i < this.blankedUntil && this.codes[i] === 32 && this.text.charCodeAt(i) !== 32;
  }
  slice(start: number, end: number): string {
    if (start >= this.blankedUntil) return this.text.slice(start, end);
    return decode(this.codes, Math.max(0, start), Math.min(end, this.codes.length));
  }
  /** Spaces and tabs from `start` on, before `end`. */
  leadingSpace(start: number, end: number): number {
    let i = start;
    while (i < end && (this.codes[i] === 32 || this.codes[i] === 9)) i++;
    return i - start;
  }
  toString(): string {
    const order: number[] = [];
    for (let r = 0; r < this.ranges.length; r += 2) order.push(r);
    order.sort((a, b) => this.ranges[a] - this.ranges[b]);
    const parts: string[] = [];
    let done = 0;
    for (const r of order) {
      const start = Math.max(done, this.ranges[r]);
      const end = this.ranges[r + 1];
      if (end <= start) continue;
      if (start > done) parts.push(this.text.slice(done, start));
      parts.push(decode(this.codes, start, end));
      done = end;
    }
    parts.push(this.text.slice(done));
    return parts.join('');
  }
}

/** Code units to a string, lone surrogates included (a UTF-16 decoder would replace them). */
function decode(codes: Uint16Array, start: number, end: number): string {
  const CHUNK = 8192;
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
  const parts: string[] = [];
  for (let i = start; i < end; i += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]));
  return parts.join('');
}

const DISABLE_COMMENT = /^\s*factdesk-disable\s+([\s\S]*?)\s*$/;

function recordDisable(comment: string, disabled: Set<string>): void {
  const m = DISABLE_COMMENT.exec(comment);
  if (!m) return;
  for (const code of m[1].split(/[\s,]+/)) if (code) disabled.add(code);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BLOCKQUOTE_MARKER = /^ {0,3}(?:>[ \t]?)+/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const DEFINITION = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?([^\s>]*)>?/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

function parseFrontMatter(text: string, lines: Line[], mask: Mask): { fields: Map<string, FrontMatterField>; lineCount: number } | null {
  if (lines.length < 2 || text.slice(lines[0].start, lines[0].end).replace(/^\uFEFF/, '') !== '---') return null;
  for (let i = 1; i < lines.length && i < 500; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (line === '---' || line === '...') {
      const fields = new Map<string, FrontMatterField>();
      for (let j = 1; j < i; j++) {
        const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(text.slice(lines[j].start, lines[j].end));
        if (!m) continue;
        let value = m[2];
        let offset = lines[j].start + text.slice(lines[j].start, lines[j].end).indexOf(value, m[1].length + 1);
        if (/^(["']).*\1$/.test(value)) {
          value = value.slice(1, -1);
          offset += 1;
        }
        fields.set(m[1].toLowerCase(), { value, start: offset, end: offset + value.length });
      }
      mask.blank(0, lines[i].end);
      return { fields, lineCount: i + 1 };
    }
  }
  return null;
}

/**
 * Blank inline markup on one line of prose and record its links. Handles code spans, HTML comments
 * and tags, images, inline/reference links, autolinks, bare URLs, footnote marks and emphasis.
 */
function maskInline(text: string, from: number, to: number, mask: Mask, links: DocumentLink[]): void {
  let i = from;
  while (i < to) {
    if (mask.isBlanked(i)) {
      // Inside an HTML comment on this line: `Text <!-- [x](#) --> more` has no link.
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    // Backslash escape: the escaped character is literal prose.
    if (c === 92 /* \ */ && i + 1 < to && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      mask.blank(i, i + 1);
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(i + run) === 96) run++;
      const fence = '`'.repeat(run);
      // Searched within the line only: an unclosed span must not scan the rest of the document.
      const within = text.slice(i + run, to).indexOf(fence);
      const close = within === -1 ? -1 : i + run + within;
      if (close !== -1) {
        mask.blank(i, close + run);
        i = close + run;
        continue;
      }
      // An unmatched run is literal text (CommonMark), e.g. a wire-style ``quote'' opener.
      i += run;
      continue;
    }
    if (c === 60 /* < */) {
      const rest = text.slice(i, Math.min(to, i + 2048));
      const auto = /^<((?:https?|ftp|mailto):[^\s<>]*)>/i.exec(rest);
      if (auto) {
        links.push({ form: 'autolink', start: i, end: i + auto[0].length, textStart: i + 1, textEnd: i + 1 + auto[1].length, url: auto[1], urlStart: i + 1, urlEnd: i + 1 + auto[1].length });
        mask.blank(i, i + auto[0].length);
        i += auto[0].length;
        continue;
      }
      const tag = /^<\/?[A-Za-z][\w-]*(?:\s[^<>]{0,500})?\/?>/.exec(rest);
      if (tag) {
        mask.blank(i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (c === 33 /* ! */ && text.charCodeAt(i + 1) === 91) {
      const image = matchLink(text, i + 1, to);
      if (image) {
        mask.blank(i, image.end);
        i = image.end;
        continue;
      }
    }
    if (c === 91 /* [ */) {
      if (text.charCodeAt(i + 1) === 94 /* ^ */) {
        const within = text.slice(i, Math.min(to, i + 100)).indexOf(']');
        const close = within === -1 ? -1 : i + within;
        if (close !== -1) {
          mask.blank(i, close + 1);
          i = close + 1;
          continue;
        }
      }
      const link = matchLink(text, i, to);
      if (link) {
        links.push(link);
        mask.blank(link.start, link.textStart);
        // Link text can itself hold code spans or emphasis.
        maskInline(text, link.textStart, link.textEnd, mask, []);
        mask.blank(link.textEnd, link.end);
        i = link.end;
        continue;
      }
    }
    if ((c === 104 /* h */ || c === 119 /* w */) && (i === from || /[\s(]/.test(text[i - 1]))) {
      const bare = /^(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"”’]/i.exec(text.slice(i, Math.min(to, i + 2048)));
      if (bare) {
        links.push({ form: 'bare', start: i, end: i + bare[0].length, textStart: i, textEnd: i + bare[0].length, url: bare[0], urlStart: i, urlEnd: i + bare[0].length });
        mask.blank(i, i + bare[0].length);
        i += bare[0].length;
        continue;
      }
    }
    if (c === 42 /* * */) {
      mask.blank(i, i + 1);
    } else if (c === 95 /* _ */) {
      // Underscore emphasis only at word edges: snake_case and URLs keep theirs.
      const before = i > from ? text[i - 1] : ' ';
      const after = i + 1 < to ? text[i + 1] : ' ';
      if (!/[A-Za-z0-9]/.test(before) || !/[A-Za-z0-9]/.test(after)) mask.blank(i, i + 1);
    } else if (c === 126 /* ~ */ && text.charCodeAt(i + 1) === 126) {
      mask.blank(i, i + 2);
      i += 2;
      continue;
    }
    i++;
  }
}

/** `[text](url "title")` or `[text][label]` / `[label][]` starting at `open`. */
function matchLink(text: string, open: number, to: number): DocumentLink | null {
  // No closing bracket in reach means no link: a native search, so a line of thousands of `[` is
  // not scanned character by character a thousand characters from each one.
  if (text.slice(open, Math.min(to, open + 1000)).indexOf(']') === -1) return null;
  let depth = 0;
  let close = -1;
  for (let j = open; j < to && j - open < 1000; j++) {
    const ch = text[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close === -1) return null;
  const next = text[close + 1];
  if (next === '(') {
    const dest = /^\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/.exec(text.slice(close + 1, Math.min(to, close + 2049)));
    if (!dest) return null;
    let url = dest[1];
    let urlStart = close + 1 + dest[0].indexOf(dest[1], 1);
    if (url.startsWith('<')) {
      url = url.slice(1, -1);
      urlStart += 1;
    }
    return { form: 'inline', start: open, end: close + 1 + dest[0].length, textStart: open + 1, textEnd: close, url, urlStart, urlEnd: urlStart + url.length };
  }
  if (next === '[') {
    const labelEnd = text.indexOf(']', close + 2);
    if (labelEnd === -1 || labelEnd >= to || labelEnd - close > 200) return null;
    const label = text.slice(close + 2, labelEnd) || text.slice(open + 1, close);
    return { form: 'reference', start: open, end: labelEnd + 1, textStart: open + 1, textEnd: close, url: '', urlStart: labelEnd + 1, urlEnd: labelEnd + 1, label: label.toLowerCase() };
  }
  return null;
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Blank HTML comments that start on `line`; `openUntil` is where a comment running past the line ends, else -1. */
/**
 * `text.indexOf(needle, from)` for queries whose `from` only grows, as the line loop asks them: the
 * answer is kept until `from` passes it, so a document with no comment is searched once, not once
 * per line (which made parsing quadratic in the number of lines).
 */
class ForwardSearch {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  next(from: number): number {
    if (from < this.from || (this.found !== -1 && this.found < from) || this.from === -1) {
      this.found = this.text.indexOf(this.needle, from);
    }
    this.from = from;
    return this.found;
  }
}

/** Blank HTML comments that start on `line`; `openUntil` is where a comment running past the line ends, else -1. */
function maskComments(text: string, line: Line, mask: Mask, disabled: Set<string>, from: number, comments: ForwardSearch): { openUntil: number } {
  let i = comments.next(from);
  while (i !== -1 && i < line.end) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    recordDisable(text.slice(i + 4, close === -1 ? text.length : close), disabled);
    mask.blank(i, end);
    if (end > line.end) return { openUntil: end };
    i = comments.next(end);
  }
  return { openUntil: -1 };
}

export function parseDocument(text: string, languageId: string = 'markdown'): DocumentModel {
  const lines = splitLines(text);
  const mask = new Mask(text);
  const links: DocumentLink[] = [];
  const disabled = new Set<string>();
  const markdown = languageId === 'markdown';
  const blocks: Block[] = [];
  let frontMatter: Map<string, FrontMatterField> | null = null;
  let first = 0;

  if (markdown) {
    const fm = parseFrontMatter(text, lines, mask);
    if (fm) {
      frontMatter = fm.fields;
      first = fm.lineCount;
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
    const comment = maskComments(text, line, mask, disabled, proseFrom, comments);
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
    const definition = DEFINITION.exec(visible);
    if (definition) {
      const urlStart = line.start + definition[0].indexOf(definition[2], definition[0].indexOf(']:') + 2);
      links.push({ form: 'definition', start: line.start + definition[0].indexOf('['), end: line.end, textStart: line.start + definition[0].indexOf('[') + 1, textEnd: line.start + definition[0].indexOf(']:'), url: definition[2], urlStart, urlEnd: urlStart + definition[2].length, label: definition[1].toLowerCase() });
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
  return { text, masked, blocks: blocks.filter((b) => b.text.trim() !== ''), links, frontMatter, disabledRules: disabled };
}

function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

function maskBareUrls(text: string, line: Line, mask: Mask, links: DocumentLink[]): void {
  const re = /(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"”’]/gi;
  const segment = text.slice(line.start, line.end);
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const start = line.start + m.index;
    links.push({ form: 'bare', start, end: start + m[0].length, textStart: start, textEnd: start + m[0].length, url: m[0], urlStart: start, urlEnd: start + m[0].length });
    mask.blank(start, start + m[0].length);
  }
}

/** Give reference links the URL of their definition. */
function resolveReferences(links: DocumentLink[]): void {
  const definitions = new Map<string, DocumentLink>();
  for (const link of links) if (link.form === 'definition' && link.label) definitions.set(link.label, link);
  for (const link of links) {
    if (link.form !== 'reference' || !link.label) continue;
    const def = definitions.get(link.label);
    if (def) {
      link.url = def.url;
      link.urlStart = def.urlStart;
      link.urlEnd = def.urlEnd;
    }
  }
}
