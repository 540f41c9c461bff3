/**
 * The noun phrase after a designation: "S-300 ground-to-air missiles" → head "missiles". The head
 * goes into the message; a non-system head ("an F-1 visa") refuses the designation; names like
 * "Javelin" need a head to count at all.
 */
import { HEAD_NOUNS, NON_SYSTEM_HEADS, PHRASE_BREAKERS } from './lexicon';

/** One following word, across spaces (blanked markup is spaces) and at most one line break. */
const NEXT_WORD = /[ \t\u00a0]{0,8}(?:\r?\n[ \t]{0,8})?(?<=[\s\u00a0])([A-Za-z][A-Za-z-]{0,40})/y;
/** How many modifiers may stand between the designation and its head ("ground-to-air", "air defense"). */
const MAX_MODIFIERS = 3;

export interface FollowingNoun {
  /** End of the head noun (block offset), or null when none was found. */
  end: number | null;
  /** The word right after the designation says it is not a system ("visa", "form", "win"). */
  nonSystem: boolean;
}

/** A head can run on as a compound: "missile systems", "fighter jets" (at most two more nouns). */
function compoundEnd(text: string, end: number): number {
  for (let n = 0; n < 2; n++) {
    NEXT_WORD.lastIndex = end;
    const m = NEXT_WORD.exec(text);
    if (!m || !HEAD_NOUNS.has(m[1].toLowerCase())) break;
    end = m.index + m[0].length;
  }
  return end;
}

/** The word at `at` (after spaces), or null. */
function wordAt(text: string, at: number): RegExpExecArray | null {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(text);
}

/**
 * "and"/"or" inside the noun phrase: between two modifiers ("air and missile defense system") or
 * two names ("Javelin and Stinger missiles"), not before a determiner ("the Patriot and the Jets")
 * nor after a capitalized modifier ("the Patriot Act and tank sales").
 */
function joinsModifiers(text: string, conjunction: RegExpExecArray, previous: string | null): boolean {
  if (previous !== null && /^[A-Z]/.test(previous)) return false;
  const next = wordAt(text, conjunction.index + conjunction[0].length);
  return next !== null && !PHRASE_BREAKERS.has(next[1].toLowerCase()) && (previous !== null || /^[A-Z]/.test(next[1]));
}

export function followingNoun(text: string, from: number): FollowingNoun {
  let at = from;
  let previous: string | null = null;
  for (let n = 0; n <= MAX_MODIFIERS; n++) {
    const m = wordAt(text, at);
    if (!m) break;
    const word = m[1].toLowerCase();
    if (n === 0 && NON_SYSTEM_HEADS.has(word)) return { end: null, nonSystem: true };
    if (HEAD_NOUNS.has(word)) return { end: compoundEnd(text, m.index + m[0].length), nonSystem: false };
    if (PHRASE_BREAKERS.has(word) && !((word === 'and' || word === 'or') && joinsModifiers(text, m, previous))) break;
    previous = word === 'and' || word === 'or' ? previous : m[1];
    at = m.index + m[0].length;
  }
  return { end: null, nonSystem: false };
}
