/**
 * Quotes against the draft's sources (PRODUCT.md section 1a): each speech quote gets its match, and
 * a quote whose words differ from the source, are in no source, or are another speaker's in a
 * transcript gets the warning for it. The warning takes the place of the plain `quote` note; next to
 * `quote-unattributed` (a different problem) it is a claim of its own. Matches are memoized by the
 * source set on the quote's text, so a keystroke re-matches only the quotes that changed.
 */
import type { RuleCode } from '../claims';
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';
import type { SourceSet } from '../sources/sourceSet';
import type { SourceMatch } from '../sources/types';
import { sameSpeaker } from '../sources/speakers';
import { plainDiff } from '../sources/matchText';
import { ruleEnabled } from '../ruleEnabled';

const MATCHED: ReadonlySet<RuleCode> = new Set<RuleCode>(['quote', 'quote-unattributed']);

function located(match: SourceMatch, at: number): SourceMatch {
  return match.fix ? { ...match, fix: { ...match.fix, start: match.fix.start + at, end: match.fix.end + at } } : match;
}

function finding(draft: ClaimDraft, match: SourceMatch, sources: SourceSet): { code: RuleCode; message: string } | null {
  const where = `${match.file} line ${match.line}`;
  const wrongSpeaker = match.speaker !== null && draft.speaker ? !sameSpeaker(match.speaker, draft.speaker.name) : false;
  const whose = wrongSpeaker ? ` The source gives these words to ${match.speaker}, not ${draft.speaker?.name}.` : '';
  switch (match.status) {
    case 'not-found':
      return { code: 'quote-not-in-source', message: `Not found in the draft's ${sources.size === 1 ? 'source' : `${sources.size} sources`}: check the wording, or add the source it comes from.` };
    case 'altered':
      return { code: 'quote-altered', message: `Differs from ${where}: ${plainDiff(match.diff)}.${whose}` };
    default:
      return wrongSpeaker ? { code: 'quote-wrong-speaker', message: `Found in ${where}, where ${match.speaker} says it, not ${draft.speaker?.name}.` } : null;
  }
}

export const matchSources: DocumentPass = (drafts, doc, context) => {
  const sources = context.options.sources;
  if (!sources || sources.size === 0) return drafts;
  const out: ClaimDraft[] = [];
  for (const draft of drafts) {
    if (!MATCHED.has(draft.code)) {
      out.push(draft);
      continue;
    }
    const matched = sources.match(doc.text.slice(draft.start, draft.end));
    if (!matched) {
      out.push(draft);
      continue;
    }
    const match = located(matched, draft.start);
    const reported = finding(draft, match, sources);
    // A source rule switched off leaves the quote as it was (with its match), rather than dropping it.
    const problem = reported && ruleEnabled(reported.code, draft.start, doc, context.options) ? reported : null;
    if (!problem) out.push({ ...draft, match });
    else if (draft.code === 'quote') out.push({ ...draft, match, code: problem.code, message: problem.message });
    else out.push({ ...draft, match }, { ...draft, match, code: problem.code, message: problem.message });
  }
  return out;
};
