/**
 * The sources of a draft, ready for matching: each file indexed (cached by content), a key that
 * changes when any file does, and a memo of quote matches under that key, so a keystroke re-check
 * only matches quotes whose text changed. Files that cannot be sources (binary, not UTF-8, too
 * large) are refused with a message naming them; the others still count.
 */
import { combine, type CombinedIndex } from './combinedIndex';
import { contentHash } from './contentHash';
import { matchQuote, type LocatedMatch } from './match';
import { cachedIndex, type SourceFile } from './sourceIndex';

export type { SourceFile } from './sourceIndex';

export interface SourceInput {
  /** How reports name the file (workspace-relative, forward slashes). */
  path: string;
  text: string;
}

/** About 3 million words: far beyond any interview or filing, and small enough to index in a second. */
export const MAX_SOURCE_CHARS = 20_000_000;
const MEMO_LIMIT = 4096;

/** Why a text cannot be a source, or null. */
export function sourceProblem(path: string, text: string): string | null {
  if (text.indexOf('\u0000') !== -1) return `${path} contains NUL bytes: it looks binary, not text, so it is not used as a source.`;
  if (text.indexOf('\uFFFD') !== -1) return `${path} is not valid UTF-8 text (it has undecodable bytes), so it is not used as a source. Save it as UTF-8.`;
  if (text.length > MAX_SOURCE_CHARS) return `${path} is too large to use as a source (${text.length} characters; the limit is ${MAX_SOURCE_CHARS}).`;
  return null;
}

export class SourceSet {
  private readonly memo = new Map<string, LocatedMatch | null>();
  private combined: CombinedIndex | null = null;

  private constructor(
    readonly files: readonly SourceFile[],
    /** Changes when any file's path or content does. */
    readonly key: string,
  ) {}

  static build(inputs: readonly SourceInput[]): { set: SourceSet; problems: string[] } {
    const problems: string[] = [];
    const files: SourceFile[] = [];
    for (const input of inputs) {
      const problem = sourceProblem(input.path, input.text);
      if (problem) problems.push(problem);
      else files.push({ path: input.path, index: cachedIndex(input.path, input.text) });
    }
    const key = contentHash(files.map((f) => `${f.path}\u0000${f.index.hash}`).join('\u0001'));
    return { set: new SourceSet(files, key), problems };
  }

  get size(): number {
    return this.files.length;
  }

  /** The match of a quote's text (as the draft writes it, marks included); null for a quote too short to judge. */
  match(quoteText: string): LocatedMatch | null {
    const hit = this.memo.get(quoteText);
    if (hit !== undefined) return hit;
    this.combined ??= combine(this.files);
    const found = matchQuote(quoteText, this.combined);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(quoteText, found);
    return found;
  }
}
