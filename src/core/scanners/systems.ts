/**
 * Named systems: weapon, vehicle, aircraft, product and software designations. Four finders run
 * over the block — the user's names and patterns, family/maker + model, well-known names, and the
 * bare designation shape — and where they overlap the leftmost, longest match wins ("Pantsir S-1"
 * over "S-1"). Each system is reported with its canonical spelling and, when one follows, the noun
 * it modifies ("S-300 ground-to-air missiles").
 */
import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../scan';
import { DESIGNATION_SHAPE, PRODUCT_WORD, readDesignation } from '../systems/designation';
import { findBareModels, findFamilyModels, findNamedByType, findNames, findNickname, findShips, findSpelledOut } from '../systems/families';
import { followingNoun } from '../systems/headNoun';
import { compileUserSystems, findUserSystems } from '../systems/userPatterns';

interface Candidate {
  start: number;
  end: number;
  canonical: string;
  needsHead: boolean;
  /** From the user's settings: trusted, so the non-system head check does not apply. */
  user: boolean;
}

function findDesignations(text: string): Candidate[] {
  const found: Candidate[] = [];
  DESIGNATION_SHAPE.lastIndex = 0;
  for (let m = DESIGNATION_SHAPE.exec(text); m; m = DESIGNATION_SHAPE.exec(text)) {
    const designation = readDesignation(text, m);
    if (!designation) continue;
    const end = m.index + m[0].length;
    PRODUCT_WORD.lastIndex = end;
    const product = m[2] === '' && !designation.plural ? PRODUCT_WORD.exec(text) : null;
    if (product) {
      found.push({ start: m.index, end: end + product[0].length, canonical: `${m[1]}${m[3]}${m[4]} ${product[1]}`, needsHead: false, user: false });
      continue;
    }
    const nickname = designation.plural ? null : findNickname(text, end);
    found.push({
      start: m.index,
      end: nickname ? nickname.end : end,
      canonical: nickname ? `${designation.canonical} ${nickname.name}` : designation.canonical,
      needsHead: false,
      user: false,
    });
  }
  return found;
}

/** Leftmost-longest among overlapping candidates; on an exact tie the earlier finder (user first) wins. */
function pickNonOverlapping(candidates: Candidate[]): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.i - b.i);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const { c } of order) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

export function systemMessage(canonical: string, phrase: string | null): string {
  return `Named system "${canonical}"${phrase ? ` (${phrase})` : ''}: check the designation`;
}

export const scanSystems: BlockScanner = (text, context): ClaimDraft[] => {
  const user = compileUserSystems(context.options.extraSystems, context.options.systemPatterns);
  const candidates: Candidate[] = [
    ...findUserSystems(text, user).map((u) => ({ ...u, needsHead: false, user: true })),
    ...findFamilyModels(text).map((f) => ({ ...f, user: false })),
    ...findNames(text).map((n) => ({ ...n, user: false })),
    ...findBareModels(text).map((b) => ({ ...b, user: false })),
    ...findNamedByType(text).map((n) => ({ ...n, user: false })),
    ...findShips(text).map((s) => ({ ...s, user: false })),
    ...findSpelledOut(text).map((s) => ({ ...s, user: false })),
    ...findDesignations(text),
  ];
  const drafts: ClaimDraft[] = [];
  for (const c of pickNonOverlapping(candidates)) {
    const noun = followingNoun(text, c.end);
    if (noun.nonSystem && !c.user) continue;
    if (c.needsHead && noun.end === null) continue;
    const phrase = noun.end === null ? null : text.slice(c.start, noun.end).replace(/\s+/g, ' ');
    drafts.push({ code: 'system', start: c.start, end: c.end, message: systemMessage(c.canonical, phrase), canonical: c.canonical });
  }
  return drafts;
};
