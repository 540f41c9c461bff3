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
import { blockNameMentions, type NameMention } from '../speech/names';

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
  /** Everything any name check reads of this block, offsets and written mentions included: equal strings, equal findings. */
  signature: string;
  /**
   * The same without where things sit, only in which order: equal shapes, equal findings up to
   * their offsets (typing before a name in its paragraph moves the name, not the findings).
   */
  shape: string;
}

export type CastBlock = { start: number; names: BlockNames };

export interface Cast {
  /** Every block's part, with where the block starts. */
  blocks: CastBlock[];
  /** Person mentions in document offsets. */
  mentions: PersonMention[];
  /** First names written with each surname ("Lavrov" → {"Sergei"}). */
  firstNames: Map<string, Set<string>>;
}

/** A reporting verb after the word, within 20 characters (tried where the word ends, not on a copy). */
const SPEECH_AFTER = /\s+(?:said|says|told|added|wrote|argued|noted|asked|explained|testified)\b/y;
const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.\s+$/;

function speechAfter(text: string, end: number): boolean {
  SPEECH_AFTER.lastIndex = end;
  const m = SPEECH_AFTER.exec(text);
  return m !== null && m[0].length <= 20;
}

/** "Mr. " within the 6 characters before the word; most words have no stop there, so the pattern rarely runs. */
function courtesyBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 6);
  const before = text.slice(from, start);
  return before.includes('.') && COURTESY_BEFORE.test(before);
}

const SPACE = /\s/;

/** The word (non-space run) before the spaces before `start`, within 30 characters; '' when none or no space. */
function wordBefore(text: string, start: number): string {
  const from = Math.max(0, start - 30);
  let i = start;
  while (i > from && SPACE.test(text[i - 1])) i--;
  if (i === start) return '';
  let j = i;
  while (j > from && !SPACE.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** The word after the spaces after `end`, within 30 characters; '' when none or no space. */
function wordAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + 30);
  let i = end;
  while (i < to && SPACE.test(text[i])) i++;
  if (i === end) return '';
  let j = i;
  while (j < to && !SPACE.test(text[j])) j++;
  return text.slice(i, j);
}

/**
 * The word before an occurrence, when it makes the occurrence part of a longer name ("Staten
 * Island", "Nobel Peace Prize"): a capitalized word with no stop or comma after it, that is not a
 * title or function word. '' when the occurrence stands alone.
 */
function nameBefore(text: string, start: number): string {
  const previous = wordBefore(text, start).replace(/^["\u201C\u2018'(]+/, '');
  if (!/^\p{Lu}/u.test(previous) || /[.!?,;:)]["\u201D\u2019]?$/.test(previous)) return '';
  return TITLES.has(previous) || DETERMINERS.has(previous.toLowerCase()) || SUBJECT_STOP.has(previous.toLowerCase()) ? '' : previous;
}

function blockNames(text: string, kind: BlockKind, fullNames?: readonly NameMention[]): BlockNames {
  const heading = isHeadline(text, kind);
  const people = findPeople(text, kind, fullNames);
  const words = new Map<string, BlockWord>();
  for (const { word, start } of capitalizedWords(text)) {
    let entry = words.get(word);
    if (!entry) words.set(word, (entry = { starts: [], bare: [], speech: false, alone: false, after: [] }));
    entry.starts.push(start);
    const end = start + word.length;
    if (speechAfter(text, end) || courtesyBefore(text, start)) entry.speech = true;
    if (heading) continue;
    if (!people.some((m) => m.full && m.surname === word && start >= m.start && start < m.end)) entry.bare.push(start);
    const next = wordAfter(text, end);
    if (/^\p{Lu}/u.test(next) || /^(?:bin|de|van|von|al)$/.test(next)) continue;
    const before = nameBefore(text, start);
    if (before === '') entry.alone = true;
    else if (!entry.after.includes(before)) entry.after.push(before);
  }
  let spelling = '';
  for (const m of people) spelling += `${m.surname} ${m.first ?? ''} ${m.title ? 1 : 0}\n`;
  for (const [word, w] of words) spelling += `${word} ${w.starts.length} ${w.speech ? 1 : 0}${w.alone ? 1 : 0} ${w.after.join(' ')}\n`;
  const head = `${people.length} ${words.size}\n${spelling}`;
  return { people, words, spelling, signature: head + where(people, words, text, (at) => at), shape: head + where(people, words, text, rankIn(people, words)) };
}

/** Where each mention and word sits, written with `at` (the offset itself, or its rank among them). */
function where(people: readonly PersonMention[], words: ReadonlyMap<string, BlockWord>, text: string, at: (offset: number) => number): string {
  let out = '';
  for (const m of people) out += `${at(m.start)} ${at(m.nameStart)} ${at(m.surnameStart)} ${m.full ? 1 : 0} ${m.title} ${text.slice(m.start, m.end)}\n`;
  for (const w of words.values()) out += `${w.starts.map(at).join(' ')}|${w.bare.map(at).join(' ')}\n`;
  return out;
}

/** Each offset the block's mentions and words sit at → its rank among them. */
function rankIn(people: readonly PersonMention[], words: ReadonlyMap<string, BlockWord>): (offset: number) => number {
  const offsets = new Set<number>();
  for (const m of people) offsets.add(m.start).add(m.nameStart).add(m.surnameStart);
  for (const w of words.values()) for (const at of w.starts) offsets.add(at);
  const rank = new Map([...offsets].sort((a, b) => a - b).map((offset, i) => [offset, i]));
  return (offset) => rank.get(offset) ?? -1;
}

const NAMESPACES: Record<BlockKind, string> = { paragraph: 'names-cast\u0001paragraph', heading: 'names-cast\u0001heading', 'list-item': 'names-cast\u0001list-item', blockquote: 'names-cast\u0001blockquote' };

/** Every block's part of the cast, in block order, each found once per block text when a memo is given. */
export function castBlocks(doc: DocumentModel, memo?: BlockMemo): BlockNames[] {
  const parts = new Array<BlockNames>(doc.blocks.length);
  for (let i = 0; i < doc.blocks.length; i++) {
    const { kind, text } = doc.blocks[i];
    parts[i] = memo ? memo.get(NAMESPACES[kind], text, () => blockNames(text, kind, blockNameMentions(text, memo))) : blockNames(text, kind);
  }
  return parts;
}

export function castOf(doc: DocumentModel, parts: BlockNames[]): Cast {
  const blocks = parts.map((names, i) => ({ start: doc.blocks[i].start, names }));
  const mentions: PersonMention[] = [];
  const firstNames = new Map<string, Set<string>>();
  for (const { start, names } of blocks) {
    for (const m of names.people) {
      mentions.push(shiftMention(m, start));
      if (!m.first) continue;
      const set = firstNames.get(m.surname);
      if (set) set.add(m.first);
      else firstNames.set(m.surname, new Set([m.first]));
    }
  }
  return { blocks, mentions, firstNames };
}

/** Every occurrence of a spelling in the draft, in document order. */
export function occurrencesOf(cast: Cast, spelling: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const { start, names } of cast.blocks) {
    for (const at of names.words.get(spelling)?.starts ?? []) out.push({ start: start + at, end: start + at + spelling.length });
  }
  return out;
}

/** The one full name a surname stands for in this draft, or null when none or several. */
export function uniqueFullName(cast: Cast, surname: string): string | null {
  const firsts = cast.firstNames.get(surname);
  if (!firsts || firsts.size !== 1) return null;
  return `${[...firsts][0]} ${surname}`;
}
