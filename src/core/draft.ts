import type { RuleCode, Source, Span, Speaker } from './claims';
import type { SourceMatch } from './sources/types';

/**
 * What a scanner reports before the engine finishes it: offsets are relative to the text the
 * scanner was given (a block for block scanners), and `text`, `kind`, `severity` and the
 * fingerprint are filled in by `analyze`, once, so scanners cannot get them inconsistent.
 */
export interface ClaimDraft {
  code: RuleCode;
  start: number;
  end: number;
  message: string;
  speaker?: Speaker | null;
  source?: Source | null;
  cue?: Span | null;
  outlet?: string | null;
  value?: string | null;
  canonical?: string | null;
  url?: string | null;
  variants?: string[];
  dateline?: string | null;
  /** Set by the source-matching pass, in document offsets (it runs after block scanning). */
  match?: SourceMatch | null;
}

function shiftSpan<T extends Span>(span: T | null | undefined, by: number): T | null {
  return span ? { ...span, start: span.start + by, end: span.end + by } : null;
}

/** Move a draft found in a block to document offsets. */
export function shiftDraft(draft: ClaimDraft, by: number): ClaimDraft {
  if (by === 0) return draft;
  return {
    ...draft,
    start: draft.start + by,
    end: draft.end + by,
    speaker: shiftSpan(draft.speaker, by),
    source: shiftSpan(draft.source, by),
    cue: shiftSpan(draft.cue, by),
  };
}
