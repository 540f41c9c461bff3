/**
 * Findings: a poll, a study or a body that rules "found", "shows", "estimates" (cues.ts FINDING_VERBS). Their subject is
 * often a document described at length before the verb ("A Harlow University poll released in late
 * May found", "a 2014 study by two port economists shows"), which the backward walk from the verb,
 * stopping at the participle or the preposition, cannot reach.
 */
import type { Mention } from './mentions';
import { mentionBefore } from './mentions';
import type { Token } from './tokens';

export const DOCUMENT_HEADS = /^(?:poll|polls|study|studies|survey|surveys|report|reports|analysis|data|research|review|audit|investigation|records|documents|filing|memo|census|figures|numbers|estimates|averages|jury|panel|judge|court|committee|commission|inquiry|researchers|investigators|auditors|regulators|transcript)$/i;

/** Words a document's description may span before its verb. */
const MAX_DESCRIPTION = 12;
const CLAUSE_END = /^[.!?;:"\u201C\u201D()\u2014\u2013]$/;

/** Whether a mention's last word is a document or a ruling body. */
export function isDocument(mention: Mention): boolean {
  return DOCUMENT_HEADS.test(mention.text.slice(mention.text.lastIndexOf(' ') + 1));
}

/**
 * The document a findings verb at token `end` speaks for, described before it: the nearest document
 * noun within a dozen words of the same clause, with its determiner and modifiers.
 */
export function describedDocument(tokens: Token[], text: string, end: number): Mention | null {
  // "refusing to show up": an infinitive has no subject of its own here.
  if (tokens[end - 1]?.lower === 'to') return null;
  for (let i = end - 1; i >= 0 && end - i <= MAX_DESCRIPTION; i--) {
    const t = tokens[i];
    if (CLAUSE_END.test(t.text)) return null;
    if (i < end - 1 && t.word && DOCUMENT_HEADS.test(t.text)) {
      const document = mentionBefore(tokens, text, i + 1, 'described');
      return document && !document.pronoun && document.first < i ? document : null;
    }
  }
  return null;
}
