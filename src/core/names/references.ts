/**
 * name-second-reference (newsroom style, a hint): the full name on first reference, the surname
 * after it. Flags a bare surname before the full name was given, and a full name repeated after it
 * when the draft does use the bare surname. Headings are not checked: headlines use surnames.
 */
import { uniqueFullName, type Cast, type Occurrence } from './cast';
import type { PersonMention } from './people';

export interface ReferenceHint {
  start: number;
  end: number;
  message: string;
  fullName: string;
}

function insideFull(o: Occurrence, fulls: PersonMention[]): boolean {
  return fulls.some((m) => o.start >= m.start && o.start < m.end);
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
  for (const [surname, fulls] of fullsBySurname) {
    const fullName = uniqueFullName(cast, surname);
    if (!fullName) continue;
    fulls.sort((a, b) => a.start - b.start);
    const firstFull = fulls[0];
    const allFull = cast.mentions.filter((m) => m.full && m.surname === surname);
    const bare = (cast.words.get(surname) ?? []).filter((o) => !o.heading && !insideFull(o, allFull));
    const early = bare.find((o) => o.start < firstFull.start);
    if (early) {
      hints.push({ start: early.start, end: early.end, fullName, message: `"${surname}" before the full name "${fullName}" is given: name the person in full on first reference` });
    }
    if (bare.length === 0) continue;
    for (const repeat of fulls.slice(1)) {
      hints.push({ start: repeat.nameStart, end: repeat.surnameEnd, fullName, message: `"${fullName}" named in full again: after the first reference, "${surname}" is enough` });
    }
  }
  return hints;
}
