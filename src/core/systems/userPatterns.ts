/**
 * User-supplied system names and patterns (`factdesk.extraSystems`, `factdesk.systemPatterns`),
 * compiled so that nothing a user types can crash or hang the engine:
 * - a pattern that does not compile is ignored;
 * - a pattern that can backtrack catastrophically is refused before it ever runs: a quantified
 *   group holding a quantifier or an alternation ("(a+)+", "(\w+\s?)*", "(a|a)*"), a
 *   backreference, or a pattern longer than MAX_PATTERN_LENGTH;
 * - at most MAX_UNBOUNDED unbounded (or wide: `{1,5000}`) quantifiers, each rewritten to a
 *   narrow one (`+` → `{1,32}`): a system name is short, and few bounded repetitions keep the remaining
 *   (single-level) backtracking polynomial and small ("\w*\w*\w*x" is refused);
 * - at most MAX_MATCHES_PER_BLOCK matches are taken per pattern and block, and empty matches are
 *   skipped, so a pattern that matches everywhere cannot flood the editor.
 * JavaScript regular expressions cannot be interrupted, so refusing unsafe shapes up front is the
 * only real guard; the rules above are deliberately stricter than needed.
 */

import { escapeRegExp } from './regex';

export const MAX_PATTERN_LENGTH = 200;
export const MAX_MATCHES_PER_BLOCK = 100;
export const MAX_UNBOUNDED = 2;
/** Upper bound that replaces `*`, `+` and `{n,}`. */
const REPEAT_CAP = 32;

export interface UserMatch {
  start: number;
  end: number;
  /** The configured name for extraSystems; the matched text for patterns. */
  canonical: string;
}

interface GroupState {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/**
 * Rewrite unbounded quantifiers to bounded ones and refuse shapes that backtrack badly. Returns
 * the safe source, or null when the pattern is refused. A small tokenizer: it knows escapes,
 * character classes and groups, which is all that decides where a quantifier applies.
 */
export function makeSafePattern(source: string): string | null {
  if (source.length === 0 || source.length > MAX_PATTERN_LENGTH) return null;
  let out = '';
  const groups: GroupState[] = [{ hasQuantifier: false, hasAlternation: false }];
  // What the last atom was: a closed group carries its state, so a quantifier after it can be judged.
  let lastGroup: GroupState | null = null;
  let unbounded = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return null;
      if (/[1-9]/.test(next) || next === 'k') return null; // backreferences
      out += c + next;
      i += 2;
      lastGroup = null;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return null;
      out += source.slice(i, j + 1);
      i = j + 1;
      lastGroup = null;
      continue;
    }
    if (c === '(') {
      groups.push({ hasQuantifier: false, hasAlternation: false });
      // Keep the group's own syntax ("(?:", "(?<name>", "(?=") as written.
      const head = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))![0];
      out += head;
      i += head.length;
      lastGroup = null;
      continue;
    }
    if (c === ')') {
      const closed = groups.pop();
      if (!closed || groups.length === 0) return null;
      const parent = groups[groups.length - 1];
      parent.hasQuantifier ||= closed.hasQuantifier;
      parent.hasAlternation ||= closed.hasAlternation;
      out += c;
      i++;
      lastGroup = closed;
      continue;
    }
    if (c === '|') {
      groups[groups.length - 1].hasAlternation = true;
      out += c;
      i++;
      lastGroup = null;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i));
    if (quantifier) {
      const [whole, min, comma, max] = quantifier;
      const lazy = whole.length > 1 && whole.endsWith('?') && whole !== '?' ? '?' : '';
      const symbol = whole[0];
      const repeats = symbol !== '?' && !(symbol === '{' && comma === undefined && min === '1') && !(symbol === '{' && max === '1');
      if (repeats && lastGroup && (lastGroup.hasQuantifier || lastGroup.hasAlternation)) return null;
      // A wide range ("{1,5000}") backtracks like an unbounded one: it counts as one and is narrowed.
      const wide = comma !== undefined && (max === '' || Number(max) - Number(min) > REPEAT_CAP);
      if (symbol === '*' || symbol === '+' || wide) unbounded++;
      if (unbounded > MAX_UNBOUNDED) return null;
      let bounded: string;
      if (symbol === '*') bounded = `{0,${REPEAT_CAP}}`;
      else if (symbol === '+') bounded = `{1,${REPEAT_CAP}}`;
      else if (symbol === '?') bounded = '?';
      else if (wide) bounded = `{${min},${Number(min) + REPEAT_CAP}}`;
      else bounded = whole.slice(0, whole.length - lazy.length);
      out += bounded + lazy;
      groups[groups.length - 1].hasQuantifier ||= symbol !== '?';
      i += whole.length;
      lastGroup = null;
      continue;
    }
    out += c;
    i++;
    lastGroup = null;
  }
  if (groups.length !== 1) return null;
  return out;
}

/** Compile with the `u` flag when the pattern allows it (for `\p{L}`), else without. */
function compile(source: string): RegExp | null {
  for (const flags of ['gu', 'g']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try the next flags
    }
  }
  return null;
}

/** Compiled user lexicon for one options value; cached because the options rarely change. */
export interface UserSystems {
  names: RegExp | null;
  /** The configured names, in the order of the alternatives in `names`. */
  nameList: string[];
  patterns: RegExp[];
}

let cached: { key: string; value: UserSystems } | null = null;

/** Settings come from hand-edited JSON: keep only the strings of an array. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function compileUserSystems(extraSystems?: readonly string[], systemPatterns?: readonly string[]): UserSystems {
  const key = JSON.stringify([extraSystems ?? [], systemPatterns ?? []]);
  if (cached && cached.key === key) return cached.value;
  const names = [...new Set(strings(extraSystems).map((n) => n.trim()).filter((n) => n.length > 0 && n.length <= MAX_PATTERN_LENGTH))];
  names.sort((a, b) => b.length - a.length);
  // Word edges only where the name itself starts or ends with a word character.
  const alternatives = names.map((n) => {
    const before = /^[\p{L}\p{N}_]/u.test(n) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = /[\p{L}\p{N}_]$/u.test(n) ? 's?(?![\\p{L}\\p{N}_])' : '';
    return before + escapeRegExp(n) + after;
  });
  const value: UserSystems = {
    names: alternatives.length ? new RegExp(alternatives.map((a) => `(${a})`).join('|'), 'gu') : null,
    nameList: names,
    patterns: strings(systemPatterns).flatMap((p) => {
      const safe = makeSafePattern(p);
      const re = safe === null ? null : compile(safe);
      return re ? [re] : [];
    }),
  };
  cached = { key, value };
  return value;
}

/** Matches of the user's names and patterns in one block, capped per pattern. */
export function findUserSystems(text: string, user: UserSystems): UserMatch[] {
  const found: UserMatch[] = [];
  if (user.names) {
    for (const m of capped(user.names, text)) {
      const index = m.slice(1).findIndex((g) => g !== undefined);
      const written = m[index + 1];
      found.push({ start: m.index, end: m.index + written.length, canonical: user.nameList[index] ?? written });
    }
  }
  for (const pattern of user.patterns) {
    for (const m of capped(pattern, text)) {
      // A pattern may take spaces around the name: the claim covers the name alone.
      const canonical = m[0].trim();
      if (canonical === '') continue;
      const start = m.index + m[0].indexOf(canonical);
      found.push({ start, end: start + canonical.length, canonical });
    }
  }
  return found;
}

function* capped(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let count = 0;
  for (let m = re.exec(text); m && count < MAX_MATCHES_PER_BLOCK; m = re.exec(text)) {
    if (m[0].length === 0) {
      // Step over a whole code point: with the `u` flag, a lastIndex inside a surrogate pair is
      // moved back to the pair's start, and a one-unit step would loop forever on an emoji.
      re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    count++;
    yield m;
  }
}
