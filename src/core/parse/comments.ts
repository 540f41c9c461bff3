/** HTML comments: blanked as markup, and read for disable directives (suppressions.ts). */
import type { Line } from './lines';
import type { Mask } from './mask';
import { readDirective, type Directive } from './suppressions';

/**
 * `text.indexOf(needle, from)` for queries whose `from` only grows, as the line loop asks them: the
 * answer is kept until `from` passes it, so a document with no comment is searched once, not once
 * per line (which made parsing quadratic in the number of lines).
 */
export class ForwardSearch {
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
export function maskComments(text: string, line: Line, mask: Mask, directives: Directive[], from: number, comments: ForwardSearch): { openUntil: number } {
  let i = comments.next(from);
  while (i !== -1 && i < line.end) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    const directive = readDirective(text.slice(i + 4, close === -1 ? text.length : close), i, end);
    if (directive) directives.push(directive);
    mask.blank(i, end);
    if (end > line.end) return { openUntil: end };
    i = comments.next(end);
  }
  return { openUntil: -1 };
}
