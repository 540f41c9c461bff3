/**
 * name-inconsistent: one person's surname spelled two ways. A spelling is a variant of a surname
 * the draft gives with a first name when it is one edit away (two for names of nine letters or
 * more), starts with the same letter, is not a plural, possessive or feminine form, and is never
 * written with a different first name. The preferred spelling is the most frequent one.
 */
import type { Cast, Occurrence } from './cast';
import { editDistance } from './distance';
import { DETERMINERS, PERSON_NOUNS, SUBJECT_STOP, TITLES } from '../speech/lexicon';

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
  return editDistance(surname.toLowerCase(), word.toLowerCase(), surname.length >= 9 ? 2 : 1) <= (surname.length >= 9 ? 2 : 1);
}

/**
 * Used as a surname somewhere: in the running text (a heading capitalizes any word), standing alone
 * or after a title or the person's first name — not inside another name ("Nobel Peace Prize",
 * "Staten Island", "Osama bin Laden").
 */
function countsAsName(occurrences: Occurrence[], text: string, firsts: Set<string>): boolean {
  return occurrences.some((o) => {
    if (o.heading) return false;
    const next = /^\s+(\S+)/.exec(text.slice(o.end, o.end + 30))?.[1] ?? '';
    const previous = (/(\S+)\s+$/.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1] ?? '').replace(/^["\u201C\u2018'(]+/, '');
    if (/^\p{Lu}/u.test(next) || /^(?:bin|de|van|von|al)$/.test(next)) return false;
    return !/^\p{Lu}/u.test(previous) || firsts.has(previous) || TITLES.has(previous) || DETERMINERS.has(previous.toLowerCase()) || SUBJECT_STOP.has(previous.toLowerCase()) || /[.!?]["\u201D]?$/.test(previous);
  });
}

const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|argued|noted|asked|explained|testified)\b/;

/** Evidence that a surname is a person's: a title before it, or a reporting verb after it. */
function isPerson(cast: Cast, titled: Set<string>, surname: string, text: string): boolean {
  if (titled.has(surname)) return true;
  return (cast.words.get(surname) ?? []).some((o) => SPEECH_AFTER.test(text.slice(o.end, o.end + 20)) || /\b(?:Mr|Mrs|Ms|Dr)\.\s+$/.test(text.slice(Math.max(0, o.start - 6), o.start)));
}

function sameFirstNames(cast: Cast, a: string, b: string): boolean {
  const fa = cast.firstNames.get(a);
  const fb = cast.firstNames.get(b);
  if (!fa || !fb) return true;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}

export function spellingGroups(cast: Cast, text: string): SpellingGroup[] {
  const groups: SpellingGroup[] = [];
  const claimed = new Set<string>();
  const allFirstNames = new Set<string>();
  for (const firsts of cast.firstNames.values()) for (const f of firsts) allFirstNames.add(f);
  // People anchor the groups — surnames with a title, a reporting verb or "Mr." — the most used first.
  const titled = new Set(cast.mentions.filter((m) => m.title).map((m) => m.surname));
  const anchors = [...cast.words.keys()].filter((w) => w.length >= 5 && (cast.words.get(w)?.length ?? 0) >= 2 && !PERSON_NOUNS.has(w.toLowerCase()) && isPerson(cast, titled, w, text));
  // Spellings by first letter, so each anchor is compared with the words that could be its variants only.
  const byInitial = new Map<string, string[]>();
  for (const word of cast.words.keys()) {
    const list = byInitial.get(word[0]);
    if (list) list.push(word);
    else byInitial.set(word[0], [word]);
  }
  anchors.sort((a, b) => (cast.words.get(b)?.length ?? 0) - (cast.words.get(a)?.length ?? 0));
  for (const surname of anchors) {
    if (claimed.has(surname)) continue;
    const firsts = cast.firstNames.get(surname) ?? new Set<string>();
    const spellings = [surname];
    for (const word of byInitial.get(surname[0]) ?? []) {
      if (claimed.has(word) || allFirstNames.has(word) || !related(surname, word) || !countsAsName(cast.words.get(word)!, text, firsts)) continue;
      if (!sameFirstNames(cast, surname, word)) continue;
      spellings.push(word);
    }
    if (spellings.length < 2) continue;
    for (const s of spellings) claimed.add(s);
    const count = (s: string): number => cast.words.get(s)?.length ?? 0;
    const preferred = spellings.reduce((best, s) => (count(s) > count(best) ? s : best), surname);
    const variants = [preferred, ...spellings.filter((s) => s !== preferred)];
    const wrong = variants.slice(1).flatMap((spelling) => (cast.words.get(spelling) ?? []).map((occurrence) => ({ spelling, occurrence })));
    groups.push({ preferred, variants, wrong, fullName: firsts.size === 1 ? `${[...firsts][0]} ${preferred}` : preferred });
  }
  return groups;
}
