/**
 * Everything shown about a match once the alignment is chosen: verbatim or only minor differences
 * (punctuation, case), the word diff, the line and speaker, the source sentence, and the quote
 * rewritten in the source's words for the *Use the source's wording* action.
 */
import { LineIndex } from '../lineIndex';
import type { Alignment } from './align';
import { edgeLengths, stripLeading, stripTrailing, type Word } from './normalize';
import type { QuoteToken } from './quoteTokens';
import type { IndexedText, SourceFile } from './sourceIndex';
import type { DiffPart, MatchStatus, SourceMatch } from './types';

const lineIndexes = new WeakMap<IndexedText, LineIndex>();

function lineOf(index: IndexedText, offset: number): number {
  let lines = lineIndexes.get(index);
  if (!lines) lineIndexes.set(index, (lines = new LineIndex(index.text)));
  return lines.positionAt(offset).line + 1;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A word without the punctuation at its edges: offsets of its letters and digits. */
function core(text: string, word: Word): { start: number; end: number } {
  const { lead, trail } = edgeLengths(text.slice(word.start, word.end));
  return { start: word.start + lead, end: Math.max(word.start + lead, word.end - trail) };
}

/** Same words, written differently? Nested quote marks may change between ' and "; edges and first capitals are free where marked. */
function writtenAlike(token: Extract<QuoteToken, { type: 'word' }>, source: Word): boolean {
  if (token.editorial) return true;
  let q = token.word.folded.replace(/"/g, "'");
  let s = source.folded.replace(/"/g, "'");
  if (token.freeLeft) (q = stripLeading(q)), (s = stripLeading(s));
  if (token.freeRight) (q = stripTrailing(q)), (s = stripTrailing(s));
  if (token.freeCase) (q = q.charAt(0).toLowerCase() + q.slice(1)), (s = s.charAt(0).toLowerCase() + s.slice(1));
  return q === s;
}

function diffOf(quoteText: string, tokens: readonly QuoteToken[], index: IndexedText, alignment: Alignment): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], text: string): void => {
    const shown = stripTrailing(stripLeading(text)) || text;
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.text += ` ${shown}`;
    else parts.push({ type, text: shown });
  };
  const quoteWord = (q: number): string => {
    const t = tokens[q];
    return t.type === 'word' ? t.word.folded : quoteText.slice(t.start, t.end);
  };
  for (const op of alignment.ops) {
    if (op.op === 'same') push('same', quoteWord(op.q));
    else if (op.op === 'changed') push('removed', index.words[op.s].folded), push('added', quoteWord(op.q));
    else if (op.op === 'added') push('added', quoteWord(op.q));
    else if (op.op === 'dropped') push('removed', index.words[op.s].folded);
    else push('same', quoteWord(op.q));
  }
  return removedFirst(parts);
}

/** Within a run of changes, what the source says comes first, then what the quote says instead. */
function removedFirst(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    if (removed.length > 0) out.push({ type: 'removed', text: removed.join(' ') });
    if (added.length > 0) out.push({ type: 'added', text: added.join(' ') });
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.type === 'same') flush(), out.push(part);
    else (part.type === 'removed' ? removed : added).push(part.text);
  }
  flush();
  return out;
}

const SENTENCE_END = /[.!?]["'’”)\]]*$/;
const CONTEXT_WORDS = 40;

/** The source sentence(s) holding words [first, last]: out to a sentence end or the passage edge. */
function contextOf(index: IndexedText, first: number, last: number): string {
  const w = index.words;
  let a = first;
  while (a > 0 && first - a < CONTEXT_WORDS && index.passage[a - 1] === index.passage[first] && !SENTENCE_END.test(w[a - 1].folded)) a--;
  let b = last;
  while (b + 1 < w.length && b - last < CONTEXT_WORDS && index.passage[b + 1] === index.passage[last] && !SENTENCE_END.test(w[b].folded)) b++;
  return collapse(index.masked.slice(w[a].start, w[b].end));
}

/**
 * The quote in the source's words: runs of quote words become the source text they align to; gaps
 * and bracketed insertions, and the quote's own marks and edge punctuation, stay as the draft has them.
 * Offsets are into the quote text. None for a quote over several paragraphs (its layout is the draft's).
 */
function fixOf(quoteText: string, tokens: readonly QuoteToken[], index: IndexedText, alignment: Alignment): SourceMatch['fix'] {
  if (quoteText.includes('\n')) return null;
  const pieces: Array<{ start: number; end: number; text: string }> = [];
  let run: { qFrom: number; qTo: number; sFrom: number; sTo: number } | null = null;
  const flush = (): void => {
    if (!run) return;
    const text = run.sFrom <= run.sTo ? collapse(index.masked.slice(core(index.text, index.words[run.sFrom]).start, core(index.text, index.words[run.sTo]).end)) : '';
    pieces.push({ start: run.qFrom, end: run.qTo, text });
    run = null;
  };
  for (const op of alignment.ops) {
    if (op.op === 'skip') {
      flush();
      continue;
    }
    const t = 'q' in op ? tokens[op.q] : null;
    const span = t && t.type === 'word' ? core(quoteText, t.word) : null;
    const s = 's' in op ? op.s : -1;
    if (!run) run = { qFrom: span?.start ?? -1, qTo: span?.end ?? -1, sFrom: s === -1 ? Infinity : s, sTo: s };
    else {
      if (span) (run.qFrom = run.qFrom === -1 ? span.start : run.qFrom), (run.qTo = span.end);
      if (s !== -1) (run.sFrom = Math.min(run.sFrom, s)), (run.sTo = Math.max(run.sTo, s));
    }
  }
  flush();
  const real = pieces.filter((p) => p.start !== -1);
  if (real.length === 0) return null;
  let out = '';
  for (let i = 0; i < real.length; i++) {
    out += real[i].text;
    if (i + 1 < real.length) out += quoteText.slice(real[i].end, real[i + 1].start);
  }
  return { start: real[0].start, end: real[real.length - 1].end, text: out };
}

export function describeMatch(quoteText: string, tokens: readonly QuoteToken[], file: SourceFile, alignment: Alignment, judged: MatchStatus): SourceMatch {
  const index = file.index;
  let status = judged;
  if (status === 'verbatim') {
    for (const op of alignment.ops) {
      const t = op.op === 'same' ? tokens[op.q] : null;
      if (op.op === 'same' && t?.type === 'word' && !writtenAlike(t, index.words[op.s])) status = 'minor';
    }
  }
  const first = core(index.text, index.words[alignment.first]);
  const last = core(index.text, index.words[alignment.last]);
  return {
    status,
    file: file.path,
    line: lineOf(index, first.start),
    start: first.start,
    end: last.end,
    text: collapse(index.masked.slice(first.start, last.end)),
    speaker: index.speakers[alignment.first],
    diff: status === 'altered' ? diffOf(quoteText, tokens, index, alignment) : [],
    context: contextOf(index, alignment.first, alignment.last),
    fix: status === 'altered' || status === 'minor' ? fixOf(quoteText, tokens, index, alignment) : null,
  };
}
