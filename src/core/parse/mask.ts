/**
 * The masked copy of a document: the same length as the original, with everything that is not
 * prose blanked to spaces, so offsets found in it are offsets into the document.
 */

/**
 * A mutable copy of the text (or of its range `from`–`to`, which an incremental parse masks again)
 * where ranges can be blanked; line breaks are kept so lines stay lines. Offsets are document
 * offsets. UTF-16 code units in a typed array: no string per character, and a blanked copy is
 * decoded in large chunks, so masking a 600,000-character document costs a few milliseconds, not
 * a hundred.
 */
export class Mask {
  private readonly codes: Uint16Array;
  /** Largest end of any blanked range: a range starting at or after it is still the original text. */
  private blankedUntil = 0;
  /** Blanked ranges, [start, end) pairs, so the copy can be assembled from slices of the original. */
  private readonly ranges: number[] = [];
  constructor(
    private readonly text: string,
    private readonly from = 0,
    private readonly to = text.length,
  ) {
    this.codes = new Uint16Array(to - from);
    for (let i = from; i < to; i++) this.codes[i - from] = text.charCodeAt(i);
  }
  blank(start: number, end: number): void {
    start = Math.max(this.from, start);
    end = Math.min(end, this.to);
    if (end <= start) return;
    if (end > this.blankedUntil) this.blankedUntil = end;
    this.ranges.push(start, end);
    const codes = this.codes;
    for (let i = start - this.from; i < end - this.from; i++) {
      const c = codes[i];
      if (c !== 10 && c !== 13) codes[i] = 32;
    }
  }
  /** Already blanked: part of a comment or other markup masked before the inline pass. */
  isBlanked(i: number): boolean {
    return i < this.blankedUntil && i >= this.from && this.codes[i - this.from] === 32 && this.text.charCodeAt(i) !== 32;
  }
  slice(start: number, end: number): string {
    if (start >= this.blankedUntil) return this.text.slice(start, end);
    return decode(this.codes, Math.max(0, start - this.from), Math.min(end, this.to) - this.from);
  }
  /** Spaces and tabs from `start` on, before `end`. */
  leadingSpace(start: number, end: number): number {
    let i = start;
    const codes = this.codes;
    const from = this.from;
    // A byte-order mark (kept at offset 0 so offsets match the file) is not prose either.
    while (i < end && (codes[i - from] === 32 || codes[i - from] === 9 || codes[i - from] === 0xfeff)) i++;
    return i - start;
  }
  /** The masked copy of the range the mask covers. */
  toString(): string {
    const order: number[] = [];
    for (let r = 0; r < this.ranges.length; r += 2) order.push(r);
    order.sort((a, b) => this.ranges[a] - this.ranges[b]);
    const parts: string[] = [];
    let done = this.from;
    for (const r of order) {
      const start = Math.max(done, this.ranges[r]);
      const end = this.ranges[r + 1];
      if (end <= start) continue;
      if (start > done) parts.push(this.text.slice(done, start));
      parts.push(decode(this.codes, start - this.from, end - this.from));
      done = end;
    }
    parts.push(this.text.slice(done, this.to));
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
