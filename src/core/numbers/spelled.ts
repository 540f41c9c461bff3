/**
 * Numbers written as words: "forty-five", "two hundred and fifty thousand", "a dozen", plus the
 * multipliers and fractions copy uses for arithmetic ("twice", "three times", "half", "two-thirds").
 * Reads a whole run of number words at a position so one phrase is one value.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words, also after digits ("12 million"). */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
/** Abbreviated scales glued to or right after a figure in business copy ("$3.5bn", "12m", "40k"). */
export const SCALE_SUFFIXES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};
/** Multipliers: a value that relates two quantities ("twice the estimate"). */
export const MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3, double: 2, triple: 3, quadruple: 4 };
/** Fractions used as quantities ("half of the", "a third of", "two-thirds of"). */
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

export interface SpelledNumber {
  amount: number;
  /** Offset just after the last number word. */
  end: number;
  /** The number is a fraction ("two-thirds", "a half"). */
  fraction: boolean;
  /** How many number words were read: "one" alone is often a pronoun, "one hundred" is not. */
  words: number;
}

const WORD = /[A-Za-z]+/y;
const MAX_WORDS = 12;

interface Word {
  word: string;
  start: number;
  end: number;
}

function wordAt(text: string, at: number): Word | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? { word: m[0].toLowerCase(), start: at, end: at + m[0].length } : null;
}

function isCountWord(word: string): boolean {
  return word in UNITS || word in TENS || word in SCALES || word === 'dozen';
}

/** The number words of one phrase from `start`: joined by a space or hyphen, or " and " after "hundred". */
function numberWords(text: string, start: number): Word[] {
  const out: Word[] = [];
  let w = wordAt(text, start);
  if (w && (w.word === 'a' || w.word === 'an')) {
    const next = text[w.end] === ' ' ? wordAt(text, w.end + 1) : null;
    if (!next || !(next.word in SCALES || next.word === 'dozen' || next.word in FRACTIONS)) return [];
    out.push({ ...w, word: 'one' });
    w = next;
  }
  // The longest number phrase is about a dozen words; stopping there keeps a run of "one one one …" linear.
  while (w && out.length < MAX_WORDS && (isCountWord(w.word) || (w.word in FRACTIONS && out.length > 0))) {
    out.push(w);
    if (w.word in FRACTIONS) break;
    const sep = text[w.end];
    if (sep !== ' ' && sep !== '-') break;
    let at = w.end + 1;
    if (w.word === 'hundred' && text.startsWith('and ', at)) at += 4;
    const next = wordAt(text, at);
    if (!next || !(isCountWord(next.word) || next.word in FRACTIONS)) break;
    w = next;
  }
  return out;
}

/** The value of a word sequence, or null when it is not one number ("five six", "thousand"). */
function evaluate(words: Word[]): { amount: number; used: number; fraction: boolean } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let fraction = false;
  let last: 'unit' | 'tens' | 'hundred' | 'scale' | null = null;
  for (const { word } of words) {
    if (word in UNITS) {
      if (last === 'unit' || (last === 'tens' && UNITS[word] >= 10) || (last === 'tens' && UNITS[word] === 0)) break;
      current += UNITS[word];
      last = 'unit';
    } else if (word in TENS) {
      if (last === 'unit' || last === 'tens') break;
      current += TENS[word];
      last = 'tens';
    } else if (word === 'hundred') {
      if (current === 0 || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if (word === 'dozen') {
      if (current === 0) break;
      current *= 12;
      last = 'scale';
    } else if (word in SCALES) {
      if (current === 0) break;
      total += current * SCALES[word];
      current = 0;
      last = 'scale';
    } else if (word in FRACTIONS) {
      if (current === 0 || current >= 10 || total > 0) break;
      current /= FRACTIONS[word];
      fraction = true;
      used++;
      break;
    }
    used++;
  }
  if (used === 0) return null;
  return { amount: total + current, used, fraction };
}

/**
 * The spelled number starting at `start` ("forty-five thousand", "a dozen", "two-thirds"), or null.
 * `a`/`an` counts as one only before a scale, "dozen" or a fraction ("a million", "a third").
 */
export function readSpelled(text: string, start: number): SpelledNumber | null {
  const words = numberWords(text, start);
  const value = evaluate(words);
  if (!value || value.amount === 0) return null;
  return { amount: value.amount, end: words[value.used - 1].end, fraction: value.fraction, words: value.used };
}

/** "half" as a quantity ("half of the", "half a million"). */
export function isHalf(word: string): boolean {
  return word.toLowerCase() === 'half';
}
