/**
 * The cast of a draft: who is named in full (first name + surname), every occurrence of each
 * capitalized word, and which surnames stand for exactly one person. The three name checks read it.
 */
import type { BlockMemo } from '../blockMemo';
import type { BlockKind, DocumentModel } from '../document';
import { capitalizedWords, findPeople, isHeadline, shiftMention, type PersonMention } from './people';

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

/** What one block contributes, in block offsets: found once per block text (a keystroke rescans one block). */
interface BlockCast {
  people: PersonMention[];
  words: { word: string; start: number }[];
  heading: boolean;
}

function blockCast(text: string, kind: BlockKind): BlockCast {
  return { people: findPeople(text, kind), words: capitalizedWords(text), heading: isHeadline(text, kind) };
}

export function castOf(doc: DocumentModel, memo?: BlockMemo): Cast {
  const mentions: PersonMention[] = [];
  const words = new Map<string, Occurrence[]>();
  for (const block of doc.blocks) {
    const found = memo ? memo.get(`names-cast\u0001${block.kind}`, block.text, () => blockCast(block.text, block.kind)) : blockCast(block.text, block.kind);
    for (const m of found.people) mentions.push(shiftMention(m, block.start));
    const heading = found.heading;
    for (const w of found.words) {
      const list = words.get(w.word);
      const start = block.start + w.start;
      const occurrence = { start, end: start + w.word.length, heading };
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
