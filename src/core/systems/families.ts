/**
 * Systems named by a family or maker word followed by a model ("Pantsir S-1", "Boeing 737 MAX",
 * "Windows 11", "iPhone 15 Pro"), the same models without their maker ("737 MAX", "MAX 9", "Model
 * Y"), and well-known names without a number ("HIMARS", "Iron Dome"), also in the plural when
 * counted ("two Patriots").
 */
import { canonicalDesignation, wordBefore } from './designation';
import { escapeRegExp } from './regex';
import { BOEING_MODEL, COUNT_WORDS_BEFORE, FAMILIES, MISSILE_TYPES, NAMES, NAMES_NEEDING_HEAD, NICKNAMES, NOT_MISSILE_NAMES, type Family } from './lexicon';

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
/** Also not after money or a decimal point: "$737 million", "3.787". */
const NUMBER_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_$£€.,-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/** The family word, not followed by a letter (a digit may follow: "iPhone15"). */
const FAMILY_WORD = new RegExp(`${EDGE_BEFORE}(${alternation(FAMILIES.map((f) => f.name))})(?![\\p{L}_])`, 'gu');
/** Per family, its model right after the family word, with an optional plural "s". */
const MODELS = new Map<string, { family: Family; model: RegExp }>(
  FAMILIES.map((f) => [f.name, { family: f, model: new RegExp(`(?:${f.model})(s?)${EDGE_AFTER}`, 'uy') }]),
);

/** The maker's spelling of a model: "737 Max 8", "737MAX" → "737 MAX 8", "737 MAX". */
function spellModel(model: string): string {
  return model.replace(/(\d) ?(?:MAX|Max)(?: ?(\d+))?$/, (_, digit: string, n: string | undefined) => `${digit} MAX${n ? ` ${n}` : ''}`);
}

/** Makers that copy drops on later mentions, longest first, each followed by a space. */
const MAKER_PREFIX = new RegExp(`^(?:${alternation(FAMILIES.filter((f) => f.maker).map((f) => f.name))})\\s+`);

/** A system as written without its maker: "Boeing 737 MAX" → "737 MAX"; other names unchanged. */
export function withoutMaker(written: string): string {
  return written.replace(MAKER_PREFIX, '');
}

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
    const canonicalModel = family.hyphenate ? canonicalDesignation(written) : spellModel(written);
    found.push({ start: m.index, end: mm.index + mm[0].length, canonical: family.name + family.separator + canonicalModel, needsHead: false });
    FAMILY_WORD.lastIndex = mm.index + mm[0].length;
  }
  return found;
}

/** Groups: 1 a name, 2 a name that needs a head noun, 3 a plural "s". */
const NAME = new RegExp(`${EDGE_BEFORE}(?:(${alternation(NAMES)})|(${alternation(NAMES_NEEDING_HEAD)}))(s?)${EDGE_AFTER}`, 'gu');

export function findNames(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const name = m[1] ?? m[2];
    // "HIMARS" is not a plural of "HIMAR"; "Patriots" after a count is Patriot missiles, "the Patriots" a team.
    if (m[3] && /s$/i.test(name)) continue;
    const counted = m[3] !== '' && COUNT_WORDS_BEFORE.has(wordBefore(text, m.index)) || /\d$/.test(text.slice(Math.max(0, m.index - 2), m.index).trim());
    found.push({ start: m.index, end: m.index + m[0].length, canonical: name, needsHead: m[2] !== undefined && !counted });
  }
  return found;
}

/**
 * Models written without their maker: Boeing's ("737 MAX", "737-800", "787 Dreamliner"; a bare
 * "737" only before a system noun), "MAX 9" (in capitals, or after "the"/"a"), Tesla's "Model Y".
 * Groups: 1 a Boeing model, 2 "MAX n", 3 another model kept as written, 4 a plural "s" ("MAX 9s"): Tesla's "Model Y", Airbus
 * variants ("A350-1000", "A220-300"), Comac's "C919", Nvidia's chips ("H100", "B200", not "B-200"),
 * Apple's chips before a chip word ("M1 chip", "A8 processor"; "A14 Bionic" is a product name).
 */
const BARE_MODEL = new RegExp(
  `${NUMBER_EDGE_BEFORE}(?:(${BOEING_MODEL})|((?:MAX|Max) ?(?:10|[7-9]))|(Model [3SXY]|A[23]\\d0-\\d{3,4}(?:neo)?|C9[12]9|GB200|[HBA]100|[HB]200|H[28]00|H20|(?:M[1-9]|A(?:[4-9]|1\\d)X?)(?= (?:chips?|processors?)\\b)|M[1-9] (?:Pro|Max|Ultra)))(s?)(?![\\p{L}\\p{N}_]|[.,]\\d|-\\d)`,
  'gu',
);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

export function findBareModels(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  BARE_MODEL.lastIndex = 0;
  for (let m = BARE_MODEL.exec(text); m; m = BARE_MODEL.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) {
      // A bare "737" is a count as often as a jet ("delivered 737 jets"): only "the/their 737 jets".
      const bare = /^\d{3}$/.test(m[1]);
      if (bare && !ARTICLES.has(wordBefore(text, m.index))) continue;
      found.push({ start: m.index, end, canonical: spellModel(m[1]), needsHead: bare });
    } else if (m[2] !== undefined) {
      if (m[2].startsWith('Max') && !ARTICLES.has(wordBefore(text, m.index))) continue; // "Max 9" may be a name and a number
      found.push({ start: m.index, end, canonical: `737 ${spellModel(`7${m[2]}`).slice(2)}`, needsHead: false });
    } else {
      found.push({ start: m.index, end, canonical: m[3], needsHead: false });
    }
  }
  return found;
}

/** "the Anchor target missile": 1 the name. Bounded: one word of at most 20 letters. */
const NAMED_MISSILE = new RegExp(`(?<=\\b(?:the|a|an|its|their) )([A-Z][a-z]{2,19})(?= (?:${alternation(MISSILE_TYPES)})${EDGE_AFTER})`, 'gu');
/** Endings of nationality adjectives ("Iranian", "Chinese", "Israeli", "Turkish", "French"). */
const NATIONALITY = /(?:an|ese|i|sh|ch|ic)$/;

export function findNamedMissiles(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  // The pattern starts with a lookbehind tried at every position: skip the paragraphs it cannot match.
  if (text.indexOf(' missile') === -1 && text.indexOf(' drone') === -1) return found;
  NAMED_MISSILE.lastIndex = 0;
  for (let m = NAMED_MISSILE.exec(text); m; m = NAMED_MISSILE.exec(text)) {
    if (NATIONALITY.test(m[1]) || NOT_MISSILE_NAMES.has(m[1])) continue;
    found.push({ start: m.index, end: m.index + m[1].length, canonical: m[1], needsHead: false });
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
