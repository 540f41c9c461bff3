/**
 * Attribution cues and their sources in one block: "X said", "said X", "X told Y", "according to X",
 * "X cited Y as saying", "X quoted Y as saying". Each cue found becomes an Attribution; the speech
 * scanner then ties quotes to them and reports the rest as attribution claims.
 */
import { CUE_MODIFIERS, QUOTE_ONLY_VERBS, SPEECH_VERBS } from './lexicon';
import { mentionAfter, mentionBefore, type Mention } from './mentions';
import type { Token } from './tokens';

export interface Attribution {
  cueStart: number;
  cueEnd: number;
  source: Mention;
  /** Outlet the statement came through ("Izvestia" in "Izvestia cited Kozhin as saying"). */
  outlet: string | null;
  /** Only trusted next to a quotation. */
  quoteOnly: boolean;
  /** The source follows the cue ("said Kozhin", "according to Lavrov"). */
  inverted: boolean;
}

const SINGLE_WORD_CUES = new Set<string>(SPEECH_VERBS.filter((v) => !v.includes(' ')));
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'arguing', 'writing', 'telling', 'warning', 'denying', 'claiming', 'citing', 'quoting']);
const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const CLOSING_QUOTES = new Set(['"', '\u201D', '\u00BB', "'", '\u2019']);

function lowerAt(tokens: Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].text.toLowerCase() : '';
}

/** Skip back over "also", "has", "later" … between a subject and its cue. */
function subjectEnd(tokens: Token[], cue: number): number {
  let i = cue;
  while (i > 0 && tokens[i - 1].word && CUE_MODIFIERS.has(tokens[i - 1].text) && i > cue - 3) i--;
  return i;
}

export function findAttributions(tokens: Token[], text: string): Attribution[] {
  const found: Attribution[] = [];
  for (let c = 0; c < tokens.length; c++) {
    const token = tokens[c];
    if (!token.word) continue;
    const word = token.text;
    const lowered = word.toLowerCase();
    if (lowered === 'according' && lowerAt(tokens, c + 1) === 'to') {
      const source = mentionAfter(tokens, text, c + 2);
      if (source && !source.pronoun) found.push({ cueStart: token.start, cueEnd: tokens[c + 1].end, source, outlet: source.outlet, quoteOnly: false, inverted: true });
      continue;
    }
    if (!SINGLE_WORD_CUES.has(word)) continue;
    if (lowered === 'cited' || lowered === 'quoted') {
      const secondHand = citedAsSaying(tokens, text, c);
      if (secondHand) {
        found.push(secondHand);
        continue;
      }
    }
    const end = subjectEnd(tokens, c);
    if (PASSIVE.has(lowerAt(tokens, end - 1))) continue;
    const quoteOnly = QUOTE_ONLY_VERBS.has(lowered) || PARTICIPLES.has(lowered);
    const before = end > 0 ? tokens[end - 1] : undefined;
    if (before && !before.word && (before.text === ',' || CLOSING_QUOTES.has(before.text)) && !PARTICIPLES.has(lowered)) {
      // Inversion: `," said Kozhin, a Kremlin aide` — only a name or a description, not "said that".
      const source = mentionAfter(tokens, text, c + 1);
      if (source && !source.pronoun) {
        found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: null, quoteOnly, inverted: true });
        continue;
      }
    }
    if (PARTICIPLES.has(lowered)) continue;
    const source = mentionBefore(tokens, text, end);
    if (!source) continue;
    found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: source.outlet, quoteOnly, inverted: false });
  }
  return found;
}

/** `<outlet> cited <source> as saying` / `<outlet> quoted <source> as saying`. */
function citedAsSaying(tokens: Token[], text: string, c: number): Attribution | null {
  const source = mentionAfter(tokens, text, c + 1);
  if (!source) return null;
  const as = source.last + 1;
  if (lowerAt(tokens, as) !== 'as' || !/^(saying|telling|writing|stating)$/.test(lowerAt(tokens, as + 1))) return null;
  const citer = mentionBefore(tokens, text, subjectEnd(tokens, c));
  const outlet = citer ? citer.outlet ?? (citer.pronoun ? null : citer.text.replace(/^(?:the|The)\s+/, '')) : null;
  return { cueStart: tokens[c].start, cueEnd: tokens[as + 1].end, source, outlet, quoteOnly: false, inverted: true };
}
