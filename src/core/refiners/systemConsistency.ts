/**
 * One system, one spelling. System drafts are grouped by a key blind to case, spacing and hyphens
 * ("S-300", "S300", "S 300" share one; so do "737 MAX", "737 Max" and "737MAX"); a maker copy
 * drops on later mentions does not count ("Boeing 737 MAX" then "737 MAX" agree, "Boeing 737 MAX"
 * then "737 Max" do not). Every draft of a group gets `variants`, the distinct spellings seen,
 * with a plural "s" not counting as a different spelling ("S-300" and "S-300s" agree). When the
 * spellings really differ, the drafts not written the most frequent way (tie: the first seen)
 * become `system-inconsistent` warnings naming the preferred spelling. One linear pass.
 */
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';
import { singularSpelling, systemKey } from '../systems/designation';
import { withoutMaker } from '../systems/families';

interface Group {
  /** Distinct singular spellings in order of first appearance, with how often each was used. */
  counts: Map<string, number>;
  members: { index: number; spelling: string }[];
}

export const checkSystemConsistency: DocumentPass = (drafts, doc) => {
  const groups = new Map<string, Group>();
  drafts.forEach((d, index) => {
    if (d.code !== 'system' && d.code !== 'system-inconsistent') return;
    const written = withoutMaker(doc.text.slice(d.start, d.end));
    const spelling = singularSpelling(written);
    const key = systemKey(written);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { counts: new Map(), members: [] }));
    group.counts.set(spelling, (group.counts.get(spelling) ?? 0) + 1);
    group.members.push({ index, spelling });
  });
  if (groups.size === 0) return drafts;
  const out = drafts.slice();
  for (const group of groups.values()) {
    const variants = [...group.counts.keys()];
    let preferred = variants[0];
    for (const v of variants) if (group.counts.get(v)! > group.counts.get(preferred)!) preferred = v;
    for (const { index, spelling } of group.members) {
      const draft: ClaimDraft = { ...out[index], variants };
      if (variants.length > 1 && spelling !== preferred) {
        const others = variants.filter((v) => v !== spelling).map((v) => `"${v}"`).join(', ');
        draft.code = 'system-inconsistent';
        draft.message = `"${spelling}" is also written ${others} in this draft; the most frequent spelling is "${preferred}"`;
      }
      out[index] = draft;
    }
  }
  return out;
};
