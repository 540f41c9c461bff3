/**
 * name-inconsistent: one person's surname spelled two ways. A spelling is a variant of a surname
 * the draft gives with a first name when it is one edit away (two for names of nine letters or
 * more), starts with the same letter, is not a plural, possessive or feminine form, and is never
 * written with a different first name. The preferred spelling is the most frequent one.
 */
import type { Cast, Occurrence } from './cast';
import { editDistance } from './distance';

export interface SpellingGroup {
  preferred: string;
  /** Every spelling, preferred first. */
  variants: string[];
  /** Occurrences of the spellings that are not preferred. */
  wrong: { spelling: string; occurrence: Occurrence }[];
  fullName: string;
}

/** "Ivanov"/"Ivanova", "Obama"/"Obamas", "Syria"/"Syrian": forms of one name, not misspellings. */
function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /^(?:s|es|a|n|an|ian|i|ese|'s|\u2019s)$/.test(long.slice(short.length));
}

function related(surname: string, word: string): boolean {
  if (word === surname || word[0] !== surname[0] || Math.min(word.length, surname.length) < 5) return false;
  if (isInflection(surname, word)) return false;
  return editDistance(surname.toLowerCase(), word.toLowerCase(), surname.length >= 9 ? 2 : 1) <= (surname.length >= 9 ? 2 : 1);
}

/** Spelled in the running text: a heading alone capitalizes any word. */
function countsAsName(occurrences: Occurrence[]): boolean {
  return occurrences.some((o) => !o.heading);
}

function sameFirstNames(cast: Cast, a: string, b: string): boolean {
  const fa = cast.firstNames.get(a);
  const fb = cast.firstNames.get(b);
  if (!fa || !fb) return true;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}

export function spellingGroups(cast: Cast): SpellingGroup[] {
  const groups: SpellingGroup[] = [];
  const claimed = new Set<string>();
  // Surnames given with a first name anchor the groups; the most used first.
  const anchors = [...cast.firstNames.keys()].sort((a, b) => (cast.words.get(b)?.length ?? 0) - (cast.words.get(a)?.length ?? 0));
  for (const surname of anchors) {
    if (claimed.has(surname)) continue;
    const spellings = [surname];
    for (const [word, occurrences] of cast.words) {
      if (claimed.has(word) || !related(surname, word) || !countsAsName(occurrences)) continue;
      if (!sameFirstNames(cast, surname, word)) continue;
      spellings.push(word);
    }
    if (spellings.length < 2) continue;
    for (const s of spellings) claimed.add(s);
    const count = (s: string): number => cast.words.get(s)?.length ?? 0;
    const preferred = spellings.reduce((best, s) => (count(s) > count(best) ? s : best), surname);
    const variants = [preferred, ...spellings.filter((s) => s !== preferred)];
    const wrong = variants.slice(1).flatMap((spelling) => (cast.words.get(spelling) ?? []).map((occurrence) => ({ spelling, occurrence })));
    const firsts = cast.firstNames.get(surname)!;
    groups.push({ preferred, variants, wrong, fullName: `${[...firsts][0]} ${preferred}` });
  }
  return groups;
}
