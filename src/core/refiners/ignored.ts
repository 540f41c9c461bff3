/**
 * The desk's `ignore` list (*Never flag "X"*): a claim whose text is, or contains as whole words, a
 * listed phrase is dropped in every draft. Matching ignores case, runs of white space and the
 * curly/straight apostrophe, so "Iron Dome" also silences "iron  dome" and "Kozhin’s" matches
 * "Kozhin's". Runs before the passes that count claims (consistency, missing sources), so an
 * ignored claim leaves no trace.
 */
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Does `text` (normalized) hold `phrase` (normalized, non-empty) with no letter or digit glued to either end? */
export function containsPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + phrase.length] ?? '';
    const glued = (c: string, edge: string): boolean => c !== '' && WORD_CHAR.test(c) && WORD_CHAR.test(edge);
    if (!glued(before, phrase[0]) && !glued(after, phrase[phrase.length - 1])) return true;
  }
  return false;
}

export const dropIgnored: DocumentPass = (drafts, doc, context) => {
  const phrases = (context.options.ignore ?? []).map(normalizePhrase).filter((p) => p !== '');
  if (phrases.length === 0) return drafts;
  return drafts.filter((draft: ClaimDraft) => {
    const text = normalizePhrase(doc.text.slice(draft.start, draft.end));
    return !phrases.some((phrase) => containsPhrase(text, phrase));
  });
};
