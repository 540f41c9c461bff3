/**
 * name-second-reference (newsroom style, a hint): the full name on first reference, the surname
 * after it. Flags a bare surname before the full name was given, and a full name repeated after it
 * when the draft does use the bare surname. Headings are not checked: headlines use surnames.
 */
import { occurrencesOf, uniqueFullName, type Cast } from './cast';
import { MONTHS, type PersonMention } from './people';

export interface ReferenceHint {
  start: number;
  end: number;
  message: string;
  fullName: string;
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
    // A surname that is a month ("Theresa May") cannot be told from the month when it stands alone.
    if (!fullName || MONTHS.has(surname.toLowerCase())) continue;
    fulls.sort((a, b) => a.start - b.start);
    const firstFull = fulls[0];
    const bare = occurrencesOf(cast, surname, 'bare');
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
