/**
 * The edits behind *Insert source link…*, as a pure function of the document text and the claim:
 * - a placeholder link (`[Reuters](#)`, or a reference whose definition is a placeholder) gets its
 *   URL replaced in place, whatever the link style;
 * - an attribution's source text is wrapped in a link (`[Izvestia daily](url)`);
 * - anything else (a quote, a claim without a source) gets a link inserted right after it.
 * Reference and footnote styles add a definition at the end of the document with the next free
 * number. Plain text has no link syntax, so the URL is written in parentheses.
 */
import type { Claim } from '../core/claims';
import { parseDocument } from '../core/document';
import type { LinkStyle } from '../core/options';
import { markdownUrl } from './sourceUrl';
import { lineEnding, type TextEditSpec } from './textEdit';

export interface SourceLinkRequest {
  text: string;
  claim: Claim;
  url: string;
  style: LinkStyle;
  languageId: string;
}

interface Definition {
  footnote: boolean;
  /** As written (Markdown matches labels ignoring case). */
  label: string;
  url: string;
  urlStart: number;
  urlEnd: number;
}

/** The last draft's definitions: a bulk replace asks for every placeholder of the same text. */
let lastDefinitions: { text: string; definitions: Definition[] } | null = null;

/** The draft's reference and footnote definitions, as the engine reads them (none inside code). */
function definitions(text: string): Definition[] {
  if (lastDefinitions?.text !== text) lastDefinitions = { text, definitions: readDefinitions(text) };
  return lastDefinitions.definitions;
}

function readDefinitions(text: string): Definition[] {
  return parseDocument(text, 'markdown')
    .links.filter((link) => link.form === 'definition' && link.label !== undefined)
    .map((link) => {
      const written = text.slice(link.textStart, link.textEnd);
      const footnote = written.startsWith('^');
      return { footnote, label: footnote ? written.slice(1) : written, url: link.url, urlStart: link.urlStart, urlEnd: link.urlEnd };
    });
}

/** The next unused numeric label among reference or footnote definitions. */
function nextLabel(defs: readonly Definition[], footnote: boolean): string {
  let max = 0;
  for (const d of defs) if (d.footnote === footnote && /^\d+$/.test(d.label)) max = Math.max(max, Number(d.label));
  return String(max + 1);
}

/** Append a definition line at the end, joining an existing definition block at the very end if there is one. */
function appendDefinition(text: string, line: string): TextEditSpec {
  const eol = lineEnding(text);
  const contentEnd = text.replace(/\s+$/, '').length;
  const lastLineStart = Math.max(text.lastIndexOf('\n', contentEnd - 1) + 1, 0);
  const joinsBlock = /^ {0,3}\[\^?[^\]\n]+\]:/.test(text.slice(lastLineStart, contentEnd));
  const separator = contentEnd === 0 ? '' : joinsBlock ? eol : eol + eol;
  return { start: contentEnd, end: text.length, newText: separator + line + eol };
}

/** The span of the placeholder URL to overwrite, or null when the claim is not a placeholder link we can find. */
function placeholderUrlSpan(text: string, claim: Claim): { start: number; end: number } | null {
  if (claim.code !== 'link-placeholder') return null;
  // The claim covers the link or its text: the `](` or `][` that closes the text is inside or right after it.
  const searchEnd = Math.min(text.length, claim.end + 2);
  for (let i = claim.start; i < searchEnd; i++) {
    if (text[i] !== ']') continue;
    if (text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2);
      if (close === -1) return null;
      let start = i + 2;
      let end = close;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      const wrapped = text[start] === '<' && text[end - 1] === '>';
      return wrapped ? { start: start + 1, end: end - 1 } : { start, end };
    }
    if (text[i + 1] === '[') {
      const labelEnd = text.indexOf(']', i + 2);
      if (labelEnd === -1) return null;
      const open = text.lastIndexOf('[', i);
      const label = (text.slice(i + 2, labelEnd) || text.slice(open + 1, i)).toLowerCase();
      const def = definitions(text).find((d) => !d.footnote && d.label.toLowerCase() === label);
      return def ? { start: def.urlStart, end: def.urlEnd } : null;
    }
  }
  return null;
}

/** The name a new link shows: the outlet, the speaker, the source, or "source". */
function linkName(claim: Claim): string {
  return claim.outlet ?? claim.speaker?.name ?? claim.source?.text ?? 'source';
}

/** When [start, end) is already the text of a Markdown link, the offset just after that link; else null. */
function linkEndAfterText(text: string, start: number, end: number): number | null {
  if (text[start - 1] !== '[' || text[end] !== ']') return null;
  const closer = text[end + 1] === '(' ? ')' : text[end + 1] === '[' ? ']' : null;
  if (!closer) return null;
  const close = text.indexOf(closer, end + 2);
  return close === -1 ? null : close + 1;
}

/** The edits for one Insert source link request (empty when there is nothing sensible to do). */
export function sourceLinkEdits(request: SourceLinkRequest): TextEditSpec[] {
  const { text, claim, style } = request;
  const url = markdownUrl(request.url);
  const placeholder = placeholderUrlSpan(text, claim);
  if (placeholder) return [{ start: placeholder.start, end: placeholder.end, newText: url }];

  if (request.languageId !== 'markdown') {
    const at = claim.source && claim.kind === 'attribution' ? claim.source.end : claim.end;
    return [{ start: at, end: at, newText: ` (${request.url.trim()})` }];
  }

  const defs = definitions(text);
  const source = claim.kind === 'attribution' && claim.source && claim.source.end > claim.source.start ? claim.source : null;
  const linkedSourceEnd = source ? linkEndAfterText(text, source.start, source.end) : null;
  if (source && linkedSourceEnd === null) {
    const { start, end } = source;
    const shown = text.slice(start, end);
    if (style === 'inline') return [{ start, end, newText: `[${shown}](${url})` }];
    if (style === 'reference') {
      const label = defs.find((d) => !d.footnote && d.url === url)?.label ?? nextLabel(defs, false);
      const edits: TextEditSpec[] = [{ start, end, newText: `[${shown}][${label}]` }];
      if (!defs.some((d) => !d.footnote && d.label === label)) edits.push(appendDefinition(text, `[${label}]: ${url}`));
      return edits;
    }
    const label = nextLabel(defs, true);
    return [{ start: end, end, newText: `[^${label}]` }, appendDefinition(text, `[^${label}]: ${url}`)];
  }

  const at = linkedSourceEnd ?? claim.end;
  const name = linkName(claim).replace(/[[\]]/g, '');
  if (style === 'inline') return [{ start: at, end: at, newText: ` ([${name}](${url}))` }];
  if (style === 'reference') {
    const label = defs.find((d) => !d.footnote && d.url === url)?.label ?? nextLabel(defs, false);
    const edits: TextEditSpec[] = [{ start: at, end: at, newText: ` ([${name}][${label}])` }];
    if (!defs.some((d) => !d.footnote && d.label === label)) edits.push(appendDefinition(text, `[${label}]: ${url}`));
    return edits;
  }
  const label = nextLabel(defs, true);
  return [{ start: at, end: at, newText: `[^${label}]` }, appendDefinition(text, `[^${label}]: ${url}`)];
}
