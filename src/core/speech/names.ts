/**
 * The people a draft names, for turning a mention into the fullest name the draft uses:
 * "Kozhin" → "Vladimir Kozhin", "Foreign Minister Sergei Lavrov" → "Sergei Lavrov", and the roles
 * appositives give them ("Vladimir Kozhin, an aide to President Vladimir Putin" → aide).
 */
import { SUBJECT_STOP, TITLES } from './lexicon';

export interface NamedPerson {
  name: string;
  /** Offset of the first mention with this full name. */
  firstSeen: number;
  /** Role nouns from appositives: "an aide to …" → "aide". */
  roles: Set<string>;
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}'\u2019]+(?:-\\p{Lu}?[\\p{Ll}]+)?";
// Words of one name sit on one line: a heading above a paragraph is not a first name.
const FULL_NAME = new RegExp(`${NAME_WORD}(?:[ \\u00A0]+(?:\\p{Lu}\\.[ \\u00A0]+)?${NAME_WORD}){1,3}`, 'gu');
const APPOSITIVE = /^,\s+(?:a|an|the)\s+([^,.;:]{0,80}?)\s*(?:,|\.|;|$| who\b| to\b| for\b| of\b| at\b| in\b| with\b)/;

/** Last words that make a capitalized phrase a place or an organisation, not a person. */
const NOT_A_PERSON = new Set([
  'Hall', 'House', 'Street', 'Avenue', 'Road', 'Square', 'Park', 'Bridge', 'River', 'City', 'County', 'State', 'Court',
  'Council', 'Committee', 'Department', 'Ministry', 'Office', 'Agency', 'University', 'College', 'School', 'Party',
  'Company', 'Corporation', 'Bank', 'Times', 'Post', 'News', 'Journal', 'Gazette', 'Daily', 'Institute', 'Center',
  'Centre', 'Foundation', 'Association', 'Union', 'Airport', 'Station', 'Church', 'Hospital', 'Service', 'Guard', 'Army',
  'Navy', 'Force', 'Police', 'Senate', 'Congress', 'Parliament', 'Government', 'Administration', 'Republic', 'Kingdom',
  'Islands', 'Mountains', 'Valley', 'Lake', 'Sea', 'Ocean', 'Street', 'Peace', 'Security', 'Affairs', 'Defense', 'Defence',
]);

function stripTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i]) || SUBJECT_STOP.has(words[i].toLowerCase()))) i++;
  return words.slice(i);
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
}

function appositiveRole(text: string, end: number): string | null {
  const appositive = APPOSITIVE.exec(text.slice(end, end + 120));
  const role = appositive?.[1].trim().split(/\s+/).pop();
  return role ? role.toLowerCase() : null;
}

/**
 * Full-name mentions of a text. Names never span lines, so scanning each block alone finds the
 * same mentions as scanning the whole masked document (which is blank between blocks).
 */
export function findNameMentions(text: string): NameMention[] {
  const found: NameMention[] = [];
  FULL_NAME.lastIndex = 0;
  for (let m = FULL_NAME.exec(text); m; m = FULL_NAME.exec(text)) {
    const words = stripTitles(m[0].split(/\s+/)).map((w) => w.replace(/['\u2019]s$/, ''));
    if (words.length < 2 || NOT_A_PERSON.has(words[words.length - 1])) continue;
    const end = m.index + m[0].length;
    found.push({ offset: m.index, end, words, role: end + 120 <= text.length ? appositiveRole(text, end) : undefined });
  }
  return found;
}

export class NameIndex {
  private readonly bySurname = new Map<string, NamedPerson>();
  /** Every full-name mention, in document order, for pronoun antecedents. */
  private readonly mentions: { offset: number; surname: string }[] = [];

  /** `found`: the mentions of `masked` in document order, when already known (per block, cached). */
  constructor(masked: string, found: readonly NameMention[] = findNameMentions(masked)) {
    for (const m of found) {
      const words = m.words;
      const name = words.join(' ');
      const surname = words[words.length - 1];
      this.mentions.push({ offset: m.offset, surname });
      let person = this.bySurname.get(surname);
      if (!person || person.name.split(' ').length < words.length) {
        person = { name, firstSeen: m.offset, roles: person?.roles ?? new Set() };
        this.bySurname.set(surname, person);
      }
      const role = m.role === undefined ? appositiveRole(masked, m.end) : m.role;
      if (role) person.roles.add(role);
    }
  }

  /** The fullest name for a mention ("Kozhin", "Mr. Barrett", "Foreign Minister Sergei Lavrov"), or null. */
  fullName(mention: string): string | null {
    const words = stripTitles(mention.replace(/\s*\([^)]*\)\s*$/, '').split(/\s+/)).map((w) => w.replace(/['\u2019]s$/, ''));
    const surname = words[words.length - 1];
    if (!surname || !/^\p{Lu}/u.test(surname)) return null;
    const person = this.bySurname.get(surname);
    if (!person) return words.length >= 1 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.join(' ') : null;
    return person.name.split(' ').length >= words.length ? person.name : words.join(' ');
  }

  /** The fullest name of the person named last before `offset`, or null. */
  nameBefore(offset: number): { offset: number; name: string } | null {
    // Mentions are in document order: binary search for the last one before `offset`.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].offset < offset) lo = mid + 1;
      else hi = mid;
    }
    const found = lo > 0 ? this.mentions[lo - 1] : null;
    const person = found && this.bySurname.get(found.surname);
    return found && person ? { offset: found.offset, name: person.name } : null;
  }

  /** The one person the draft describes with this role noun, if exactly one. */
  personWithRole(role: string): NamedPerson | null {
    let found: NamedPerson | null = null;
    for (const person of this.bySurname.values()) {
      if (!person.roles.has(role)) continue;
      if (found && found !== person) return null;
      found = person;
    }
    return found;
  }
}
