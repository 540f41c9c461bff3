/**
 * The name checks over the whole draft: one person's surname spelled two ways, a title that
 * changes, and (a style hint) full name on first reference only. Reads the draft's cast of people
 * (core/names) and adds `name` claims; it changes no other claim.
 */
import type { ClaimDraft } from '../draft';
import type { BlockMemo } from '../blockMemo';
import { movedByEdit, placeDraft, unplaceDraft, type PlacedDraft } from '../blockPlaced';
import type { DocumentModel } from '../document';
import type { UnchangedEnds } from '../textEdit';
import { castBlocks, castOf, type BlockNames, type Cast } from '../names/cast';
import { referenceHints } from '../names/references';
import { spellingGroups } from '../names/spelling';
import { titleProblems } from '../names/titles';
import type { DocumentPass } from '../scan';

/** What the checks found, with the blocks' signatures they found it under. */
interface Found {
  placed: PlacedDraft[];
  signatures: string[];
}

/**
 * The checks only read the blocks' parts of the cast, so what they found is kept until one part's
 * shape changes: typing that changes no name or word the checks read (the usual keystroke) reuses
 * it, and only the edited paragraph is read again. Typing before a name in its paragraph moves
 * the name but not the findings: they move with the edit.
 */
export const checkNames: DocumentPass = (drafts, doc, context) => {
  if (doc.blocks.length === 0) return drafts;
  const memo = context.memo;
  const parts = castBlocks(doc, memo);
  const find = (): Found => ({ placed: nameFindings(castOf(doc, parts), doc.text, memo).map((d) => placeDraft(d, doc.blocks)), signatures: parts.map((part) => part.signature) });
  const found = memo ? memo.keep('names-found', parts.map((part) => part.shape), find) : find();
  // Kept under the blocks' shapes: brought up to where the names now sit, or found again.
  if (!movedWithEdit(found, parts, doc, context.edit)) Object.assign(found, find());
  return found.placed.length === 0 ? drafts : drafts.concat(found.placed.map((p) => unplaceDraft(p, doc.blocks)));
};

/**
 * Bring kept findings up to this run: nothing to do when every block reads as when they were found;
 * moved with the edit when only the edited block's names moved in it. False when they cannot be.
 */
function movedWithEdit(found: Found, parts: readonly BlockNames[], doc: DocumentModel, edit: UnchangedEnds | undefined): boolean {
  let changed = -1;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].signature === found.signatures[i]) continue;
    if (changed !== -1) return false;
    changed = i;
  }
  if (changed === -1) return true;
  const block = doc.blocks[changed];
  // The edit must lie inside the block, after its first character: then the block starts where it did.
  if (!edit || edit.prefix <= block.start || doc.text.length - edit.suffix > block.end) return false;
  const placed: PlacedDraft[] = [];
  for (const p of found.placed) {
    const moved = movedByEdit(p, changed, doc.blocks, edit, doc.text.length);
    if (!moved) return false;
    placed.push(moved);
  }
  found.placed = placed;
  found.signatures = parts.map((part) => part.signature);
  return true;
}

function nameFindings(cast: Cast, text: string, memo: BlockMemo | undefined): ClaimDraft[] {
  const added: ClaimDraft[] = [];
  for (const group of spellingGroups(cast, memo)) {
    const related = group.wrong.map(({ occurrence }) => ({ text: text.slice(occurrence.start, occurrence.end), start: occurrence.start, end: occurrence.end }));
    for (const { spelling, occurrence } of group.wrong) {
      const others = group.variants.filter((v) => v !== spelling).map((v) => `"${v}"`).join(', ');
      added.push({
        code: 'name-inconsistent',
        start: occurrence.start,
        end: occurrence.end,
        message: `"${spelling}" is also spelled ${others} in this draft${group.fullName !== group.preferred ? ` (${group.fullName})` : ''}; the most frequent spelling is "${group.preferred}"`,
        canonical: group.preferred,
        variants: group.variants,
        related,
      });
    }
  }
  for (const problem of titleProblems(cast)) {
    const earlier = text.slice(problem.first.start, problem.first.end);
    added.push({
      code: 'title-inconsistent',
      start: problem.mention.start,
      end: problem.mention.end,
      message: `${problem.name}'s title changes (${problem.reason}): "${text.slice(problem.mention.start, problem.mention.end)}" here, "${earlier}" earlier; check the current title`,
      canonical: problem.name,
      related: [{ text: earlier, start: problem.first.start, end: problem.first.end }],
    });
  }
  for (const hint of referenceHints(cast)) {
    added.push({ code: 'name-second-reference', start: hint.start, end: hint.end, message: hint.message, canonical: hint.fullName });
  }
  return added;
}
