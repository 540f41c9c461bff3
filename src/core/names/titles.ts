/**
 * title-inconsistent: a person whose title changes within a draft. Titles are compared as sets of
 * title words with abbreviations spelled out ("Sen." = "Senator"); a title that only drops words
 * ("Minister Lavrov" after "Foreign Minister Sergei Lavrov") is a shortening, but adding or dropping
 * a rank word ("Deputy", "Vice", "Acting") or changing the office is a different title.
 */
import type { PersonMention } from './people';
import { isCourtesy } from './people';
import { uniqueFullName, type Cast } from './cast';
import { TITLES } from '../speech/lexicon';

const ABBREVIATIONS: Record<string, string> = {
  'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Gen.': 'General', 'Lt.': 'Lieutenant', 'Col.': 'Colonel',
  'Maj.': 'Major', 'Capt.': 'Captain', 'Sgt.': 'Sergeant', Sgt: 'Sergeant', 'Adm.': 'Admiral', 'Rev.': 'Reverend', 'Prof.': 'Professor',
  'Del.': 'Delegate', 'Cpl.': 'Corporal', 'Pvt.': 'Private', Congressman: 'Representative', Congresswoman: 'Representative',
};
const RANKS = new Set(['Deputy', 'Vice', 'Assistant', 'Acting', 'Lieutenant', 'Under', 'Associate', 'Interim']);

function titleWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.split(/\s+/)) {
    const word = ABBREVIATIONS[w] ?? w;
    if (TITLES.has(w) || word !== w) out.add(word);
  }
  return out;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Why two titles of one person disagree, or null when they agree. */
export function titleChange(first: string, later: string): string | null {
  const a = titleWords(first);
  const b = titleWords(later);
  if (a.size === 0 || b.size === 0) return null;
  if (subset(a, b) || subset(b, a)) {
    const diff = [...a, ...b].filter((w) => !(a.has(w) && b.has(w)));
    const rank = diff.find((w) => RANKS.has(w));
    return rank ? `"${rank}" ${b.has(rank) ? 'added' : 'dropped'}` : null;
  }
  return 'a different title';
}

export interface TitleProblem {
  mention: PersonMention;
  first: PersonMention;
  reason: string;
  name: string;
}

/** The office a title names, its rank words left out: "Deputy Foreign Minister" → Foreign, Minister. */
function office(title: string): string[] {
  return [...titleWords(title)].filter((w) => !RANKS.has(w));
}

/**
 * Who a "Title Surname" mention is when two people in the draft share the surname ("Secretary
 * Brandt" with Olu Brandt, the secretary, and Mia Brandt, the candidate): the one person whose
 * first title names the same office.
 */
function titledPerson(cast: Cast, m: PersonMention, firstTitled: Map<string, PersonMention>): string | null {
  const firsts = cast.firstNames.get(m.surname);
  if (!firsts || firsts.size < 2) return null;
  const words = office(m.title);
  const holders = [...firsts].map((f) => `${f} ${m.surname}`).filter((name) => {
    const first = firstTitled.get(name);
    return first !== undefined && office(first.title).some((w) => words.includes(w));
  });
  return holders.length === 1 ? holders[0] : null;
}

export function titleProblems(cast: Cast): TitleProblem[] {
  const firstTitled = new Map<string, PersonMention>();
  const problems: TitleProblem[] = [];
  for (const m of cast.mentions.slice().sort((x, y) => x.start - y.start)) {
    if (!m.title || isCourtesy(m.title)) continue;
    const name = m.full ? `${m.first} ${m.surname}` : uniqueFullName(cast, m.surname) ?? titledPerson(cast, m, firstTitled);
    if (!name) continue;
    const first = firstTitled.get(name);
    if (!first) {
      firstTitled.set(name, m);
      continue;
    }
    const reason = titleChange(first.title, m.title);
    if (reason) problems.push({ mention: m, first, reason, name });
  }
  return problems;
}
