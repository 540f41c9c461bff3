/**
 * A system the story introduces by what it is ("NASA's Curiosity rover", "Amazon's Fire phone") is
 * then named bare: "Curiosity drilled …", "the Fire sold poorly". The block scanner sees the bare
 * name only where its type noun follows; this pass marks the name's other mentions in the draft.
 * Only one-word names a scanner found (a lexicon name that needs a type noun, "Patriot", stays
 * where one follows it: "the Patriot Act" is not a system).
 */
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';
import { systemMessage } from '../scanners/systems';
import { NAMES_NEEDING_HEAD } from '../systems/lexicon';

const ONE_WORD_NAME = /^[A-Z][a-z]{2,19}$/;
const NEEDS_HEAD = new Set(NAMES_NEEDING_HEAD);

/** The next offset from `from` where `word` stands as a whole word (a hyphen may follow: "Curiosity-class"), or -1. */
function wordAt(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!/[\p{L}\p{N}_-]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}_]/u.test(text[at + word.length] ?? '')) return at;
  }
  return -1;
}

/** Nothing but spaces since the start of the text or a sentence's end ("Fire broke out", "… . Fire crews"). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i < 0 || /[.!?:"\u201C\u201D]/.test(text[i]);
}

export const findLaterSystemMentions: DocumentPass = (drafts, doc) => {
  const names = new Set<string>();
  for (const d of drafts) if (d.code === 'system' && d.canonical && ONE_WORD_NAME.test(d.canonical) && !NEEDS_HEAD.has(d.canonical)) names.add(d.canonical);
  if (names.size === 0) return drafts;
  const taken = drafts.filter((d) => d.code === 'system');
  const added: ClaimDraft[] = [];
  const text = doc.masked;
  for (const name of names) {
    // A name that is also a word the draft uses ("Fire", "fire crews") counts only mid-sentence, where
    // its capital says it is a name.
    const alsoAWord = wordAt(text, name.toLowerCase()) !== -1;
    for (let at = wordAt(text, name); at !== -1; at = wordAt(text, name, at + name.length)) {
      const end = at + name.length;
      if (alsoAWord && opensSentence(text, at)) continue;
      if (taken.some((d) => d.start < end && at < d.end)) continue;
      added.push({ code: 'system', start: at, end, message: systemMessage(name, null), canonical: name });
    }
  }
  return added.length === 0 ? drafts : [...drafts, ...added].sort((a, b) => a.start - b.start);
};
