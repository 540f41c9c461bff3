/**
 * The people a draft names, for turning a mention into the fullest name the draft uses:
 * "Kozhin" → "Vladimir Kozhin", "Foreign Minister Sergei Lavrov" → "Sergei Lavrov", and the roles
 * appositives give them ("Vladimir Kozhin, an aide to President Vladimir Putin" → aide).
 */
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PLACE_NAMES } from '../generated/namesAndPlaces';
import type { BlockMemo } from '../blockMemo';
import { firstIndex } from '../sorted';
import { isPersonNoun, SUBJECT_STOP, TITLES } from './lexicon';

export interface NamedPerson {
  name: string;
  /** Role nouns from appositives: "an aide to …" → "aide". */
  roles: Set<string>;
  /** Some mention opens a sentence and a lower-case word (a verb) follows it: "Olena Bondar toured …". */
  subject: boolean;
}

// "Kozhin", "O'Neill", "McCaskill", "DeGuerin", "Smith-Jones".
const NAME_WORD = "\\p{Lu}(?:['\u2019]\\p{Lu})?[\\p{Ll}'\u2019]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?[\\p{Ll}]+)?";
/** Particles inside a name: "Luis van der Berg", "Ana de la Cruz". */
const PARTICLE = '(?:(?:van|von|der|den|de|da|di|du|del|della|la|le|bin|ter|dos|das)[ \\u00A0]+)*';
// Words of one name sit on one line: a heading above a paragraph is not a first name.
const FULL_NAME = new RegExp(`${NAME_WORD}(?:[ \\u00A0]+(?:\\p{Lu}\\.[ \\u00A0]+)?${PARTICLE}${NAME_WORD}){1,3}`, 'gu');
const APPOSITIVE = /^,\s+(?:a|an|the)\s+([^,.;:]{0,80}?)\s*(?:,|\.|;|$| who\b| to\b| for\b| of\b| at\b| in\b| with\b)/;
/** An office in apposition with no article: "Dele Okoro, Minister of Ports," / "Jo Bird, Chief Executive of Acme,". */
const TITLED_APPOSITIVE = /^,\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s*(?:,|\.|;|$| of\b| for\b| to\b| at\b)/u;
/** Person nouns that also count or measure: "Jo Bird most recently ran …" is still a person. */
const QUANTITY_NOUNS = new Set(['most', 'half', 'third', 'majority', 'percent', 'data']);
/** Determiners that open a sentence before a capitalized phrase: "The Rovers" is never a person's name. */
const OPENING_DETERMINERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our']);

/** Last words that make a capitalized phrase a place or an organisation, not a person. */
const NOT_A_PERSON = new Set([
  'Hall', 'House', 'Street', 'Avenue', 'Road', 'Square', 'Park', 'Bridge', 'River', 'City', 'County', 'State', 'Court',
  'Council', 'Committee', 'Department', 'Ministry', 'Office', 'Agency', 'University', 'College', 'School', 'Party',
  'Company', 'Corporation', 'Bank', 'Times', 'Post', 'News', 'Journal', 'Gazette', 'Daily', 'Institute', 'Center',
  'Centre', 'Foundation', 'Association', 'Union', 'Airport', 'Station', 'Church', 'Hospital', 'Service', 'Guard', 'Army',
  'Navy', 'Force', 'Police', 'Senate', 'Congress', 'Parliament', 'Government', 'Administration', 'Republic', 'Kingdom',
  'Islands', 'Mountains', 'Valley', 'Lake', 'Sea', 'Ocean', 'Street', 'Peace', 'Security', 'Affairs', 'Defense', 'Defence',
  'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Safety', 'Health', 'Commission', 'Authority', 'Board',
  'Bureau', 'Inquiry', 'Analysis', 'Group', 'Network', 'Fund', 'Organization', 'Organisation', 'Federation', 'Alliance',
  // Company words: "Apple Inc", "Cerberus Capital", "Delta Air Lines".
  'Inc', 'Corp', 'Ltd', 'Co', 'Capital', 'Holdings', 'Partners', 'Management', 'Investments', 'Ventures', 'Securities',
  'Insurance', 'Airlines', 'Lines', 'Airways', 'Motors', 'Industries', 'Technologies', 'Systems', 'Energy', 'Media',
  'Pharmaceuticals', 'Entertainment', 'Brands', 'Labs', 'Enterprises', 'Associates', 'Trust', 'Exchange', 'Reserve',
]);

const PLACES = new Set(PLACE_NAMES);
const FEMALE = new Set(FEMALE_FIRST_NAMES);
const MALE = new Set(MALE_FIRST_NAMES);

export type Gender = 'female' | 'male';

/** The gender a first name usually has, or null when unknown or used for both. */
export function genderOf(firstName: string): Gender | null {
  const w = firstName.toLowerCase();
  if (FEMALE.has(w) === MALE.has(w)) return null;
  return FEMALE.has(w) ? 'female' : 'male';
}

/** A name whose last word makes it a place or an organisation ("Apple Inc", "Harlow County"), not a person. */
export function isInstitutionName(name: string): boolean {
  return NOT_A_PERSON.has(name.slice(name.lastIndexOf(' ') + 1));
}

/** The gender a full name's first name says, past any words before it ("Former President Bill Clinton" → male). */
export function genderOfName(name: string): Gender | null {
  const words = name.split(' ');
  for (let i = 0; i < words.length - 1; i++) {
    const gender = genderOf(words[i]);
    if (gender || isKnownFirstName(words[i])) return gender;
  }
  return null;
}

/** A first name the name lists know ("Maria", "Sergei"), of either gender. */
export function isKnownFirstName(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE.has(w) || MALE.has(w);
}

/** A country, region or city ("North Korea"), which a pronoun never stands for. */
export function isPlace(name: string): boolean {
  return PLACES.has(name.toLowerCase());
}

/**
 * "Railway Safety" in "Agency for Railway Safety", "Belgian Bureau" in "Belgian Bureau of Inquiry":
 * capitalized words joined to more by "for", "of" or "and" are part of an organisation's name.
 */
function insideOrganisationName(text: string, offset: number, end: number): boolean {
  return /\p{Lu}[\p{L}.]*\s+(?:for|of|on|and|de)\s+$/u.test(text.slice(Math.max(0, offset - 40), offset)) || /^\s+(?:for|of|and)\s+\p{Lu}/u.test(text.slice(end, end + 20));
}

/** Words before the name proper: titles ("Coach", "Foreign Minister") and clause words. */
function titleCount(words: string[]): number {
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i]) || SUBJECT_STOP.has(words[i].toLowerCase()))) i++;
  return i;
}

function stripTitles(words: string[]): string[] {
  return words.slice(titleCount(words));
}

/** One full-name mention: the work NameIndex does per match, which depends on the scanned text only. */
export interface NameMention {
  /** Offsets of the match in the scanned text. */
  offset: number;
  end: number;
  /** The name's words, titles and possessive 's stripped. */
  words: string[];
  /** Role noun of an appositive after the name; undefined when its 120-character window runs past the scanned text. */
  role: string | null | undefined;
  /** Roles the text gives right before the name: its title ("Coach Ana Ruiz"), a role in apposition ("The spokesman, Jane Roe"). */
  rolesBefore: string[];
  /** The name opens a sentence and a lower-case word follows it (absent when not looked at). */
  subject?: boolean;
}

function appositiveRole(text: string, end: number): string | null {
  const after = text.slice(end, end + 120);
  const appositive = APPOSITIVE.exec(after);
  const role = appositive?.[1].trim().split(/\s+/).pop();
  if (role) return role.toLowerCase();
  // Without an article only an office counts ("Paris, France" gives no role).
  const office = TITLED_APPOSITIVE.exec(after)?.[1].split(/\s+/).pop()?.toLowerCase();
  return office && isPersonNoun(office) ? office : null;
}

/** "Okafor, the Brightline chief executive, …": a person's role in apposition right after `end`. */
export function hasPersonAppositive(text: string, end: number): boolean {
  // An appositive opens with a comma: most mentions are ruled out without a slice or a regex.
  if (text.charCodeAt(end) !== 44) return false;
  const role = appositiveRole(text, end);
  return role !== null && isPersonNoun(role);
}

/**
 * The role noun just before a name: in apposition ("The spokesman, Jane Roe," → spokesman) or as a
 * lower-case premodifier ("FC Harlow head coach Ana Ruiz" → coach, "Acme chief executive Jo Bird").
 */
function rolesBeforeName(text: string, offset: number): string[] {
  const before = text.slice(Math.max(0, offset - 60), offset);
  const apposed = /\b(?:the|The|a|A|an|An|its|Its|their|Their)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+),\s+$/u.exec(before);
  if (apposed) return [apposed[1]];
  const premodifier = /(?:^|[\s(])(\p{Ll}+)[ \u00A0]$/u.exec(before);
  if (!premodifier || !isPersonNoun(premodifier[1])) return [];
  // "Rovers head coach Tom Reyes": the role also with the team or body it is held for, so that
  // "the Rovers boss" can name him when another coach is in the story.
  const holder = /(\p{Lu}[\p{L}'\u2019-]*)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+[ \u00A0]$/u.exec(before);
  return holder ? [premodifier[1], qualifiedRole(holder[1], premodifier[1])] : [premodifier[1]];
}

/** A role held for a team or body, as People keeps it: ("Rovers", "coach") → "rovers coach". */
export function qualifiedRole(holder: string, role: string): string {
  return `${holder.replace(/['\u2019]s$/, '').toLowerCase()} ${role}`;
}

/**
 * A block's full-name mentions, found once per block text for a whole Analyzer run: the speaker
 * pass and the names pass both read them (a full check used to scan every block twice).
 */
export function blockNameMentions(text: string, memo: BlockMemo | undefined): NameMention[] {
  return memo ? memo.get('name-mentions', text, () => findNameMentions(text)) : findNameMentions(text);
}

/**
 * Full-name mentions of a text. Names never span lines, so scanning each block alone finds the
 * same mentions as scanning the whole masked document (which is blank between blocks). Not a
 * person: a place ("North Korea"), words of an organisation's name ("Agency for Railway Safety"),
 * a name ending in an institution word ("Kent County Republican"); a headline possessive
 * ("Turkey's Erdogan") names the person after it.
 */
export function findNameMentions(text: string): NameMention[] {
  const found: NameMention[] = [];
  FULL_NAME.lastIndex = 0;
  for (let m = FULL_NAME.exec(text); m; m = FULL_NAME.exec(text)) {
    let all = m[0].split(/\s+/);
    let offset = m.index;
    let possessive = all.length - 2;
    while (possessive >= 0 && !/['\u2019]s$/.test(all[possessive])) possessive--;
    if (possessive !== -1) {
      offset += all.slice(0, possessive + 1).join(' ').length + 1;
      all = all.slice(possessive + 1);
    }
    // "Actually I'm": a sentence adverb and a contraction are not a name.
    if (all.some((w) => /^\p{Lu}\p{Ll}*['\u2019](?:m|re|ve|d|ll|t)$/u.test(w))) continue;
    while (all.length > 2 && /^\p{Lu}\p{Ll}+ly$/u.test(all[0]) && genderOf(all[0]) === null) {
      offset += all[0].length + 1;
      all = all.slice(1);
    }
    // "Harlow Mayor Ana Ruiz": a place or body before a title belongs to the title, not the name.
    let titled = all.length - 3;
    while (titled > 0 && !TITLES.has(all[titled])) titled--;
    if (titled > 0 && !TITLES.has(all[0])) {
      offset += all.slice(0, titled).join(' ').length + 1;
      all = all.slice(titled);
    }
    // "The Rovers boss": a determiner never opens a person's name.
    if (OPENING_DETERMINERS.has(all[0])) {
      offset += all[0].length + 1;
      all = all.slice(1);
    }
    const titles = titleCount(all);
    const words = all.slice(titles).map((w) => w.replace(/['\u2019]s$/, ''));
    if (words.length < 2 || NOT_A_PERSON.has(words[words.length - 1]) || isPlace(words.join(' ')) || insideOrganisationName(text, offset, m.index + m[0].length)) continue;
    const end = m.index + m[0].length;
    // "Harlow Town boss", "Acme Air spokesman": a name right before a role noun is whom the role serves.
    const next = /^[ \u00A0]+(\p{Ll}+)/u.exec(text.slice(end, end + 24));
    if (next && isPersonNoun(next[1]) && !QUANTITY_NOUNS.has(next[1])) continue;
    const rolesBefore = all.slice(0, titles).filter((w) => TITLES.has(w)).map((w) => w.replace(/\.$/, '').toLowerCase());
    rolesBefore.push(...rolesBeforeName(text, offset));
    const subject = /(?:^|[.!?]["\u201D]?\s+)$/.test(text.slice(Math.max(0, offset - 3), offset)) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
    found.push({ offset, end, words, role: end + 120 <= text.length ? appositiveRole(text, end) : undefined, rolesBefore, subject });
  }
  return found;
}

/** A block's name mentions (block offsets) and where the block starts in the document. */
export interface BlockMentions {
  start: number;
  mentions: readonly NameMention[];
}

/**
 * Whether a mention's words name someone more fully than the name kept so far: more words, or as
 * many with a first name the lists know ("Sarah Martin" over "Lockheed Martin").
 */
function fuller(words: readonly string[], kept: readonly string[]): boolean {
  return kept.length < words.length || (kept.length === words.length && !isKnownFirstName(kept[0]) && isKnownFirstName(words[0]));
}

/** What a pronoun needs to know of a name: a place, the gender its first name says, a person (see People.isPerson). */
export interface NameFacts {
  place: boolean;
  gender: Gender | null;
  person: boolean;
}

/**
 * The people a draft names, by surname, with their roles: what the mentions say and in which
 * order, not where they sit, so one People serves every run until a mention changes (an Analyzer
 * keeps it across keystrokes, see `peopleInputs`).
 */
export class People {
  private readonly bySurname = new Map<string, NamedPerson>();
  /** `fullName` answers: speakers repeat, and each answer costs a few regexes. */
  private readonly fullNames = new Map<string, string | null>();
  private byRole: Map<string, NamedPerson | null> | null = null;
  /** `facts` answers: asked for every pronoun's candidates, kept across runs with the people. */
  private readonly factsByName = new Map<string, NameFacts>();

  /** `roles`: each mention's appositive role, in document order (see `mentionRoles`). */
  constructor(blocks: readonly BlockMentions[], roles: readonly (string | null)[]) {
    let k = 0;
    for (const { mentions } of blocks) {
      for (const m of mentions) {
        const words = m.words;
        const surname = words[words.length - 1];
        let person = this.bySurname.get(surname);
        if (!person || fuller(words, person.name.split(' '))) {
          person = { name: words.join(' '), roles: person?.roles ?? new Set(), subject: person?.subject ?? false };
          this.bySurname.set(surname, person);
        }
        if (m.subject) person.subject = true;
        const role = roles[k++];
        if (role) person.roles.add(role);
        for (const r of m.rolesBefore) person.roles.add(r);
      }
    }
  }

  bearing(surname: string): NamedPerson | undefined {
    return this.bySurname.get(surname);
  }

  /** The fullest name for a mention ("Kozhin", "Mr. Barrett", "Foreign Minister Sergei Lavrov"), or null. */
  fullName(mention: string): string | null {
    let name = this.fullNames.get(mention);
    if (name === undefined) this.fullNames.set(mention, (name = this.fullNameOf(mention)));
    return name;
  }

  private fullNameOf(mention: string): string | null {
    const words = stripTitles(mention.replace(/\s*\([^)]*\)\s*$/, '').split(/\s+/)).map((w) => w.replace(/['\u2019]s$/, ''));
    const surname = words[words.length - 1];
    if (!surname || !/^\p{Lu}/u.test(surname)) return null;
    const person = this.bySurname.get(surname);
    if (!person) return words.length >= 1 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.join(' ') : null;
    return person.name.split(' ').length >= words.length ? person.name : words.join(' ');
  }

  /** What a pronoun needs to know of a name (see NameFacts), worked out once per name. */
  facts(name: string): NameFacts {
    let facts = this.factsByName.get(name);
    if (!facts) this.factsByName.set(name, (facts = { place: isPlace(name), gender: genderOfName(name), person: this.isPerson(name) }));
    return facts;
  }

  /**
   * Whether the draft shows that the one it names with this surname is a person, not a company or a
   * place that looks like a name ("Lockheed Martin", "Cerberus Capital"): a first name the name
   * lists know, a title, a role in apposition, or a sentence it opens as the subject ("Olena Bondar
   * toured …"), unless its last word is an institution's ("Apple Inc").
   */
  private isPerson(name: string): boolean {
    const person = this.bySurname.get(name.slice(name.lastIndexOf(' ') + 1));
    return this.hasPersonWords(name) || (person !== undefined && person.subject && !isInstitutionName(person.name));
  }

  /** The stronger part of isPerson: a known first name, a title or a role ("Northwind Air said" may be a company). */
  hasPersonWords(name: string): boolean {
    const words = name.split(' ');
    if (words.length > 1 && isKnownFirstName(words[0])) return true;
    const person = this.bySurname.get(words[words.length - 1]);
    return person !== undefined && (person.roles.size > 0 || isKnownFirstName(person.name.split(' ')[0]));
  }

  /** The one person the draft describes with this role noun, if exactly one. */
  personWithRole(role: string): NamedPerson | null {
    if (!this.byRole) {
      this.byRole = new Map();
      for (const person of this.bySurname.values()) {
        for (const r of person.roles) this.byRole.set(r, this.byRole.has(r) ? null : person);
      }
    }
    return this.byRole.get(role) ?? null;
  }
}

/**
 * Each mention's appositive role in document order. A mention near its block's end has its role
 * read from the whole masked draft, past the block (its 120-character window runs off the block).
 */
export function mentionRoles(masked: string, blocks: readonly BlockMentions[]): (string | null)[] {
  const roles: (string | null)[] = [];
  for (const { start, mentions } of blocks) for (const m of mentions) roles.push(m.role === undefined ? appositiveRole(masked, m.end + start) : m.role);
  return roles;
}

/** People plus where each mention sits, for pronoun antecedents. */
export class NameIndex {
  /** Every full-name mention, in document order: offsets and surnames side by side. */
  private readonly offsets: number[] = [];
  private readonly surnames: string[] = [];

  constructor(
    readonly people: People,
    blocks: readonly BlockMentions[],
  ) {
    for (const { start, mentions } of blocks) {
      for (const m of mentions) {
        this.offsets.push(m.offset + start);
        this.surnames.push(m.words[m.words.length - 1]);
      }
    }
  }

  /** Index a text on its own (no cache). */
  static of(masked: string): NameIndex {
    const blocks = [{ start: 0, mentions: findNameMentions(masked) }];
    return new NameIndex(new People(blocks, mentionRoles(masked, blocks)), blocks);
  }

  fullName(mention: string): string | null {
    return this.people.fullName(mention);
  }

  personWithRole(role: string): NamedPerson | null {
    return this.people.personWithRole(role);
  }

  /**
   * The fullest name of the person named last before `offset`, or null; with a gender ("she"),
   * the last one whose first name does not say otherwise; never a mention (offset, fullest name) `skip` rules out.
   */
  nameBefore(offset: number, gender: Gender | null = null, skip: (offset: number, name: string) => boolean = () => false): { offset: number; name: string } | null {
    // Mentions are in document order: the first one at or after `offset`, then back from there.
    const lo = firstIndex(this.offsets.length, (i) => this.offsets[i] >= offset);
    // A few mentions back at most: an antecedent further away is a guess.
    for (let k = lo - 1; k >= 0 && k >= lo - 6; k--) {
      const person = this.people.bearing(this.surnames[k]);
      if (!person || skip(this.offsets[k], person.name)) continue;
      const other = this.people.facts(person.name).gender;
      if (gender && other && other !== gender) continue;
      return { offset: this.offsets[k], name: person.name };
    }
    return null;
  }

  facts(name: string): NameFacts {
    return this.people.facts(name);
  }
}
