/**
 * The people a draft mentions, as the name checks need them: every full-name mention with the title
 * written before it ("Foreign Minister Sergei Lavrov"), every "Title Surname" mention ("Deputy
 * Foreign Minister Lavrov") and every bare capitalized word that may be a surname. Full names come
 * from the speech module's finder (read-only reuse); titles from its title list.
 */
import type { BlockKind } from '../document';
import { findNameMentions, type NameMention } from '../speech/names';
import { DETERMINERS, PERSON_NOUNS, SUBJECT_STOP, TIME_WORDS, TITLES } from '../speech/lexicon';

export interface PersonMention {
  /** Document range of the whole mention, title included. */
  start: number;
  end: number;
  /** Where the name itself begins, after the title: the first name, or the surname. */
  nameStart: number;
  /** Range of the surname. */
  surnameStart: number;
  surnameEnd: number;
  surname: string;
  /** First name, when written ("Sergei"); null for "Lavrov", "Mr. Lavrov". */
  first: string | null;
  /** Title words before the name, as written ("Deputy Foreign Minister"), or "". */
  title: string;
  /** The mention gives first name and surname. */
  full: boolean;
}

/** Courtesy titles: they say nothing about a person's office, so they never make a title change. */
const COURTESY = new Set(['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady']);
const TITLE_WORD = /^(?:\p{Lu}[\p{L}.'-]*|of|the)$/u;
const TOKEN = /\S+/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function isTitleWord(word: string): boolean {
  return TITLES.has(word) || COURTESY.has(word);
}

/**
 * The title right before a name: the run of capitalized words (and "of") ending at `nameStart`,
 * from its first title-list word on ("Russian Foreign Minister" → "Foreign Minister", "Secretary
 * of State" stays whole).
 */
function titleBefore(text: string, nameStart: number): { title: string; start: number } {
  const from = Math.max(0, nameStart - 80);
  const before = tokens(text.slice(from, nameStart));
  let i = before.length;
  while (i > 0 && TITLE_WORD.test(before[i - 1].text) && !/[,;:]$/.test(before[i - 1].text)) i--;
  while (i < before.length && !isTitleWord(before[i].text)) i++;
  if (i === before.length) return { title: '', start: nameStart };
  return { title: before.slice(i).map((t) => t.text).join(' '), start: from + before[i].start };
}

/** A title ("Minister", "Sen.") followed by a capitalized word, and a surname not followed by another capitalized word. */
const TITLE = String.raw`((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|Prof)\.|\p{Lu}\p{Ll}+)[ \u00A0]+`;
const SURNAME = String.raw`(\p{Lu}[\p{Ll}'\u2019]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'\u2019-])(?![ \u00A0]+\p{Lu})`;
const TITLED_SURNAME = new RegExp(TITLE + SURNAME, 'uy');

/**
 * Where a title word starts: the titled patterns are tried there only (sticky), not at every
 * character, so a paragraph without titles costs one quick scan.
 */
const TITLE_AT = new RegExp(`(?<!\\p{L})(?:${[...new Set([...TITLES, ...COURTESY].map((w) => w.replace(/\.$/, '')))].sort((a, b) => b.length - a.length).join('|')})(?!\\p{Ll})`, 'gu');

function titlePositions(text: string): number[] {
  const at: number[] = [];
  TITLE_AT.lastIndex = 0;
  for (let m = TITLE_AT.exec(text); m; m = TITLE_AT.exec(text)) at.push(m.index);
  return at;
}

/**
 * "Harbour Board Chairman Ines Marlow", "Ruritanian Prime Minister Tomas Vell": a title word right
 * before a first name and surname. The speech module's finder reads at most four capitalized
 * words and keeps the ones before the title ("Board"), so the name checks read these
 * themselves; the title is evidence enough that the two words are a person's name.
 */
const TITLED_FULL = new RegExp(String.raw`${TITLE}(\p{Lu}\p{Ll}+)[ \u00A0]+${SURNAME}`, 'duy');

/** Months can be surnames ("Dana March") after a title and a first name, but not before a day ("Minister Kim May 5"). */
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function titledFullNames(text: string, titles: number[]): NameMention[] {
  const found: NameMention[] = [];
  for (const at of titles) {
    TITLED_FULL.lastIndex = at;
    const m = TITLED_FULL.exec(text);
    if (!m) continue;
    const [, title, first, written] = m;
    const [offset] = m.indices![2];
    const surname = written.replace(/['\u2019]s$/, '');
    const end = m.indices![3][0] + surname.length;
    const surnameOk = isNameWord(surname) || (MONTHS.has(surname.toLowerCase()) && !/^\s+\d/.test(text.slice(end, end + 4)));
    // "Vice Chairman Olu Petrak" is read from "Chairman", the next title position.
    if (isTitleWord(title) && !isTitleWord(first) && isNameWord(first) && surnameOk) found.push({ offset, end, words: [first, surname], role: undefined, rolesBefore: [] });
  }
  return found;
}

/**
 * The speech module's finder takes any run of capitalized words that may hold a name; the name
 * checks want people only: two or three words, none a title, function word or month ("The Syrian",
 * "Israeli Prime Minister Benjamin"), no possessive inside ("Netanyahu's Moscow") and no
 * hyphenated adjective ("Russian-made Pantsir").
 */
function looksLikePerson(words: string[], written: string): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (/['\u2019]s\s/.test(written)) return false;
  return words.every(isNameWord);
}

/** May be part of a person's name: not a title, function word or time word, nor a hyphenated adjective. */
function isNameWord(w: string): boolean {
  const lower = w.toLowerCase();
  return !TITLES.has(w) && !SUBJECT_STOP.has(lower) && !DETERMINERS.has(lower) && !TIME_WORDS.has(lower) && !/-\p{Ll}/u.test(w);
}

/** A headline: a heading, or a short title-case line with no closing stop, where every word is capitalized as names are. */
export function isHeadline(blockText: string, kind: BlockKind): boolean {
  if (kind === 'heading') return true;
  const text = blockText.trim();
  if (text.length > 200 || text.includes('\n') || /[.!?:"\u201D]$/.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && words.length <= 20 && capitalized / words.length >= 0.6;
}

/** "Spokesman Yuri Tarkovin" at the start of a sentence: the role noun is not a first name. */
function withoutRoleNoun(m: NameMention): NameMention {
  return m.words.length === 3 && PERSON_NOUNS.has(m.words[0].toLowerCase()) ? { ...m, words: m.words.slice(1) } : m;
}

/** Every person mention in one block's text, in block offsets: full names (found by the speech module), then "Title Surname". */
export function findPeople(text: string, kind: BlockKind, fullNames: readonly NameMention[] = findNameMentions(text)): PersonMention[] {
  const found: PersonMention[] = [];
  if (isHeadline(text, kind)) return [];
  const titles = titlePositions(text);
  const full = fullNames.map(withoutRoleNoun).filter((m) => looksLikePerson(m.words, text.slice(m.offset, m.end)));
  for (const m of titledFullNames(text, titles)) if (!full.some((f) => m.offset < f.end && f.offset < m.end)) full.push(m);
  for (const m of full) {
    const surname = m.words[m.words.length - 1];
    const surnameStart = text.lastIndexOf(surname, m.end - surname.length);
    const nameStart = text.lastIndexOf(m.words[0], surnameStart - 1);
    if (surnameStart < 0 || nameStart < m.offset) continue;
    const title = titleBefore(text, nameStart);
    found.push(mention(title.start, nameStart, surnameStart, surname, m.words[0], title.title, true));
  }
  let after = 0;
  for (const at of titles) {
    TITLED_SURNAME.lastIndex = at;
    const m = at >= after ? TITLED_SURNAME.exec(text) : null;
    if (!m) continue;
    const written = m[2];
    const surnameStart = m.index + m[0].length - written.length;
    if (!isTitleWord(m[1])) continue;
    after = m.index + m[0].length;
    if (full.some((f) => surnameStart >= f.offset && surnameStart < f.end)) continue;
    const title = titleBefore(text, surnameStart);
    if (title.title) found.push(mention(title.start, surnameStart, surnameStart, written.replace(/['\u2019]s$/, ''), null, title.title, false));
  }
  return found;
}

function mention(start: number, nameStart: number, surnameStart: number, surname: string, first: string | null, title: string, full: boolean): PersonMention {
  const end = surnameStart + surname.length;
  return { start, nameStart, end, surnameStart, surnameEnd: end, surname, first, title, full };
}

/** The same mention further into the document. */
export function shiftMention(m: PersonMention, by: number): PersonMention {
  return { ...m, start: m.start + by, nameStart: m.nameStart + by, end: m.end + by, surnameStart: m.surnameStart + by, surnameEnd: m.surnameEnd + by };
}

/** "Kozhin's" → "Kozhin", "Sanders'" → "Sanders". */
function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  if (last !== "'" && last !== '\u2019' && last !== 's') return word;
  if (last === 's') return /['\u2019]s$/.test(word) ? word.slice(0, -2) : word;
  return word[word.length - 2] === 's' ? word.slice(0, -1) : word;
}

const CAPITALIZED = /\p{Lu}\p{Ll}[\p{Ll}'\u2019]*(?:-\p{Lu}\p{Ll}+)?/gu;

/** Capitalized words of a block's text (block offsets), candidates for bare surname mentions. */
export function capitalizedWords(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  CAPITALIZED.lastIndex = 0;
  for (let m = CAPITALIZED.exec(text); m; m = CAPITALIZED.exec(text)) {
    // Not inside a word ("McDonald"), a number or a hyphenated compound; checked by hand, as a lookbehind would be tried at every character.
    if (m.index > 0 && /[\p{L}\p{N}'\u2019-]/u.test(text[m.index - 1])) continue;
    out.push({ word: withoutPossessive(m[0]), start: m.index });
  }
  return out;
}

export function isCourtesy(title: string): boolean {
  return title.split(/\s+/).every((w) => COURTESY.has(w));
}
