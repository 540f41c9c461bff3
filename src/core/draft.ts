import type { RuleCode, Source, Span, Speaker } from './claims';
import type { SourceMatch } from './sources/types';
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
  /** Set by the source-matching pass, in document offsets (it runs after block scanning). */
  match?: SourceMatch | null;
  /** number: what the consistency checks compare, offsets relative to the draft's start. */
  number?: NumberFacts;
  /**
   * What later steps derived from this draft, kept for the next run. Passes copy and shift drafts
   * on every keystroke; the copies share the slot of the draft they came from, so a claim that reads
   * the same is not derived again. Given to drafts that outlive a run (a block's scanner drafts, a
   * pass's kept findings); drafts without one are derived anew every run.
   */
  kept?: DraftSlot;
}

export interface DraftSlot {
  /** The finishing step's (finish.ts). */
  parts: FinishedParts | undefined;
  /** A pass's rule code and message, with the facts they were worded from (keptWording.ts). */
  wording: { facts: readonly unknown[]; finding: { code: RuleCode; message: string } } | undefined;
}

/** An empty slot; every slot has both fields from the start, so V8 gives them all one shape. */
export function newSlot(): DraftSlot {
  return { parts: undefined, wording: undefined };
}

/** What a claim derives from its draft alone, with what it was derived from. */
export interface FinishedParts {
  code: RuleCode;
  draftMessage: string;
  /** The speaker's name or the source's text, which the fingerprint reads. */
  who: string | null;
  text: string;
  /** Where `text` was last read in the document, and in which run of the Analyzer. */
  at: number;
  run: number;
  /** `draftMessage` on one line. */
  message: string;
  fingerprint: string;
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
  if (!span) return null;
  const moved = Object.assign({}, span);
  moved.start += by;
  moved.end += by;
  return moved;
}

/**
 * Move a draft found in a block to document offsets. Runs for every draft after the cursor on every
 * keystroke, so it copies with Object.assign and assigns, rather than spreading conditionally into a
 * literal: V8 builds the conditional spread through a slow generic path, about five times slower.
 */
export function shiftDraft(draft: ClaimDraft, by: number): ClaimDraft {
  if (by === 0) return draft;
  const moved = Object.assign({}, draft);
  moved.start += by;
  moved.end += by;
  if (draft.speaker) moved.speaker = shiftSpan(draft.speaker, by);
  if (draft.source) moved.source = shiftSpan(draft.source, by);
  if (draft.cue) moved.cue = shiftSpan(draft.cue, by);
  if (draft.related) moved.related = draft.related.map((span) => shiftSpan(span, by) as Span);
  return moved;
}
