/**
 * A finding's rule code and message, kept in its draft's slot (ClaimDraft.kept) with the facts it was
 * worded from. While the facts read the same (the usual keystroke: the edit was elsewhere), the very
 * same message string comes back, so no pass words it again and the finishing step compares two
 * pointers, not two freshly built messages.
 */
import type { RuleCode } from './claims';
import { sameItems } from './blockMemo';
import type { DraftSlot } from './draft';

export interface Wording {
  code: RuleCode;
  message: string;
}

export function keptWording(slot: DraftSlot | undefined, facts: readonly unknown[], word: () => Wording): Wording {
  const kept = slot?.wording;
  if (kept && sameItems(kept.facts, facts)) return kept.finding;
  const finding = word();
  if (slot) slot.wording = { facts, finding };
  return finding;
}
