/**
 * Systems named by a family or maker word followed by a model ("Pantsir S-1", "Boeing 737 MAX",
 * "Windows 11", "iPhone 15 Pro"), the same models without their maker ("737 MAX", "MAX 9", "Model
 * Y"), and well-known names without a number ("HIMARS", "Iron Dome"), also in the plural when
 * counted ("two Patriots").
 */
import { canonicalDesignation, wordBefore } from './designation';
import { escapeRegExp } from './regex';
import { ACRONYMS_THAT_ARE_WORDS, BOEING_MODEL, COUNT_WORDS_BEFORE, FAMILIES, MODELS_AS_WRITTEN, NAMES, NAMES_NEEDING_HEAD, NICKNAMES, NOT_TYPE_NAMES, TYPE_NOUNS, type Family } from './lexicon';

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
const FAMILY_BY_NAME = new Map(FAMILIES.map((f) => [f.name, f]));
/** Per family, its model right after the family word, with an optional plural "s"; compiled when the family is first met. */
const MODELS = new Map<string, { family: Family; model: RegExp }>();

function modelsOf(name: string): { family: Family; model: RegExp } | undefined {
  let entry = MODELS.get(name);
  const family = entry ? undefined : FAMILY_BY_NAME.get(name);
  if (family) MODELS.set(name, (entry = { family, model: new RegExp(`(?:${family.model})(s?)${EDGE_AFTER}`, 'uy') }));
  return entry;
}

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

/** Between two models of one family written once: "iPhone 6 and 6 Plus", "Leopard 1, 2". */
const AND_ANOTHER = /(?:,| and| or| &)(?=[ -])/y;
/** A number after "and" that counts something else: "Windows 10 and 5 percent", "737 and 12 other jets". */
const A_COUNT_FOLLOWS = /^\s*(?:%|percent|per cent|million|billion|other|more|times|of|people|years?)\b/i;

function canonicalOf(family: Family, mm: RegExpExecArray): string {
  const written = mm[0].slice(0, mm[0].length - mm[1].length).replace(/^[- ]+/, '').replace(/\s+/g, ' ');
  return family.name + family.separator + (family.hyphenate ? canonicalDesignation(written) : spellModel(written));
}

export function findFamilyModels(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  FAMILY_WORD.lastIndex = 0;
  for (let m = FAMILY_WORD.exec(text); m; m = FAMILY_WORD.exec(text)) {
    const entry = modelsOf(m[1]);
    if (!entry) continue;
    const { family, model } = entry;
    model.lastIndex = m.index + m[0].length;
    let mm = model.exec(text);
    if (!mm) continue;
    found.push({ start: m.index, end: mm.index + mm[0].length, canonical: canonicalOf(family, mm), needsHead: false });
    // The family word is not repeated for the next model of a list: "Boeing 737 and 787".
    for (let at = mm.index + mm[0].length; ; at = mm.index + mm[0].length) {
      AND_ANOTHER.lastIndex = at;
      const and = AND_ANOTHER.exec(text);
      if (!and) break;
      model.lastIndex = at + and[0].length;
      const next = model.exec(text);
      if (!next || (!/[A-Za-z]/.test(next[0]) && A_COUNT_FOLLOWS.test(text.slice(next.index + next[0].length, next.index + next[0].length + 12)))) break;
      mm = next;
      const start = mm.index + (mm[0].length - mm[0].replace(/^[- ]+/, '').length);
      found.push({ start, end: mm.index + mm[0].length, canonical: canonicalOf(family, mm), needsHead: false });
    }
    FAMILY_WORD.lastIndex = mm.index + mm[0].length;
  }
  return found;
}

/**
 * Acronym names as some desks write them: in title case ("Himars", "Nasams") and with a lower-case
 * plural ending ("NASAMs"), each mapped to the name. Not for acronyms that are words in title case
 * ("Hawk", "Scalp").
 */
const ACRONYM_SPELLINGS: ReadonlyMap<string, string> = new Map(
  NAMES.filter((n) => /^[A-Z]{4,}$/.test(n) && !ACRONYMS_THAT_ARE_WORDS.has(n)).flatMap((n) => {
    const spellings: [string, string][] = [[n[0] + n.slice(1).toLowerCase(), n]];
    if (n.endsWith('S')) spellings.push([`${n.slice(0, -1)}s`, n]);
    return spellings;
  }),
);

/** Groups: 1 a name, 2 a name that needs a head noun, 3 a plural "s". */
const NAME = new RegExp(`${EDGE_BEFORE}(?:(${alternation([...NAMES, ...ACRONYM_SPELLINGS.keys()])})|(${alternation(NAMES_NEEDING_HEAD)}))(s?)${EDGE_AFTER}`, 'gu');

export function findNames(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const name = m[1] === undefined ? m[2] : ACRONYM_SPELLINGS.get(m[1]) ?? m[1];
    // "HIMARS" is not a plural of "HIMAR"; "Patriots" after a count is Patriot missiles, "the Patriots" a team.
    if (m[3] && /s$/i.test(name)) continue;
    const counted = m[3] !== '' && (COUNT_WORDS_BEFORE.has(wordBefore(text, m.index)) || /\d$/.test(text.slice(Math.max(0, m.index - 2), m.index).trim()));
    found.push({ start: m.index, end: m.index + m[0].length, canonical: name, needsHead: m[2] !== undefined && !counted });
  }
  return found;
}

/**
 * Models written without their maker: Boeing's ("737 MAX", "737-800", "787 Dreamliner"; a bare
 * "737" only before a system noun), "MAX 9" (in capitals, or after "the"/"a"), and the models
 * lexicon.ts keeps as written (MODELS_AS_WRITTEN). Groups: 1 a Boeing model, 2 "MAX n", 3 a model
 * kept as written, 4 a plural "s" ("MAX 9s").
 */
const BARE_MODEL = new RegExp(
  `${NUMBER_EDGE_BEFORE}(?:(${BOEING_MODEL})|((?:MAX|Max) ?(?:10|[7-9]))|(${MODELS_AS_WRITTEN.join('|')}))(s?)(?![\\p{L}\\p{N}_]|[.,]\\d|-\\d)`,
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

/** A ship by its navy's prefix: "USS Gerald R. Ford", "HMS Defender" (not the weekday after it: "USS Cole Tuesday"). */
const SHIP = /\b(?:USS|USNS|HMS|HMCS|HMAS|ROKS) (?:[A-Z][a-z'’]{1,20}|[A-Z]\.)(?: (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][a-z'’]{1,20}|[A-Z]\.)){0,3}/g;

export function findShips(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  SHIP.lastIndex = 0;
  for (let m = SHIP.exec(text); m; m = SHIP.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, canonical: m[0], needsHead: false });
  return found;
}

/** "the Anchor target missile", "NASA's Curiosity rover": 1 the name. Bounded: one word of at most 20 letters. */
const NAMED_BY_TYPE = new RegExp(`(?<=(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|\\p{L}['’]s) )([A-Z][a-z]{2,19})(?= (?:${alternation(TYPE_NOUNS)})${EDGE_AFTER})`, 'gu');
/** A word every type noun contains (a literal search, far cheaper than the lookbehind). */
const TYPE_WORD = /missile|drone|rover|craft|orbiter|lander|elescope|capsule|station|phone|tablet|watch|reader|console|laptop/i;
/** Endings of nationality adjectives ("Iranian", "Chinese", "Israeli", "Turkish", "French"). */
const NATIONALITY = /(?:an|ese|i|sh|ch|ic)$/;

/** Systems a story names by their type: a missile, a target drone, a spacecraft. */
export function findNamedByType(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  // The pattern starts with a lookbehind tried at every position: skip the paragraphs it cannot match.
  if (!TYPE_WORD.test(text)) return found;
  NAMED_BY_TYPE.lastIndex = 0;
  for (let m = NAMED_BY_TYPE.exec(text); m; m = NAMED_BY_TYPE.exec(text)) {
    if (NATIONALITY.test(m[1]) || NOT_TYPE_NAMES.has(m[1])) continue;
    found.push({ start: m.index, end: m.index + m[1].length, canonical: m[1], needsHead: false });
  }
  return found;
}

/**
 * A system's full name spelled out: "the Army Tactical Missile System", "the National Advanced
 * Surface-to-Air Missile System": capitalized words ending in "System" with a weapon word among
 * them (not "the Federal Reserve System" nor "the Global Positioning System"). Bounded: at most
 * six words of at most 20 letters.
 */
const SPELLED_OUT = /(?<![\p{L}\p{N}-])(?:(?:[A-Z][a-z]{1,19}|[A-Z][a-z]{1,19}-to-[A-Z][a-z]{1,19}) ){1,6}Systems?(?![\p{L}\p{N}])(?! (?:Agency|Command|Office|Program|Programme|Center|Centre)\b)/gu;
const WEAPON_WORD = /\b(?:Missile|Rocket|Artillery|Weapons?|Radar|Interceptor|Launcher|Combat|Guided|Defen[cs]e)\b/;
const LEADING_WORDS = /^(?:(?:The|A|An|This|That|Its|Their) )+/;

export function findSpelledOut(text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  if (!text.includes('System')) return found;
  SPELLED_OUT.lastIndex = 0;
  for (let m = SPELLED_OUT.exec(text); m; m = SPELLED_OUT.exec(text)) {
    if (!WEAPON_WORD.test(m[0])) continue;
    const lead = LEADING_WORDS.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(lead);
    if (!name.includes(' ')) continue;
    found.push({ start: m.index + lead, end: m.index + m[0].length, canonical: name, needsHead: false });
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
