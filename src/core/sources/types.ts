/** What matching a quote against the draft's sources yields: the `match` of a quote claim. */

export type MatchStatus = 'verbatim' | 'minor' | 'altered' | 'not-found';
export const MATCH_STATUSES: readonly MatchStatus[] = ['verbatim', 'minor', 'altered', 'not-found'];

/** One run of a word diff from the source to the quote: words kept, words the quote lacks, words the quote adds. */
export interface DiffPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

export interface SourceMatch {
  status: MatchStatus;
  /** The source file as the face named it (a workspace-relative path); null when not found. */
  file: string | null;
  /** 1-based line of the match in the source file; null when not found. */
  line: number | null;
  /** UTF-16 offsets of the matched passage in the source file's text (0 when not found). */
  start: number;
  end: number;
  /** The matched passage, markup removed and spacing collapsed ('' when not found). */
  text: string;
  /** Who speaks the passage, when the source is a transcript with speaker labels. */
  speaker: string | null;
  /** Word diff from the source passage to the quote (empty when not found). */
  diff: DiffPart[];
  /** The source sentence(s) around the passage, for the hover. */
  context: string;
  /** The quote rewritten in the source's words: replace document text [start, end) by `text`. */
  fix: { start: number; end: number; text: string } | null;
}
