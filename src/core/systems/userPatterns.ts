/**
 * User-supplied system names and patterns (`factdesk.extraSystems`, `factdesk.systemPatterns`),
 * compiled so that nothing a user (or a pull request editing `.factdesk.json`) writes can hang or
 * crash the engine:
 * - patterns run on re2js, a port of RE2: matching time is linear in the text whatever the
 *   pattern, so no shape needs guessing about. A pattern RE2 cannot run (lookaround,
 *   backreferences) is refused, and `userPatternProblem` says why so the faces can name it;
 * - names are matched with a trie (nameTrie.ts), not one alternation, and the list is bounded;
 * - at most MAX_MATCHES_PER_BLOCK matches are taken per pattern (and for all names) per block,
 *   and empty matches are skipped, so a pattern that matches everywhere cannot flood the editor.
 */
import type { RE2JS } from 're2js';
import { NameTrie } from './nameTrie';

/**
 * re2js is 330 KB of code: loaded with the first user pattern, so the engine's cold load (and every
 * desk without patterns) does not pay for it.
 */
let re2js: typeof import('re2js') | undefined;
function engine(): typeof RE2JS {
  re2js ??= require('re2js') as typeof import('re2js');
  return re2js.RE2JS;
}

export const MAX_PATTERN_LENGTH = 200;
export const MAX_MATCHES_PER_BLOCK = 100;
/** More names than a desk's style list holds; the trie would cope with more, the settings UI and memory would not. */
export const MAX_EXTRA_SYSTEMS = 5000;
const MAX_SKIPPED_PER_BLOCK = 1000;
/**
 * RE2's guarantee is linear time, but re2js spends microseconds per character: a paragraph longer
 * than this (no real one is) is not searched with user patterns, and a notice says so.
 */
export const MAX_PATTERN_BLOCK = 50_000;

export interface UserMatch {
  start: number;
  end: number;
  /** The configured name for extraSystems; the matched text for patterns. */
  canonical: string;
}

/** Compiled user lexicon for one options value; cached because the options rarely change. */
export interface UserSystems {
  names: NameTrie;
  patterns: UserPattern[];
}

interface UserPattern {
  re: RE2JS;
  /** Text every match contains: a paragraph without it is skipped without running the engine. */
  literal: string;
}

/**
 * The longest run of plain characters that every match of `source` contains, or '' when that is not
 * plain to see: only the top level counts (not groups or classes), a top-level "|" or a
 * case-insensitive flag gives '', and a character made optional by its quantifier ends the run.
 */
export function requiredLiteral(source: string): string {
  if (/\(\?[a-zA-Z]*i|\\[QxpPu0-9]/.test(source)) return '';
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[++i] ?? '';
      if (depth === 0 && /^[^A-Za-z0-9]$/.test(next)) run += next;
      else end();
    } else if (c === '[') {
      end();
      i += source[i + 1] === '^' ? 2 : 1;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      end();
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|') {
      if (depth === 0) return '';
    } else if (c === '?' || c === '*' || c === '+' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      const repeat = c === '{' ? /^\{(\d+)(,\d*)?\}/.exec(source.slice(i))! : null;
      // A character that may occur zero times is not required; one that repeats ends the run after it.
      if (depth === 0 && (c === '?' || c === '*' || repeat?.[1] === '0')) run = run.slice(0, -1);
      end();
      if (repeat) i += repeat[0].length - 1;
      // A lazy or possessive mark after the quantifier.
      if (source[i + 1] === '?') i++;
    } else if (c === '.' || c === '^' || c === '$') {
      end();
    } else if (depth === 0) {
      run += c;
    }
  }
  end();
  return best;
}

function compilePattern(source: string): RE2JS | string {
  if (source.length === 0) return 'is empty';
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    const compiled = engine().compile(source);
    return compiled.test('') ? 'matches empty text, so it would match everywhere' : compiled;
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '').replace(/: `[\s\S]*`$/, '');
    return `cannot run on Factdesk's linear-time engine (${reason}); lookahead, lookbehind and backreferences are not supported`;
  }
}

/** Why a pattern is refused, or null when it will run. */
export function userPatternProblem(source: string): string | null {
  const compiled = compilePattern(source);
  return typeof compiled === 'string' ? compiled : null;
}

/** Why a name is refused, or null when it is used. */
export function extraSystemProblem(name: string): string | null {
  if (name.trim().length === 0) return 'is empty';
  return name.trim().length > MAX_PATTERN_LENGTH ? `is longer than ${MAX_PATTERN_LENGTH} characters` : null;
}

let cached: { key: string; value: UserSystems } | null = null;

/** Settings come from hand-edited JSON: keep only the strings of an array. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function compileUserSystems(extraSystems?: readonly string[], systemPatterns?: readonly string[]): UserSystems {
  const key = JSON.stringify([extraSystems ?? [], systemPatterns ?? []]);
  if (cached && cached.key === key) return cached.value;
  const names = strings(extraSystems)
    .filter((n) => extraSystemProblem(n) === null)
    .slice(0, MAX_EXTRA_SYSTEMS)
    .map((n) => n.trim());
  const value: UserSystems = {
    names: new NameTrie(names),
    patterns: strings(systemPatterns).flatMap((p) => {
      const compiled = compilePattern(p);
      return typeof compiled === 'string' ? [] : [{ re: compiled, literal: requiredLiteral(p) }];
    }),
  };
  cached = { key, value };
  return value;
}

/** Why user patterns found nothing in some paragraphs, for the face to show; none when they ran everywhere. */
export function userPatternNotices(blocks: ReadonlyArray<{ text: string }>, systemPatterns: readonly string[] | undefined): string[] {
  if (!systemPatterns || systemPatterns.length === 0) return [];
  const skipped = blocks.filter((b) => b.text.length > MAX_PATTERN_BLOCK).length;
  if (skipped === 0) return [];
  return [`Your system patterns were not run on ${skipped === 1 ? 'a paragraph' : `${skipped} paragraphs`} over ${MAX_PATTERN_BLOCK} characters long.`];
}

/** Matches of the user's names and patterns in one block, capped per pattern. */
export function findUserSystems(text: string, user: UserSystems): UserMatch[] {
  const found: UserMatch[] = user.names.find(text, MAX_MATCHES_PER_BLOCK).map((m) => ({ start: m.start, end: m.end, canonical: m.name }));
  if (text.length > MAX_PATTERN_BLOCK) return found;
  for (const pattern of user.patterns) {
    if (pattern.literal !== '' && !text.includes(pattern.literal)) continue;
    const matcher = pattern.re.matcher(text);
    let count = 0;
    // Empty (or all-space) matches are skipped, but a pattern that matches nothing else ("x|") would
    // step through every position of a long paragraph: they are bounded too.
    let skipped = 0;
    while (count < MAX_MATCHES_PER_BLOCK && skipped < MAX_SKIPPED_PER_BLOCK && matcher.find()) {
      const whole = matcher.group() ?? '';
      // A pattern may take spaces around the name: the claim covers the name alone.
      const canonical = whole.trim();
      if (canonical === '') {
        skipped++;
        continue;
      }
      const start = matcher.start() + whole.indexOf(canonical);
      found.push({ start, end: start + canonical.length, canonical });
      count++;
    }
  }
  return found;
}
