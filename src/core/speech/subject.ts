/** Where the subject of a cue ends: before the adverbs and auxiliaries that may stand between them. */
import { CUE_MODIFIERS } from './lexicon';
import type { Token } from './tokens';

/** Nouns that end in -ly and may be a subject ("the family said"), not an adverb. */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'daily', 'weekly', 'monthly', 'quarterly', 'supply', 'italy', 'july', 'bully', 'anomaly', 'monopoly']);

/** "also", "has", "not", "aggressively": words that may stand between a subject and its cue. */
function isCueModifier(token: Token): boolean {
  if (!token.word) return false;
  const w = token.text;
  return CUE_MODIFIERS.has(w) || (/^[a-z]{3,}ly$/.test(w) && !LY_NOUNS.has(w));
}

/** Skip back over "also", "has not", "later", "aggressively" … between a subject and its cue at token `cue`. */
export function subjectEnd(tokens: readonly Token[], cue: number): number {
  let i = cue;
  while (i > 0 && isCueModifier(tokens[i - 1]) && i > cue - 4) i--;
  return i;
}
