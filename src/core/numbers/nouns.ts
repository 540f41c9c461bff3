/**
 * The noun a count counts ("40,000 vehicles a day" → vehicle, "six main cables" → main cable) and
 * the noun phrase a sum or share belongs to ("the original estimate of $5 million" → original
 * estimate). Word lists, not a parser: a figure's noun sits right next to it in news copy.
 */

/** Words that end a noun phrase after a figure: function words and the verbs that follow a count. */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'and', 'or', 'but', 'nor', 'as',
  'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'not', 'said', 'say', 'says', 'told', 'per', 'each', 'every', 'ago', 'later',
  'earlier', 'before', 'after', 'more', 'less', 'fewer', 'over', 'under', 'about', 'around', 'so', 'too', 'also', 'when',
  'where', 'while', 'if', 'then', 'there', 'here', 'up', 'down', 'out', 'off', 'all', 'both', 'most', 'some', 'such',
  'only', 'just', 'no', 'still', 'yet', 'now', 'since', 'until', 'during', 'against', 'between', 'among', 'through', 'across',
  'including', 'according', 'last', 'next', 'this', 'what', 'how', 'why', 'we', 'they', 'he', 'she', 'you', 'i', 'me',
  'him', 'them', 'us', 'very', 'again', 'already', 'away', 'back', 'even', 'ever', 'never', 'new', 'times', 'percent',
  'apiece', 'each', 'altogether', 'total', 'overall', 'respectively', 'alone', 'combined', 'instead', 'left', 'remain',
  'remained', 'died', 'killed', 'were', 'come', 'came', 'go', 'went', 'get', 'got', 'make', 'made', 'take', 'took',
  'long', 'high', 'wide', 'deep', 'tall', 'old', 'away', 'apart', 'short', 'thick', 'heavy', 'big', 'large', 'below', 'above',
  'because', 'unless', 'although', 'though', 'whether', 'once', 'whereas', 'till', 'lest',
]);
/** Plural nouns without an -s. */
const IRREGULAR: Record<string, string> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  police: 'police', staff: 'staff', personnel: 'personnel', aircraft: 'aircraft', cattle: 'cattle', sheep: 'sheep',
  fish: 'fish', deer: 'deer', series: 'series', species: 'species', troops: 'troop', data: 'data', media: 'media',
};

function isPlural(word: string): boolean {
  return singular(word) !== word;
}

/** "vehicles" → "vehicle", "cities" → "city", "people" → "person": for comparing mentions, not for display. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w in IRREGULAR) return IRREGULAR[w];
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

const WORD_AFTER = /\s+([A-Za-z][A-Za-z]*(?:['\u2019-][a-z]+)?)/y;
/** Words between a figure and its noun that say "in addition": "20 more years", "three other cases". */
const ADDITIONAL = new Set(['more', 'additional', 'other', 'extra', 'further']);

export interface NounPhrase {
  /** The words as a comparison key, head in the singular: "main cable". */
  key: string;
  head: string;
  end: number;
}

/** `index`: the word's place in the phrase; from the second word on, -ed and -ing forms are verbs ("3 schools opened"). */
function isStop(word: string, index: number): boolean {
  const w = word.toLowerCase();
  if (STOP.has(w)) return true;
  if (/ly$/.test(w) && w !== 'supply' && w !== 'family' && w !== 'ally') return true;
  return index > 0 && !w.includes('-') && /(?:ed|ing)$/.test(w);
}

/**
 * The noun phrase right after `at` (up to three words, lower case), or null when a function word
 * or verb comes first. A capitalized word may open it as a plural ("40 Democrats") or as an
 * adjective before a noun ("11,491 Syrian refugees"); a participle only before a noun ("95 retired
 * generals", not "the two learned of").
 */
export function nounAfter(text: string, at: number, maxWords = 3, verbsFirst = false): NounPhrase | null {
  const words: string[] = [];
  let end = at;
  let pos = at;
  while (words.length < maxWords) {
    WORD_AFTER.lastIndex = pos;
    const m = WORD_AFTER.exec(text);
    if (!m) break;
    const word = m[1];
    const lower = word.toLowerCase();
    const capital = word[0] !== lower[0];
    const next = (): string | null => {
      WORD_AFTER.lastIndex = pos + m[0].length;
      return WORD_AFTER.exec(text)?.[1] ?? null;
    };
    if (capital) {
      if (words.length > 0) break;
      const following = next();
      const adjective = following !== null && following[0] === following[0].toLowerCase() && !isStop(following, 1);
      if (!/^\p{Lu}+s$|[a-z]s$/u.test(word) && !adjective) break;
    }
    if (words.length === 0 && ADDITIONAL.has(lower) && pos === at) {
      const following = next();
      if (following !== null && following[0] === following[0].toLowerCase() && !isStop(following, 1)) {
        pos = end = pos + m[0].length;
        continue;
      }
    }
    if (isStop(word, verbsFirst ? 1 : words.length)) break;
    if (words.length === 0 && /(?:ed|ing)$/.test(lower) && !lower.includes('-')) {
      const following = next();
      if (following === null || following[0] !== following[0].toLowerCase() || isStop(following, 1)) break;
    }
    words.push(lower);
    pos = end = pos + m[0].length;
    // A plural ends the phrase: "five riders paid", "six main cables snapped".
    if (isPlural(lower) || (capital && /s$/.test(word))) break;
  }
  if (words.length === 0) return null;
  const head = singular(words[words.length - 1]);
  return { key: [...words.slice(0, -1), head].join(' '), head, end };
}

/** The whole word before a position ("He" is a word, never its "e"). */
const WORD_BEFORE = /(?<![A-Za-z'-])([A-Za-z][a-z'-]*),?\s+$/;

/**
 * The noun phrase before a linking word that gives its amount ("the original estimate of", "a
 * contract worth", "the bill came to"): up to two words back from `at`, stopping at a function word.
 */
export function nounBefore(text: string, at: number): string | null {
  const words: string[] = [];
  let rest = text.slice(Math.max(0, at - 60), at);
  while (words.length < 2) {
    const m = WORD_BEFORE.exec(rest);
    if (!m || isStop(m[1], 0)) break;
    words.unshift(m[1].toLowerCase());
    rest = rest.slice(0, m.index);
  }
  if (words.length === 0) return null;
  words[words.length - 1] = singular(words[words.length - 1]);
  return words.join(' ');
}
