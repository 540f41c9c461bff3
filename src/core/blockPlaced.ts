/**
 * Drafts a document pass found, with their ranges kept as (block, offset in the block), so a pass
 * can cache what it found over the whole draft and reuse it while an edit elsewhere moves the
 * blocks: an edit shifts every block after it, but no range inside an unchanged block.
 */
import type { Span } from './claims';
import type { Block } from './document';
import { newSlot, type ClaimDraft } from './draft';
import { lastStartingAt } from './sorted';
import type { UnchangedEnds } from './textEdit';

interface Placed {
  block: number;
  start: number;
  end: number;
}

export interface PlacedDraft {
  draft: ClaimDraft;
  at: Placed;
  related: { text: string; at: Placed }[] | undefined;
}

/** The block holding `start` (the last one starting at or before it; the first for an offset before every block). */
function blockOf(blocks: readonly Block[], start: number): number {
  return Math.max(0, lastStartingAt(blocks, start));
}

function place(blocks: readonly Block[], start: number, end: number): Placed {
  const block = blockOf(blocks, start);
  return { block, start: start - blocks[block].start, end: end - blocks[block].start };
}

/** A pass keeps placed drafts across runs: each gets a slot for the finishing step (see ClaimDraft.kept). */
export function placeDraft(draft: ClaimDraft, blocks: readonly Block[]): PlacedDraft {
  return { draft: draft.kept ? draft : { ...draft, kept: newSlot() }, at: place(blocks, draft.start, draft.end), related: draft.related?.map((s) => ({ text: s.text, at: place(blocks, s.start, s.end) })) };
}

function offsets(at: Placed, blocks: readonly Block[]): { start: number; end: number } {
  const start = blocks[at.block].start;
  return { start: start + at.start, end: start + at.end };
}

/** The draft in this run's document offsets. */
export function unplaceDraft(placed: PlacedDraft, blocks: readonly Block[]): ClaimDraft {
  const related: Span[] | undefined = placed.related?.map((s) => ({ text: s.text, ...offsets(s.at, blocks) }));
  return { ...placed.draft, ...offsets(placed.at, blocks), ...(related ? { related } : {}) };
}

/**
 * A placed draft after an edit inside block `block` of `blocks` (this run's), which starts where it
 * did before the edit: its ranges in that block after the edit move with it, those before stay. Null when a range of it touches the edited
 * text, which only a pass's own findings can say anything about.
 */
export function movedByEdit(placed: PlacedDraft, block: number, blocks: readonly Block[], edit: UnchangedEnds, length: number): PlacedDraft | null {
  const start = blocks[block].start;
  // In this run's offsets: text before `edit.prefix` is as it was, text from `changedEnd` on moved by `edit.delta`.
  const changedEnd = length - edit.suffix;
  const move = (at: Placed): Placed | null => {
    if (at.block !== block) return at;
    if (start + at.end <= edit.prefix) return at;
    if (start + at.start + edit.delta < changedEnd) return null;
    return { block, start: at.start + edit.delta, end: at.end + edit.delta };
  };
  const at = move(placed.at);
  const related = placed.related?.map((s) => ({ text: s.text, at: move(s.at) }));
  if (!at || related?.some((s) => s.at === null)) return null;
  return { draft: placed.draft, at, related: related as { text: string; at: Placed }[] | undefined };
}
