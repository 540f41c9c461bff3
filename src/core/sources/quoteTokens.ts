/**
 * A quote as the matcher reads it: its words, with the editorial conventions that are faithful by
 * definition made explicit. An ellipsis (`…`, `...`, `. . .`, `[…]`) is a gap that may skip source
 * words within one passage; a bracketed insertion (`[the ministry]`) stands in for a few source words
 * or none; a bracket inside a word (`[T]he`) is the editor's declared change of that word; `(sic)`
 * is not the speaker's and stands for no source word.
 */
import { words, type Word } from './normalize';

export type QuoteToken =
  | { type: 'word'; word: Word; /** a bracket inside the word: the editor changed it, openly */ editorial: boolean; /** first letter's case may differ (quote start, after a gap) */ freeCase: boolean; freeLeft: boolean; freeRight: boolean }
  | { type: 'gap'; start: number; end: number }
  | { type: 'wild'; start: number; end: number; /** how many source words it may stand for */ span: number };

/** Ellipses, bracket groups standing alone, and "(sic)"/"[sic]". Bounded classes: no backtracking blow-up. */
const SPECIAL = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.|[([]sic[)\]]|\[[^\]\n]{1,80}\]/giu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function quoteTokens(text: string): QuoteToken[] {
  const out: QuoteToken[] = [];
  const pushWords = (from: number, to: number): void => {
    for (const word of words(text, from, to)) {
      out.push({ type: 'word', word, editorial: word.folded.includes('['), freeCase: false, freeLeft: false, freeRight: false });
    }
  };
  let cursor = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const body = m[0].toLowerCase();
    const bracketGroup = body.startsWith('[') && !body.includes('…') && !body.includes('.') && body !== '[sic]';
    // "[T]he": a bracket attached to letters is part of the word, not an insertion of its own.
    if (bracketGroup && (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? ''))) continue;
    pushWords(cursor, start);
    cursor = end;
    // "(sic)" stands for no source word; kept as a token so the words beside it have free edges.
    if (body === '(sic)' || body === '[sic]') out.push({ type: 'wild', start, end, span: 0 });
    else if (bracketGroup) out.push({ type: 'wild', start, end, span: words(text, start + 1, end - 1).length + 3 });
    else out.push({ type: 'gap', start, end });
  }
  pushWords(cursor, text.length);
  markEdges(out);
  return out;
}

/** The quote's own edges, and the words beside a gap or insertion, may differ in edge punctuation and first capital. */
function markEdges(tokens: QuoteToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    t.freeLeft = before === undefined || before.type !== 'word';
    t.freeRight = after === undefined || after.type !== 'word';
    t.freeCase = t.freeLeft;
  }
}

export function wordCount(tokens: readonly QuoteToken[]): number {
  let n = 0;
  for (const t of tokens) if (t.type === 'word') n++;
  return n;
}
