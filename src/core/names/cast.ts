/**
 * The cast of a draft: who is named in full (first name + surname), every occurrence of each
 * capitalized word, and which surnames stand for exactly one person. The three name checks read it.
 */
import type { DocumentModel } from '../document';
import { capitalizedWords, findPeople, isHeadline, type PersonMention } from './people';

export interface Occurrence {
  start: number;
  end: number;
  heading: boolean;
}

export interface Cast {
  mentions: PersonMention[];
  /** First names written with each surname ("Lavrov" → {"Sergei"}). */
  firstNames: Map<string, Set<string>>;
  /** Every occurrence of every capitalized word, by spelling (possessive 's dropped). */
  words: Map<string, Occurrence[]>;
}

export function castOf(doc: DocumentModel): Cast {
  const mentions: PersonMention[] = [];
  const words = new Map<string, Occurrence[]>();
  for (const block of doc.blocks) {
    for (const m of findPeople(block)) mentions.push(m);
    const heading = isHeadline(block);
    for (const w of capitalizedWords(block)) {
      const list = words.get(w.word);
      const occurrence = { start: w.start, end: w.start + w.word.length, heading };
      if (list) list.push(occurrence);
      else words.set(w.word, [occurrence]);
    }
  }
  const firstNames = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!m.first) continue;
    const set = firstNames.get(m.surname);
    if (set) set.add(m.first);
    else firstNames.set(m.surname, new Set([m.first]));
  }
  return { mentions, firstNames, words };
}

/** The one full name a surname stands for in this draft, or null when none or several. */
export function uniqueFullName(cast: Cast, surname: string): string | null {
  const firsts = cast.firstNames.get(surname);
  if (!firsts || firsts.size !== 1) return null;
  return `${[...firsts][0]} ${surname}`;
}
