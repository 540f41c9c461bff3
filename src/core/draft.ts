import type { RuleCode, Source, Span, Speaker } from './claims';
import type { NumberCategory } from './numbers/mention';
import type { NumberValue } from './numbers/value';

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
  quantity?: NumberValue;
  canonical?: string | null;
  url?: string | null;
  variants?: string[];
  related?: Span[];
  dateline?: string | null;
  /** number: what the consistency checks compare, offsets relative to the draft's start. */
  number?: NumberFacts;
}

export interface NumberFacts {
  category: NumberCategory;
  /** The noun phrase the quantity is about ("vehicle", "original estimate"), or null. */
  subject: string | null;
  /** Where the first figure sits inside the claim, from the claim's start. */
  figureOffset: number;
  figureLength: number;
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
    ...(draft.related ? { related: draft.related.map((span) => ({ ...span, start: span.start + by, end: span.end + by })) } : {}),
  };
}
