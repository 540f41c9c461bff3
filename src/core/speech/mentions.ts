/**
 * Source mentions: the noun phrase that says who is speaking, found by walking the tokens next to a
 * cue. Newswire subjects are short and regular ("Foreign Minister Sergei Lavrov", "a top Kremlin
 * aide", "unnamed military sources", "he"), so a walk over a lexicon is enough and costs nothing;
 * it stops at clause words, verbs and punctuation.
 */
import { ANONYMOUS_HEADS, ANONYMOUS_MARKERS, DETERMINERS, KNOWN_OUTLETS, MACHINE_HEADS, OUTLET_HEADS, PRONOUNS, SUBJECT_STOP, TIME_WORDS, TITLES, isPersonNoun } from './lexicon';
import { isCapitalized, type Token } from './tokens';

export interface Mention {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  pronoun: boolean;
  anonymous: boolean;
  /** The outlet's name when the mention is a news outlet ("Izvestia" for "the Izvestia daily"). */
  outlet: string | null;
}

const MAX_MENTION_TOKENS = 12;
/** Determiners that stand for people on their own: "Some argue", "Many say", "Both agreed". */
const QUANTIFIER_SOURCES = new Set(['some', 'many', 'several', 'most', 'few', 'both', 'others', 'other']);
/** Words a described source goes on after with a preposition: "familiar with", "close to", "with knowledge of", "involved in". */
const DESCRIPTION_LINKS = new Set(['familiar', 'close', 'briefed', 'knowledge', 'involved', 'aware', 'privy']);
/** Prepositions allowed inside a described source: "a spokesman for the ministry", "a person familiar with the matter". */
const INNER_PREPOSITIONS = new Set(['for', 'of', 'with', 'to', 'at', 'in', 'from', 'on', 'between', 'within', 'inside']);

function lower(token: Token): string {
  return token.lower;
}

function isStop(token: Token): boolean {
  return SUBJECT_STOP.has(lower(token)) && !(isCapitalized(token) && !SUBJECT_STOP.has(token.lower));
}

function isNameWord(token: Token): boolean {
  return isCapitalized(token) && !SUBJECT_STOP.has(lower(token));
}

/**
 * What a mention may be: a person or body ('people'), also any described thing ("the announcer",
 * "the ad's narrator": for cues only people and documents use), or any noun phrase at all
 * ("according to federal statistics").
 */
export type Accept = 'people' | 'described' | 'any';

/**
 * The subject that ends just before token `end` (exclusive), or null. `described` accepts any described
 * subject ("the announcer", "the ad's narrator") — for cues that only people and documents use.
 */
export function mentionBefore(tokens: Token[], text: string, end: number, accept: Accept = 'people'): Mention | null {
  let i = end - 1;
  let first = end;
  let count = 0;
  while (i >= 0 && count < MAX_MENTION_TOKENS) {
    const t = tokens[i];
    if (!t.word) {
      if (t.text === ')' && first === end) {
        // "Rep. John Mica (R-Fla.) said": step over the parenthesis.
        let j = i - 1;
        while (j >= 0 && tokens[j].text !== '(' && i - j < 8) j--;
        if (j >= 0 && tokens[j].text === '(') {
          i = j - 1;
          first = j;
          continue;
        }
      }
      if ((t.text === "'" || t.text === '\u2019') && i > 0 && tokens[i - 1].word && /s$/.test(tokens[i - 1].text) && first < end) {
        // Plural possessive "the Smiths' lawyer".
        i--;
        continue;
      }
      break;
    }
    if (PRONOUNS.has(t.text)) {
      if (first === end) first = i;
      break;
    }
    const w = lower(t);
    if (isStop(t) && !DETERMINERS.has(w)) {
      // "Bureau of Inquiry and Analysis for Rail Safety": "and" between capitalized words is inside a name.
      const insideName = w === 'and' && i > 0 && isCapitalized(tokens[i - 1]) && isCapitalized(tokens[i + 1]);
      if ((INNER_PREPOSITIONS.has(w) || insideName) && first < end && i > 0 && continuesDescription(tokens[i - 1])) {
        first = i;
        i--;
        count++;
        continue;
      }
      break;
    }
    first = i;
    count++;
    if (DETERMINERS.has(w)) {
      // "Mr. Morgan of the Sierra Club": the determiner opens an object, the subject goes on before it.
      if (i >= 2 && INNER_PREPOSITIONS.has(lower(tokens[i - 1])) && tokens[i - 2].word && continuesDescription(tokens[i - 2])) {
        i -= 2;
        continue;
      }
      break;
    }
    i--;
  }
  if (first >= end) return null;
  return build(tokens, text, first, end - 1, accept);
}

/** "familiar" in "a person familiar with", or a person noun in "a spokesman for". */
function continuesDescription(token: Token): boolean {
  const w = lower(token);
  return DESCRIPTION_LINKS.has(w) || isPersonNoun(w) || isCapitalized(token);
}

/** The mention that starts at token `start` ("said Kozhin", "according to a person familiar with the talks"). */
export function mentionAfter(tokens: Token[], text: string, start: number, accept: Accept = 'people'): Mention | null {
  let i = start;
  let last = -1;
  let count = 0;
  while (i < tokens.length && count < MAX_MENTION_TOKENS) {
    const t = tokens[i];
    if (!t.word) break;
    if (PRONOUNS.has(t.text)) {
      if (last === -1) last = i;
      break;
    }
    const w = lower(t);
    if (DETERMINERS.has(w)) {
      // A determiner opens the mention, or the object of an inner preposition ("familiar with the talks").
      if (last !== -1 && !INNER_PREPOSITIONS.has(lower(tokens[last]))) break;
      last = i;
    } else if (isStop(t)) {
      if (INNER_PREPOSITIONS.has(w) && last !== -1 && continuesDescription(tokens[last]) && i + 1 < tokens.length && tokens[i + 1].word) {
        last = i;
      } else break;
    } else {
      last = i;
    }
    count++;
    i++;
  }
  if (last === -1) return null;
  // Do not end on a preposition or determiner.
  while (last >= start && (INNER_PREPOSITIONS.has(lower(tokens[last])) || DETERMINERS.has(lower(tokens[last])))) last--;
  if (last < start) return null;
  return build(tokens, text, start, last, accept);
}

function build(tokens: Token[], text: string, first: number, last: number, accept: Accept): Mention | null {
  // "Turkey's Erdogan", "the party's Jane Roe": a possessive before a name is whose, not who.
  for (let k = last - 1; k >= first; k--) {
    if (/^['\u2019]s$/.test(text.slice(tokens[k].end - 2, tokens[k].end)) && isNameWord(tokens[k]) && tokens.slice(k + 1, last + 1).every((t) => isNameWord(t))) {
      first = k + 1;
      break;
    }
  }
  const start = tokens[first].start;
  const end = tokens[last].end;
  const words = tokens.slice(first, last + 1).filter((t) => t.word);
  // "His notes", "Some say": a determiner alone, even capitalized at a sentence's start, names no one.
  if (words.length === 0 || TIME_WORDS.has(lower(words[0])) || (words.length === 1 && DETERMINERS.has(lower(words[0])) && !QUANTIFIER_SOURCES.has(lower(words[0])))) return null;
  const pronoun = words.length === 1 && PRONOUNS.has(words[0].text);
  // A title word is a name when nothing follows it ("Mr. King"), a title when a name does ("King Charles").
  const hasName = words.some((t, k) => isNameWord(t) && (!TITLES.has(t.text) || k === words.length - 1));
  const head = lower(words[words.length - 1]);
  if (MACHINE_HEADS.has(head)) return null;
  if (!pronoun && !hasName && !isPersonNoun(head) && !ANONYMOUS_HEADS.has(head) && !OUTLET_HEADS.has(head)) {
    // A described source needs a head that can speak: "the strikes said" is not one.
    const personInside = words.some((t) => isPersonNoun(t.text));
    const described = words.length > 1 && (DETERMINERS.has(lower(words[0])) || /['\u2019]s$/.test(words[0].text));
    if (!personInside && accept === 'people') return null;
    if (!personInside && accept === 'described' && !described) return null;
  }
  const mentionText = text.slice(start, end);
  return { first, last, start, end, text: mentionText, pronoun, anonymous: !pronoun && isAnonymous(words, mentionText), outlet: outletName(words, mentionText) };
}

function isAnonymous(words: Token[], phrase: string): boolean {
  const lowered = phrase.toLowerCase();
  if (ANONYMOUS_MARKERS.some((m) => lowered.includes(m))) return true;
  const nameWords = words.filter((t) => isNameWord(t) && !TITLES.has(t.text) && !ANONYMOUS_HEADS.has(lower(t)));
  // Capitalized words that only modify a role ("Kremlin aide", "U.S. officials") do not name anyone.
  const heads = words.filter((t) => ANONYMOUS_HEADS.has(lower(t)));
  if (heads.length === 0) return false;
  const headIndex = words.indexOf(heads[heads.length - 1]);
  // Names after a preposition say where the source works, not who it is: "an official in Lisbon", "an aide to Putin".
  const preposition = words.findIndex((t, k) => k > headIndex && INNER_PREPOSITIONS.has(lower(t)));
  return nameWords.every((t) => words.indexOf(t) < headIndex || (preposition !== -1 && words.indexOf(t) > preposition));
}

function outletName(words: Token[], phrase: string): string | null {
  const bare = phrase.replace(/^(?:the|The)\s+/, '');
  if (KNOWN_OUTLETS.has(phrase) || KNOWN_OUTLETS.has(bare)) return KNOWN_OUTLETS.has(phrase) ? phrase : bare;
  const head = lower(words[words.length - 1]);
  if (!OUTLET_HEADS.has(head)) return null;
  // "The Harbor Gazette" is a name; in "the Izvestia daily" the head only says what Izvestia is.
  const headInName = isNameWord(words[words.length - 1]);
  // "Russia's Kommersant daily" → "Kommersant": the capitalized words right before the head.
  const names: string[] = [];
  // A possessive names the owner ("Russia's"), not the outlet.
  for (let i = words.length - 2; i >= 0 && isNameWord(words[i]) && !DETERMINERS.has(lower(words[i])) && !/['\u2019]s$/.test(words[i].text); i--) names.unshift(words[i].text);
  if (headInName && names.length > 0) names.push(words[words.length - 1].text);
  return names.length > 0 ? names.join(' ') : null;
}
