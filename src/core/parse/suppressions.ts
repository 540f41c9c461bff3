/**
 * Disable comments in a Markdown draft, honoured by the engine and so by every face:
 * - `<!-- factdesk-disable-next-line quote-term -->`: claims starting on the next line;
 * - `<!-- factdesk-disable quote -->` … `<!-- factdesk-enable quote -->`: claims starting between
 *   the two (a pasted transcript, a sidebar);
 * - `<!-- factdesk-disable system -->` that no later `factdesk-enable` closes: the whole draft,
 *   wherever the comment stands (as the comment always did).
 * Each comment names rule codes, kinds (`quote` covers every quote rule) or `all`, separated by
 * spaces or commas; a comment naming none means all. An enable naming none closes every open range.
 */
import type { Line } from './lines';
import { lastStartingAt } from '../sorted';

export type DirectiveType = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** Codes, kinds or `all`, lowercased; empty means all. */
  names: string[];
  /** The comment's range in the document. */
  start: number;
  end: number;
}

const DIRECTIVE = /^\s*factdesk-(disable-next-line|disable|enable)(?:\s+([\s\S]*?))?\s*$/;

/** The directive an HTML comment's body (between `<!--` and `-->`) holds, or null. */
export function readDirective(body: string, start: number, end: number): Directive | null {
  const m = DIRECTIVE.exec(body);
  if (!m) return null;
  const names = (m[2] ?? '').split(/[\s,]+/).filter((n) => n !== '').map((n) => n.toLowerCase());
  return { type: m[1] as DirectiveType, names: names.includes('all') ? [] : names, start, end };
}

interface Range {
  /** Code, kind, or '' for all. */
  name: string;
  start: number;
  end: number;
  /** A `factdesk-disable` no enable closes: the whole draft. */
  whole?: true;
}

/** Which claims the draft's disable comments switch off. */
export class Suppressions {
  private constructor(private readonly ranges: readonly Range[]) {}

  static readonly NONE = new Suppressions([]);

  /** Ranges from the directives (in document order) of a text of `length` split into `lines`. */
  static from(directives: readonly Directive[], lines: readonly Line[], length: number): Suppressions {
    if (directives.length === 0) return Suppressions.NONE;
    const ranges: Range[] = [];
    directives.forEach((d, i) => {
      const names = d.names.length ? d.names : [''];
      if (d.type === 'disable-next-line') {
        const next = lines[lastStartingAt(lines, d.end) + 1];
        if (next) for (const name of names) ranges.push({ name, start: next.start, end: next.end + 1 });
      } else if (d.type === 'disable') {
        for (const name of names) {
          const close = directives.slice(i + 1).find((e) => e.type === 'enable' && (e.names.length === 0 || e.names.includes(name)));
          ranges.push(close ? { name, start: d.end, end: close.start } : { name, start: 0, end: length + 1, whole: true });
        }
      }
    });
    return new Suppressions(ranges);
  }

  /** Is a claim of `code` and `kind` starting at `offset` switched off? */
  covers(code: string, kind: string, offset: number): boolean {
    for (const r of this.ranges) {
      if ((r.name === '' || r.name === code || r.name === kind) && r.start <= offset && offset < r.end) return true;
    }
    return false;
  }

  /** Is every claim of `code` and `kind` switched off, wherever it stands? */
  coversDraft(code: string, kind: string): boolean {
    return this.ranges.some((r) => r.whole === true && (r.name === '' || r.name === code || r.name === kind));
  }

  /** Every code, kind or '' (all) that is switched off somewhere; for tests and tools. */
  get names(): string[] {
    return [...new Set(this.ranges.map((r) => r.name))];
  }
}
