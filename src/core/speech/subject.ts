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

/** "on Tuesday", "in 2010", "last week": a time phrase between a subject and its cue ("Trump on Tuesday said"). */
const TIME_OPENERS = new Set(['on', 'in', 'last', 'this', 'late', 'early', 'earlier']);
const TIME_HEADS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|night|morning|afternoon|evening|weekend|\d{4})$/i;

function timePhraseBefore(tokens: readonly Token[], i: number): boolean {
  return i >= 3 && TIME_HEADS.test(tokens[i - 1].text) && tokens[i - 2].word && TIME_OPENERS.has(tokens[i - 2].lower) && tokens[i - 3].word;
}

/** Skip back over "also", "has not", "on Tuesday", "aggressively" … between a subject and its cue at token `cue`. */
export function subjectEnd(tokens: readonly Token[], cue: number): number {
  let i = cue;
  for (let steps = 0; i > 0 && steps < 4; steps++) {
    if (isCueModifier(tokens[i - 1])) i--;
    else if (timePhraseBefore(tokens, i)) i -= 2;
    else break;
  }
  return i;
}
