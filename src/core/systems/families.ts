/**
 * Systems named by a family or maker word followed by a model ("Pantsir S-1", "Boeing 737 MAX",
 * "Windows 11", "iPhone 15 Pro") and well-known names without a number ("HIMARS", "Iron Dome").
 */
import { canonicalDesignation } from './designation';
import { escapeRegExp } from './regex';
import { FAMILIES, NAMES, NAMES_NEEDING_HEAD, NICKNAMES, type Family } from './lexicon';

export interface LexiconMatch {
  start: number;
  end: number;
  canonical: string;
  /** Counts only when a head noun follows ("Javelin missiles"). */
  needsHead: boolean;
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/** The family word, not followed by a letter (a digit may follow: "iPhone15"). */
const FAMILY_WORD = new RegExp(`${EDGE_BEFORE}(${alternation(FAMILIES.map((f) => f.name))})(?![\\p{L}_])`, 'gu');
/** Per family, its model right after the family word, with an optional plural "s". */
const MODELS = new Map<string, { family: Family; model: RegExp }>(
  FAMILIES.map((f) => [f.name, { family: f, model: new RegExp(`(?:${f.model})(s?)${EDGE_AFTER}`, 'uy') }]),
);

export function findFamilyModels(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  FAMILY_WORD.lastIndex = 0;
  for (let m = FAMILY_WORD.exec(text); m; m = FAMILY_WORD.exec(text)) {
    const entry = MODELS.get(m[1]);
    if (!entry) continue;
    const { family, model } = entry;
    model.lastIndex = m.index + m[0].length;
    const mm = model.exec(text);
    if (!mm) continue;
    const written = mm[0].slice(0, mm[0].length - mm[1].length).replace(/^[- ]+/, '').replace(/\s+/g, ' ');
    const canonicalModel = family.hyphenate ? canonicalDesignation(written) : written;
    found.push({ start: m.index, end: mm.index + mm[0].length, canonical: family.name + family.separator + canonicalModel, needsHead: false });
    FAMILY_WORD.lastIndex = mm.index + mm[0].length;
  }
  return found;
}

const NAME = new RegExp(`${EDGE_BEFORE}(?:(${alternation(NAMES)})|(${alternation(NAMES_NEEDING_HEAD)}))${EDGE_AFTER}`, 'gu');

export function findNames(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, canonical: m[0], needsHead: m[2] !== undefined });
  }
  return found;
}

const NICKNAME = new RegExp(` (${alternation([...new Set(NICKNAMES)])})${EDGE_AFTER}`, 'uy');

/** A popular name right after a designation ("MQ-9 Reaper"), or null. */
export function findNickname(text: string, at: number): { name: string; end: number } | null {
  NICKNAME.lastIndex = at;
  const m = NICKNAME.exec(text);
  return m ? { name: m[1], end: at + m[0].length } : null;
}
