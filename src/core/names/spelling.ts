/**
 * name-inconsistent: one person's surname spelled two ways. A spelling is a variant of a surname
 * the draft gives with a first name when it is one edit away (two for names of nine letters or
 * more), starts with the same letter, is not a plural, possessive or feminine form, and is never
 * written with a different first name. The preferred spelling is the most frequent one.
 */
import type { BlockMemo } from '../blockMemo';
import { occurrencesOf, type Cast, type Occurrence } from './cast';
import { editDistance } from './distance';
import { PERSON_NOUNS } from '../speech/lexicon';

export interface SpellingGroup {
  preferred: string;
  /** Every spelling, preferred first. */
  variants: string[];
  /** Occurrences of the spellings that are not preferred. */
  wrong: { spelling: string; occurrence: Occurrence }[];
  fullName: string;
}

const ENDINGS = /(?:s|es|a|n|an|ian|i|ese|ic|y|'s|\u2019s|'|\u2019)$/;
const WHOLE_ENDING = /^(?:s|es|a|n|an|ian|i|ese|ic|y|'s|\u2019s|'|\u2019)$/;

/** "Ivanov"/"Ivanova", "Obama"/"Obamas", "Syria"/"Syrian", "Democrats"/"Democratic": forms of one word, not misspellings. */
function isInflection(a: string, b: string): boolean {
  // "Russia"/"Russian", "Obama"/"Obamas": the longer is the shorter plus an ending.
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.startsWith(shorter) && WHOLE_ENDING.test(longer.slice(shorter.length))) return true;
  const stemA = a.replace(ENDINGS, '');
  const stemB = b.replace(ENDINGS, '');
  return stemA === stemB || stemA === b || stemB === a;
}

function related(surname: string, word: string): boolean {
  if (word === surname || word[0] !== surname[0] || surname.length < 5) return false;
  if (isInflection(surname, word)) return false;
  const limit = surname.length >= 9 ? 2 : 1;
  const close = (w: string): boolean => editDistance(surname.toLowerCase(), w.toLowerCase(), limit) <= limit;
  // "the Mororws" for "the Morrows": a slip in the plural of the name is a slip in the name.
  return close(word) || (word.endsWith('s') && !surname.endsWith('s') && close(word.slice(0, -1)));
}

/** What the draft says of one capitalized word: the blocks' parts added up. */
interface WordStats {
  count: number;
  speech: boolean;
  alone: boolean;
  after: Set<string>;
}

function wordStats(cast: Cast): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  for (const { names } of cast.blocks) {
    for (const [word, w] of names.words) {
      let s = stats.get(word);
      if (!s) stats.set(word, (s = { count: 0, speech: false, alone: false, after: new Set() }));
      s.count += w.starts.length;
      s.speech ||= w.speech;
      s.alone ||= w.alone;
      for (const a of w.after) s.after.add(a);
    }
  }
  return stats;
}

/**
 * Used as a surname somewhere: in the running text (a heading capitalizes any word), standing alone
 * or after a title or the person's first name — not inside another name ("Nobel Peace Prize",
 * "Staten Island", "Osama bin Laden").
 */
function countsAsName(w: WordStats, firsts: Set<string>): boolean {
  if (w.alone) return true;
  for (const a of w.after) if (firsts.has(a)) return true;
  return false;
}

function sameFirstNames(cast: Cast, a: string, b: string): boolean {
  const fa = cast.firstNames.get(a);
  const fb = cast.firstNames.get(b);
  if (!fa || !fb) return true;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}

/** A spelling group without its occurrences: what the cache keeps. */
type Group = Omit<SpellingGroup, 'wrong'>;

function findGroups(cast: Cast): Group[] {
  const stats = wordStats(cast);
  const groups: Group[] = [];
  const claimed = new Set<string>();
  const allFirstNames = new Set<string>();
  for (const firsts of cast.firstNames.values()) for (const f of firsts) allFirstNames.add(f);
  // Evidence that a spelling is a person's: a title before it, a reporting verb after it, "Mr.".
  const titled = new Set(cast.mentions.filter((m) => m.title).map((m) => m.surname));
  const isPerson = (word: string): boolean => titled.has(word) || stats.get(word)!.speech;
  const anchors = [...stats.keys()].filter((w) => w.length >= 5 && stats.get(w)!.count >= 2 && !PERSON_NOUNS.has(w.toLowerCase()));
  // Spellings by first letter, so each anchor is compared with the words that could be its variants only.
  const byInitial = new Map<string, string[]>();
  for (const word of stats.keys()) {
    const list = byInitial.get(word[0]);
    if (list) list.push(word);
    else byInitial.set(word[0], [word]);
  }
  anchors.sort((a, b) => stats.get(b)!.count - stats.get(a)!.count);
  for (const surname of anchors) {
    if (claimed.has(surname)) continue;
    const firsts = cast.firstNames.get(surname) ?? new Set<string>();
    const spellings = [surname];
    // The evidence may be on either spelling: "Kozhin" named with a first name, "Kozhine said".
    const person = isPerson(surname);
    for (const word of byInitial.get(surname[0]) ?? []) {
      if (claimed.has(word) || (!person && !isPerson(word)) || allFirstNames.has(word) || !related(surname, word) || !countsAsName(stats.get(word)!, firsts)) continue;
      if (!sameFirstNames(cast, surname, word)) continue;
      spellings.push(word);
    }
    if (spellings.length < 2) continue;
    for (const s of spellings) claimed.add(s);
    const count = (s: string): number => stats.get(s)!.count;
    const preferred = spellings.reduce((best, s) => (count(s) > count(best) ? s : best), surname);
    const variants = [preferred, ...spellings.filter((s) => s !== preferred)];
    groups.push({ preferred, variants, fullName: firsts.size === 1 ? `${[...firsts][0]} ${preferred}` : preferred });
  }
  return groups;
}

/**
 * The spelling groups of the draft. They depend on which words the draft uses and how, not on
 * where: kept in `memo` until a block's spelling summary changes, so typing that adds no
 * capitalized word reuses them.
 */
export function spellingGroups(cast: Cast, memo?: BlockMemo): SpellingGroup[] {
  const groups = memo ? memo.keep('names-spelling', cast.blocks.map((b) => b.names.spelling), () => findGroups(cast)) : findGroups(cast);
  return groups.map((g) => ({ ...g, wrong: g.variants.slice(1).flatMap((spelling) => occurrencesOf(cast, spelling).map((occurrence) => ({ spelling, occurrence }))) }));
}
