/**
 * Links as Markdown writes them: inline `[text](url)`, reference `[text][label]` and their
 * definitions, autolinks `<https://…>` and bare URLs (the one pattern for a URL written as plain
 * text, in Markdown and in plain-text drafts alike).
 */
import type { Line } from './lines';
import type { Mask } from './mask';

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

/** A URL written as text: `https://…`, `http://…` or `www.…`, without trailing punctuation. */
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"”’]/;
const BARE_URL_AT = new RegExp(BARE_URL.source, 'iy');
const BARE_URLS = new RegExp(BARE_URL.source, 'gi');
/** Longest URL or link destination looked at: bounds the work per `[` or `h` on a long line. */
const MAX_URL = 2048;

function bareLink(start: number, url: string): DocumentLink {
  const end = start + url.length;
  return { form: 'bare', start, end, textStart: start, textEnd: end, url, urlStart: start, urlEnd: end };
}

/** The bare URL starting exactly at `at` (within the line ending at `to`), or null. */
export function bareUrlAt(text: string, at: number, to: number): DocumentLink | null {
  BARE_URL_AT.lastIndex = 0;
  const m = BARE_URL_AT.exec(text.slice(at, Math.min(to, at + MAX_URL)));
  return m ? bareLink(at, m[0]) : null;
}

/** Every bare URL on a plain-text line, recorded and blanked. */
export function maskBareUrls(text: string, line: Line, mask: Mask, links: DocumentLink[]): void {
  const segment = text.slice(line.start, line.end);
  BARE_URLS.lastIndex = 0;
  for (let m = BARE_URLS.exec(segment); m; m = BARE_URLS.exec(segment)) {
    const link = bareLink(line.start + m.index, m[0]);
    links.push(link);
    mask.blank(link.start, link.end);
  }
}

/** `<https://…>` at `at`, or null. */
export function autolinkAt(rest: string, at: number): DocumentLink | null {
  const auto = /^<((?:https?|ftp|mailto):[^\s<>]*)>/i.exec(rest);
  if (!auto) return null;
  return { form: 'autolink', start: at, end: at + auto[0].length, textStart: at + 1, textEnd: at + 1 + auto[1].length, url: auto[1], urlStart: at + 1, urlEnd: at + 1 + auto[1].length };
}

/** `[text](url "title")` or `[text][label]` / `[label][]` starting at `open`. */
export function matchLink(text: string, open: number, to: number): DocumentLink | null {
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
    const dest = /^\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/.exec(text.slice(close + 1, Math.min(to, close + 1 + MAX_URL)));
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

const DEFINITION = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?([^\s>]*)>?/;

/** A reference definition `[label]: url` filling the line (`visible` is the line as masked so far), or null. */
export function definitionOn(visible: string, line: Line): DocumentLink | null {
  const definition = DEFINITION.exec(visible);
  if (!definition) return null;
  const urlStart = line.start + definition[0].indexOf(definition[2], definition[0].indexOf(']:') + 2);
  return { form: 'definition', start: line.start + definition[0].indexOf('['), end: line.end, textStart: line.start + definition[0].indexOf('[') + 1, textEnd: line.start + definition[0].indexOf(']:'), url: definition[2], urlStart, urlEnd: urlStart + definition[2].length, label: definition[1].toLowerCase() };
}

/** Give reference links the URL of their definition. */
export function resolveReferences(links: DocumentLink[]): void {
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

/** Every bare URL in `text`, as written. */
export function bareUrls(text: string): string[] {
  return text.match(BARE_URLS) ?? [];
}
