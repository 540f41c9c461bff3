/**
 * Sentence boundaries for news prose. Cheap and conservative: a boundary is `.`, `?` or `!`
 * (optionally followed by closing quotes or brackets) before whitespace and an uppercase letter,
 * digit or opening quote — except after abbreviations and initials that newswire uses constantly
 * ("Mr.", "Sen.", "U.S.", "Jan.", "J.").
 */
export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'rev', 'fr',
  'st', 'sr', 'jr', 'pres', 'supt', 'atty', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'e.g', 'i.e',
  'u.s', 'u.k', 'u.n', 'd.c', 'a.m', 'p.m', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'mass', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'del', 'n.c', 's.c', 'n.y', 'n.j', 'n.h', 'n.m', 'n.d', 's.d', 'w.va', 'r.i', 'ark', 'ala',
]);

function isBoundaryChar(c: string): boolean {
  return c === '.' || c === '?' || c === '!';
}

const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']']);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Range[] {
  const sentences: Range[] = [];
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  const candidates = /[.?!\n]/g;
  candidates.lastIndex = start;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const i = m.index;
    if (i < start) continue;
    if (text[i] === '\n' && text[i + 1] === '\n') {
      // A blank line inside a block (plain text) always ends a sentence.
      pushTrimmed(text, start, i, sentences);
      start = i + 1;
      continue;
    }
    if (text[i] === '\n') continue;
    let end = i + 1;
    while (end < text.length && (isBoundaryChar(text[end]) || CLOSERS.has(text[end]))) end++;
    if (end < text.length && !/\s/.test(text[end])) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next < text.length && !/[A-Z0-9"\u201C\u2018'(\u2014\u2015-]/.test(text[next])) continue;
    if (text[i] === '.' && endsWithAbbreviation(text, i) && next < text.length && !/["\u201C]/.test(text[next])) continue;
    pushTrimmed(text, start, end, sentences);
    start = next;
    candidates.lastIndex = next;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
