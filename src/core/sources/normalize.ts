/**
 * How a quote and a source are compared word by word. Both sides are cut into words the same way,
 * and each word gets two comparable forms: `norm` (case, quote marks, dashes and all punctuation
 * folded away: equal norms mean "the same word") and `folded` (only typography folded: curly and
 * straight quote marks, dash styles, HTML entities; equal folded forms mean "written the same").
 */

/** One word of a text: `raw === text.slice(start, end)`, UTF-16 offsets. */
export interface Word {
  start: number;
  end: number;
  /** Typography folded (’ → ', — → -, &amp; → &), case and punctuation kept. */
  folded: string;
  /** Lower case, letters and digits only: what "the same word" means. */
  norm: string;
}

const QUOTE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', ndash: '-', mdash: '-', hellip: '...', lt: '<', gt: '>',
};
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[body.toLowerCase()] ?? whole;
}

/** Typography only: quote marks, dashes and HTML entities (sources saved from the web keep them). */
export function foldTypography(text: string): string {
  let out = text.indexOf('&') === -1 ? text : text.replace(ENTITY, decodeEntity);
  out = out.replace(QUOTE_MARKS, "'").replace(DOUBLE_MARKS, '"').replace(DASHES, '-');
  return out;
}

const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/gu;

/** "Don’t," → "dont"; "S-300" → "s300"; "1,000" → "1000". Empty for pure punctuation. */
export function normalizeWord(folded: string): string {
  return folded.toLowerCase().replace(NOT_WORD_CHAR, '');
}

/** ASCII character classes, looked up once per character: a letter or digit, a space, anything else. */
const ALNUM = 1;
const SPACE = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = ALNUM;
  else if (c <= 32 || c === 127) ASCII_CLASS[c] = SPACE;
}

/**
 * Length of the word separator at `i`, or 0: whitespace (a no-break space too, also written `&nbsp;`),
 * and the marks that join words without a space in edited copy: em and en dashes, `--`, ellipses.
 */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (ASCII_CLASS[c] !== 0) return ASCII_CLASS[c] === SPACE ? 1 : 0;
    if (c === 46 /* . */) return text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46 ? 3 : 0;
    if (c === 45 /* - */) return text.charCodeAt(i + 1) === 45 ? 2 : 0;
    if (c === 38 /* & */) return text.startsWith('&nbsp;', i) || text.startsWith('&#160;', i) ? 6 : 0;
    return 0;
  }
  return c === 0xa0 || (c >= 0x2013 && c <= 0x2015) || c === 0x2026 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f ? 1 : 0;
}

/**
 * The words of `text` between `from` and `to`. Markup in a source (HTML tags, subtitle timestamps) is
 * blanked to spaces beforehand, so offsets stay those of the file. Words made only of punctuation are
 * dropped. One pass over the characters; a plain ASCII word with punctuation only at its edges (most
 * words) gets its normal form from one slice, without the folding patterns.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const sep = separatorAt(text, i);
    if (sep > 0) {
      i += sep;
      continue;
    }
    const start = i;
    let plain = true;
    let first = -1;
    let last = -1;
    let innerPunctuation = false;
    while (i < to && separatorAt(text, i) === 0) {
      const c = text.charCodeAt(i);
      if (c >= 128 || c === 38 /* & */) plain = false;
      else if (ASCII_CLASS[c] === ALNUM) {
        if (first === -1) first = i;
        else if (last !== i - 1) innerPunctuation = true;
        last = i;
      }
      i++;
    }
    const end = Math.min(i, to);
    if (!plain) pushWord(out, text, start, end);
    else if (first !== -1) {
      const raw = text.slice(start, end);
      const norm = innerPunctuation ? raw.toLowerCase().replace(ASCII_NOT_WORD, '') : text.slice(first, last + 1).toLowerCase();
      out.push({ start, end, folded: raw, norm });
    }
  }
  return out;
}

const ASCII_NOT_WORD = /[^a-z0-9]+/g;

function pushWord(out: Word[], text: string, start: number, end: number): void {
  const folded = foldTypography(text.slice(start, end));
  const norm = normalizeWord(folded);
  if (norm !== '') out.push({ start, end, folded, norm });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * How many UTF-16 units of punctuation open and close a word ("“We" 1, 0; "now,\"" 0, 2). A loop, not
 * an anchored pattern: `[^…]+$` would rescan a long run of punctuation from every position in it.
 */
export function edgeLengths(word: string): { lead: number; trail: number } {
  let lead = 0;
  while (lead < word.length && !LETTER_OR_DIGIT.test(word[lead])) lead++;
  let trail = 0;
  while (trail < word.length - lead && !LETTER_OR_DIGIT.test(word[word.length - 1 - trail])) trail++;
  return { lead, trail };
}

/** Punctuation at the edges of a folded word that a quote may change freely at its own edges. */
export function stripLeading(folded: string): string {
  return folded.slice(edgeLengths(folded).lead);
}

export function stripTrailing(folded: string): string {
  return folded.slice(0, folded.length - edgeLengths(folded).trail);
}
