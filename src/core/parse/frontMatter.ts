/** YAML-style front matter (`---` … `---`) at the top of a Markdown draft: flat `key: value` fields only. */
import { splitLines, type Line } from './lines';
import type { Mask } from './mask';

export interface FrontMatterField {
  value: string;
  start: number;
  end: number;
}

/** A front matter closes within this many lines, or there is none. */
const MAX_LINES = 500;

/** Index of the line closing the front matter that opens the text (`---` … `---` or `...`), or -1. */
function closingLine(text: string, lines: readonly Line[]): number {
  if (lines.length < 2 || text.slice(lines[0].start, lines[0].end).replace(/^\uFEFF/, '') !== '---') return -1;
  for (let i = 1; i < lines.length && i < MAX_LINES; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (line === '---' || line === '...') return i;
  }
  return -1;
}

function lineAfter(text: string, lines: readonly Line[], i: number): number {
  return i + 1 < lines.length ? lines[i + 1].start : text.length;
}

/**
 * Where the body starts: after the front matter's closing line, or 0. Reads only the lines a front
 * matter can span, for edits (*Ignore rule in this file*) that need no full parse.
 */
export function bodyStart(text: string): number {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return 0;
  let cut = 0;
  for (let n = 0; n <= MAX_LINES; n++) {
    const next = text.indexOf('\n', cut);
    if (next === -1) {
      cut = text.length;
      break;
    }
    cut = next + 1;
  }
  const head = text.slice(0, cut);
  const lines = splitLines(head);
  const close = closingLine(head, lines);
  return close === -1 ? 0 : lineAfter(text, lines, close);
}

/** The fields of the front matter, blanked in `mask`, how many lines it takes and where the body starts; null when there is none. */
export function parseFrontMatter(text: string, lines: Line[], mask: Mask): { fields: Map<string, FrontMatterField>; lineCount: number; bodyStart: number } | null {
  const i = closingLine(text, lines);
  if (i === -1) return null;
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
  return { fields, lineCount: i + 1, bodyStart: lineAfter(text, lines, i) };
}
