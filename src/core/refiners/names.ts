/**
 * The name checks over the whole draft: one person's surname spelled two ways, a title that
 * changes, and (a style hint) full name on first reference only. Reads the draft's cast of people
 * (core/names) and adds `name` claims; it changes no other claim.
 */
import type { ClaimDraft } from '../draft';
import type { BlockMemo } from '../blockMemo';
import { placeDraft, unplaceDraft, type PlacedDraft } from '../blockPlaced';
import { castBlocks, castOf, type Cast } from '../names/cast';
import { referenceHints } from '../names/references';
import { spellingGroups } from '../names/spelling';
import { titleProblems } from '../names/titles';
import type { DocumentPass } from '../scan';

/**
 * The checks only read the blocks' parts of the cast, so what they found is kept until one part's
 * signature changes: typing that changes no name, word or offset the checks read (the usual
 * keystroke) reuses it, and only the edited paragraph is read again.
 */
export const checkNames: DocumentPass = (drafts, doc, context) => {
  if (doc.blocks.length === 0) return drafts;
  const memo = context.memo;
  const parts = castBlocks(doc, memo);
  const find = (): PlacedDraft[] => nameFindings(castOf(doc, parts), doc.text, memo).map((d) => placeDraft(d, doc.blocks));
  const found = memo ? memo.keep('names-found', parts.map((part) => part.signature), find) : find();
  return found.length === 0 ? drafts : drafts.concat(found.map((p) => unplaceDraft(p, doc.blocks)));
};

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
