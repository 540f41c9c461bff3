/**
 * name-second-reference (newsroom style, a hint): the full name on first reference, the surname
 * after it. Flags a bare surname before the full name was given, and a full name repeated after it
 * when the draft does use the bare surname. Headings are not checked: headlines use surnames.
 */
import { uniqueFullName, type Cast, type Occurrence } from './cast';
import { MONTHS, type PersonMention } from './people';

export interface ReferenceHint {
  start: number;
  end: number;
  message: string;
  fullName: string;
}

/** The first bare occurrence of each of `surnames` in the draft: one pass over the blocks' words. */
function firstBare(cast: Cast, surnames: Map<string, unknown>): Map<string, Occurrence> {
  const first = new Map<string, Occurrence>();
  for (const { start, names } of cast.blocks) {
    for (const [word, w] of names.words) {
      if (w.bare.length === 0 || first.has(word) || !surnames.has(word)) continue;
      first.set(word, { start: start + w.bare[0], end: start + w.bare[0] + word.length });
    }
  }
  return first;
}

export function referenceHints(cast: Cast): ReferenceHint[] {
  const hints: ReferenceHint[] = [];
  const fullsBySurname = new Map<string, PersonMention[]>();
  for (const m of cast.mentions) {
    if (!m.full) continue;
    const list = fullsBySurname.get(m.surname);
    if (list) list.push(m);
    else fullsBySurname.set(m.surname, [m]);
  }
  const bare = firstBare(cast, fullsBySurname);
  for (const [surname, fulls] of fullsBySurname) {
    const fullName = uniqueFullName(cast, surname);
    // A surname that is a month ("Dana March") cannot be told from the month when it stands alone.
    if (!fullName || MONTHS.has(surname.toLowerCase())) continue;
    fulls.sort((a, b) => a.start - b.start);
    const firstFull = fulls[0];
    const early = bare.get(surname);
    if (!early) continue;
    if (early.start < firstFull.start) {
      hints.push({ start: early.start, end: early.end, fullName, message: `"${surname}" before the full name "${fullName}" is given: name the person in full on first reference` });
    }
    for (const repeat of fulls.slice(1)) {
      hints.push({ start: repeat.nameStart, end: repeat.surnameEnd, fullName, message: `"${fullName}" named in full again: after the first reference, "${surname}" is enough` });
    }
  }
  return hints;
}
