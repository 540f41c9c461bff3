/**
 * "Did not respond to requests for comment", "has not returned calls": a source that said nothing.
 * No attribution (there is no statement to check) and, for an unnamed source, no anonymity warning.
 */
import type { Token } from './tokens';

const ANSWER_VERBS = new Set(['respond', 'responds', 'responded', 'reply', 'replies', 'replied', 'return', 'returns', 'returned']);
/** What went unanswered. */
const REQUESTS = new Set(['request', 'requests', 'message', 'messages', 'call', 'calls', 'email', 'emails', 'inquiry', 'inquiries', 'query', 'queries', 'phone']);
const BETWEEN = new Set(['to', 'a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'several', 'repeated', 'multiple', 'written', 'emailed', 'phone', 'telephone']);

/** Whether the verb at token `verb` answers nothing: "respond to requests for comment", "returned calls". */
export function isNoComment(tokens: readonly Token[], verb: number): boolean {
  if (!ANSWER_VERBS.has(tokens[verb].lower)) return false;
  for (let i = verb + 1; i < tokens.length && i <= verb + 4 && tokens[i].word; i++) {
    if (REQUESTS.has(tokens[i].lower) && !BETWEEN.has(tokens[i + 1]?.lower ?? '')) return true;
    if (!BETWEEN.has(tokens[i].lower)) return false;
  }
  return false;
}
