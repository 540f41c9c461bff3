/**
 * The cast of a draft: who is named (with first name, title or neither) and every capitalized
 * word that may be a surname. Each block's part is read from its text alone and memoized by it
 * (a keystroke rereads one paragraph); the draft's cast joins the blocks' parts without copying
 * their words, so the three name checks work on small per-block summaries.
 */
import type { BlockMemo } from '../blockMemo';
import type { BlockKind, DocumentModel } from '../document';
import { capitalizedWords, findPeople, isHeadline, shiftMention, type PersonMention } from './people';
import { DETERMINERS, SUBJECT_STOP, TITLES } from '../speech/lexicon';

export interface Occurrence {
  start: number;
  end: number;
}

/** What the name checks read of one capitalized word in one block (block offsets). */
export interface BlockWord {
  /** Every occurrence, headlines included. */
  starts: number[];
  /** Occurrences that may be a bare surname: outside headlines and outside a full name with this surname. */
  bare: number[];
  /** Some occurrence has a reporting verb after it or "Mr." before it: evidence of a person. */
  speech: boolean;
  /** Some occurrence stands as a name on its own, not inside a longer capitalized name. */
  alone: boolean;
  /** Capitalized words right before occurrences that would stand alone but for them: a first name may be one. */
  after: string[];
}

/** One block's part of the cast: found once per block text. */
export interface BlockNames {
  people: PersonMention[];
  words: Map<string, BlockWord>;
  /** Everything the spelling check reads of this block, as one string: equal strings, equal spelling findings. */
  spelling: string;
}

export interface Cast {
  /** Every block's part, with where the block starts. */
  blocks: { start: number; names: BlockNames }[];
  /** Person mentions in document offsets. */
  mentions: PersonMention[];
  /** First names written with each surname ("Lavrov" → {"Sergei"}). */
  firstNames: Map<string, Set<string>>;
}

const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|argued|noted|asked|explained|testified)\b/;
const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.\s+$/;

/**
 * The word before an occurrence, when it makes the occurrence part of a longer name ("Staten
 * Island", "Nobel Peace Prize"): a capitalized word with no stop or comma after it, that is not a
 * title or function word. '' when the occurrence stands alone.
 */
function nameBefore(text: string, start: number): string {
  const previous = (/(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '').replace(/^["\u201C\u2018'(]+/, '');
  if (!/^\p{Lu}/u.test(previous) || /[.!?,;:)]["\u201D\u2019]?$/.test(previous)) return '';
  return TITLES.has(previous) || DETERMINERS.has(previous.toLowerCase()) || SUBJECT_STOP.has(previous.toLowerCase()) ? '' : previous;
}

function blockNames(text: string, kind: BlockKind): BlockNames {
  const heading = isHeadline(text, kind);
  const people = findPeople(text, kind);
  const words = new Map<string, BlockWord>();
  for (const { word, start } of capitalizedWords(text)) {
    let entry = words.get(word);
    if (!entry) words.set(word, (entry = { starts: [], bare: [], speech: false, alone: false, after: [] }));
    entry.starts.push(start);
    const end = start + word.length;
    if (SPEECH_AFTER.test(text.slice(end, end + 20)) || COURTESY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) entry.speech = true;
    if (heading) continue;
    if (!people.some((m) => m.full && m.surname === word && start >= m.start && start < m.end)) entry.bare.push(start);
    const next = /^\s+(\S+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
    if (/^\p{Lu}/u.test(next) || /^(?:bin|de|van|von|al)$/.test(next)) continue;
    const before = nameBefore(text, start);
    if (before === '') entry.alone = true;
    else if (!entry.after.includes(before)) entry.after.push(before);
  }
  const spelling: string[] = people.map((m) => `${m.surname} ${m.first ?? ''} ${m.title ? 1 : 0}`);
  for (const [word, w] of words) spelling.push(`${word} ${w.starts.length} ${w.speech ? 1 : 0}${w.alone ? 1 : 0} ${w.after.join(' ')}`);
  return { people, words, spelling: spelling.join('\n') };
}

export function castOf(doc: DocumentModel, memo?: BlockMemo): Cast {
  const blocks: Cast['blocks'] = [];
  const mentions: PersonMention[] = [];
  const firstNames = new Map<string, Set<string>>();
  for (const block of doc.blocks) {
    const names = memo ? memo.get(`names-cast\u0001${block.kind}`, block.text, () => blockNames(block.text, block.kind)) : blockNames(block.text, block.kind);
    blocks.push({ start: block.start, names });
    for (const m of names.people) {
      mentions.push(shiftMention(m, block.start));
      if (!m.first) continue;
      const set = firstNames.get(m.surname);
      if (set) set.add(m.first);
      else firstNames.set(m.surname, new Set([m.first]));
    }
  }
  return { blocks, mentions, firstNames };
}

/** Every occurrence of a spelling in the draft (or only those that may be a bare surname), in document order. */
export function occurrencesOf(cast: Cast, spelling: string, which: 'starts' | 'bare' = 'starts'): Occurrence[] {
  const out: Occurrence[] = [];
  for (const { start, names } of cast.blocks) {
    for (const at of names.words.get(spelling)?.[which] ?? []) out.push({ start: start + at, end: start + at + spelling.length });
  }
  return out;
}

/** The one full name a surname stands for in this draft, or null when none or several. */
export function uniqueFullName(cast: Cast, surname: string): string | null {
  const firsts = cast.firstNames.get(surname);
  if (!firsts || firsts.size !== 1) return null;
  return `${[...firsts][0]} ${surname}`;
}
