/**
 * A source file reduced to what matching reads: its text with markup blanked to spaces (same length,
 * so every offset is an offset into the file), where passages begin (a paragraph, a subtitle cue run,
 * a speaker's turn: an ellipsis in a quote may skip words only inside one), and who speaks from where.
 * The pieces every format's extractor builds it from are here too.
 */

export interface Turn {
  /** Offset where this speaker's turn begins; it lasts until the next turn. */
  start: number;
  /** The label as the source writes it ("KOZHIN", "Q", "Vladimir Kozhin"). */
  speaker: string;
}

export interface SourceText {
  /** The file text with markup replaced by spaces (newlines kept): `masked.length === text.length`. */
  masked: string;
  /** Sorted offsets where a passage starts (beyond the implicit one at 0). */
  breaks: number[];
  /** Sorted speaker turns; empty for a source without speaker labels. */
  turns: Turn[];
}

/**
 * Ranges of a text to blank: `apply` returns the text with each range's characters replaced by
 * spaces, line breaks kept (lines stay where they were). Built from slices, not a character array:
 * a large source is copied once.
 */
export class Mask {
  private readonly ranges: Array<[number, number]> = [];

  add(start: number, end: number): void {
    if (end > start) this.ranges.push([start, end]);
  }

  apply(text: string): string {
    if (this.ranges.length === 0) return text;
    this.ranges.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of this.ranges) {
      const from = Math.max(start, at);
      if (end <= from) continue;
      parts.push(text.slice(at, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
      at = end;
    }
    parts.push(text.slice(at));
    return parts.join('');
  }
}

/** Offsets where a blank line ends a paragraph: the next paragraph's first non-space character. */
export function paragraphBreaks(masked: string): number[] {
  const out: number[] = [];
  const blankLine = /\n[ \t\r]*\n\s*/g;
  for (let m = blankLine.exec(masked); m; m = blankLine.exec(masked)) out.push(m.index + m[0].length);
  return out;
}

/** Merge sorted offset lists without duplicates. */
export function mergeBreaks(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
