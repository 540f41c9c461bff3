/**
 * Headlines attribute without verbs of saying, and quote with marks body copy uses for other things:
 * - a source and a colon opening it: "Harlow Mayor: Port Will Reopen", "Poll: Voters Tire of Tolls";
 * - a dash and the source closing it: "Border Drones Were Part of a Test – Defence Ministry";
 * - the subject of the clause that quotes: "Acme backs decision ‘out of caution’" (Acme);
 * - straight single marks as quotation marks ('Training Flights'), which in body copy are apostrophes.
 */
import type { BlockKind } from '../document';
import type { Attribution } from './attribution';
import { mentionAfter } from './mentions';
import type { QuoteSpan } from './quoteMarks';
import { isCapitalized, type Token } from './tokens';

const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 250;
/** Words after a title's "Source:" for it to be a claim, not a label and its value ("Location: Harlow Port"). */
const MIN_CLAIM_WORDS = 3;
/** Section labels and formats that open headlines with a colon but speak for no one. */
const LABELS = new Set([
  'update', 'updated', 'exclusive', 'analysis', 'watch', 'breaking', 'live', 'opinion', 'editorial', 'explainer', 'factbox',
  'timeline', 'video', 'photos', 'review', 'correction', 'factcheck', 'fact', 'check', 'interview', 'podcast', 'quiz', 'recap',
  'preview', 'column', 'commentary', 'letters', 'obituary', 'profile', 'feature', 'wrapup', 'snapshot', 'graphic', 'report',
  'latest', 'note', "editor's note", 'sponsored', 'advertisement', 'photo', 'watch live', 'breaking news', 'fact check',
]);
const DASHES = new Set(['\u2013', '\u2014', '-']);
/** Words that open the part of a heading after a dash when it names a section, not a source. */
const SECTION_WORDS = new Set(['Part', 'Chapter', 'Episode', 'Section', 'Day', 'Week', 'Round', 'Live', 'Updates', 'Update', 'Review', 'Analysis', 'Opinion', 'Explainer', 'Video', 'Photos', 'Podcast', 'Guide', 'Recap', 'Report', 'The']);
const OPENING_QUOTES = new Set(['"', '\u201C', '\u2018', "'"]);

/**
 * A block of one short line: a heading, a title line in plain text, or (`headline`, when it is also
 * not ended as a sentence is) one that quotes with headline marks. Some feeds end titles with a full
 * stop, so a title's opening "Source:" is read on any short line.
 */
export function titleLine(text: string, kind: BlockKind): { headline: boolean } | null {
  if (kind === 'heading') return { headline: true };
  // "Price: $5" and "Pros: Cheap, fast" in a list are labels, not titles.
  if (kind === 'list-item') return null;
  // A title is short: a long paragraph is never split into words here.
  if (text.length > MAX_HEADLINE_CHARS) return null;
  const line = text.trim();
  if (line === '' || line.includes('\n') || line.split(/\s+/).length > MAX_HEADLINE_WORDS) return null;
  return { headline: !/[.!?:;,]["'\u201D\u2019)]*$/.test(line) };
}

/** 'Two words' or more between straight single marks, not an apostrophe ("Trump's", "rock 'n' roll"). */
const STRAIGHT_SINGLE = /(?<![\p{L}\p{N}])'([\p{L}\p{N}][^'\n]{0,80}?\s[^'\n]{0,80}?[^\s'])'(?![\p{L}\p{N}])/gu;

/** A headline's quotes: the body-copy ones, and spans between straight single marks when it has no other. */
export function withHeadlineQuotes(quotes: QuoteSpan[], text: string): QuoteSpan[] {
  if (quotes.length > 0 || !text.includes("'")) return quotes;
  const found: QuoteSpan[] = [];
  STRAIGHT_SINGLE.lastIndex = 0;
  for (let m = STRAIGHT_SINGLE.exec(text); m; m = STRAIGHT_SINGLE.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, contentStart: m.index + 1, contentEnd: m.index + m[0].length - 1, closed: true, runsOff: false });
  }
  return found;
}

/** Attributions a title line makes by its shape (see the header), in order of where they start. */
export function headlineAttributions(tokens: Token[], text: string, quotes: QuoteSpan[], headline: boolean): Attribution[] {
  const found: Attribution[] = [];
  const opening = openingSource(tokens, text);
  if (opening) found.push(opening);
  const verb = opening ? null : headlineVerb(tokens, text, headline);
  if (verb) found.push(verb);
  if (!headline) return found;
  const closing = closingSource(tokens, text, quotes.length > 0);
  for (const quote of opening || closing || verb ? [] : quotes) {
    const subject = quotingSubject(tokens, text, quote);
    if (subject) found.push(subject);
  }
  if (closing) found.push(closing);
  return found;
}

/** "Pat Harlow: Port Will Reopen": one to three capitalized words, a colon, then a claim of three words or more. */
function openingSource(tokens: Token[], text: string): Attribution | null {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 3 || !tokens.slice(0, colon).every(isCapitalized)) return null;
  if (tokens.slice(colon + 1).filter((t) => t.word).length < MIN_CLAIM_WORDS) return null;
  const next = tokens[colon + 1];
  if (!next || !(isCapitalized(next) || OPENING_QUOTES.has(next.text))) return null;
  if (LABELS.has(text.slice(tokens[0].start, tokens[colon - 1].end).toLowerCase().replace(/^the\s+/, ''))) return null;
  const source = mentionAfter(tokens, text, 0, 'any');
  if (!source || source.pronoun || source.last !== colon - 1) return null;
  return { cueStart: tokens[colon].start, cueEnd: tokens[colon].end, source, outlet: source.outlet, quoteOnly: false, inverted: false };
}

/** Reporting verbs in a headline's present tense, base forms for plural subjects ("Lawmakers Rip …"). */
const HEADLINE_VERBS = new Set([
  'says', 'say', 'tells', 'calls', 'call', 'urges', 'urge', 'warns', 'warn', 'vows', 'vow', 'pledges', 'promises', 'slams', 'slam',
  'blasts', 'blast', 'rips', 'rip', 'accuses', 'accuse', 'praises', 'denies', 'deny', 'claims', 'admits', 'shows', 'show', 'asks',
  'demands', 'demand', 'suggests', 'insists', 'argues', 'argue', 'questions', 'defends', 'criticizes', 'predicts', 'reveals',
  'confirms', 'announces', 'attacks', 'rejects', 'reject',
]);
/** Marks after which a headline's clause starts; not a colon, which follows a label ("Related article: Harbour Chief Calls …" names another story). */
const CLAUSE_MARKS = new Set([',', ';', '\u2013', '\u2014', '|']);

/**
 * "Harbour Chief Calls Pier Plan 'A Folly'", "New Poll Shows Tie", "Lawmaker urges retaliation": a
 * reporting verb after the one to five capitalized words that open the headline or a clause of it.
 * In title case the verb list is what tells the subject from the verb; feeds that end titles with a
 * full stop still write them in title case.
 */
function headlineVerb(tokens: Token[], text: string, headline: boolean): Attribution | null {
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === ':') return null;
    if (CLAUSE_MARKS.has(tokens[i].text)) clause = i + 1;
    // On a title line that ends as a sentence, a lower-case verb is the sentence scanner's to read.
    else if (i > clause && i - clause <= 5 && HEADLINE_VERBS.has(tokens[i].lower) && (headline || isCapitalized(tokens[i])) && tokens.slice(clause, i).every(isCapitalized)) {
      const source = mentionAfter(tokens, text, clause, 'any');
      if (!source || source.pronoun) return null;
      const subject = { ...source, last: i - 1, end: tokens[i - 1].end, text: text.slice(source.start, tokens[i - 1].end) };
      return { cueStart: tokens[i].start, cueEnd: tokens[i].end, source: subject, outlet: source.outlet, quoteOnly: false, inverted: false };
    }
  }
  return null;
}

/**
 * "… Were Part of a Test – Defence Ministry": a spaced dash and one to four capitalized words ending
 * a line that quotes or says something (four words or more before the dash), not a section heading
 * ("Chapter 1 – The Harbour", "Budget Guide – Part One").
 */
function closingSource(tokens: Token[], text: string, quotes: boolean): Attribution | null {
  let dash = tokens.length - 2;
  while (dash > 0 && tokens.length - 1 - dash <= 4 && isCapitalized(tokens[dash])) dash--;
  const mark = tokens[dash];
  if (!mark || dash === tokens.length - 1 || !DASHES.has(mark.text) || text[mark.start - 1] !== ' ') return null;
  if (!quotes && tokens.slice(0, dash).filter((t) => t.word).length < MIN_CLAIM_WORDS + 1) return null;
  if (SECTION_WORDS.has(tokens[dash + 1].text)) return null;
  const source = mentionAfter(tokens, text, dash + 1, 'any');
  if (!source || source.last !== tokens.length - 1) return null;
  return { cueStart: mark.start, cueEnd: mark.end, source, outlet: source.outlet, quoteOnly: false, inverted: true };
}

/**
 * "FAA grounds jets; Acme backs decision ‘…’": the capitalized subject of the clause the quote is
 * in, right before a lower-case verb (in title case nothing tells the subject from the verb).
 */
function quotingSubject(tokens: Token[], text: string, quote: QuoteSpan): Attribution | null {
  let first = tokens.findIndex((t) => t.start >= quote.start);
  if (first === -1) first = tokens.length;
  let clause = first;
  while (clause > 0 && !/^[;:\u2013\u2014|]$/.test(tokens[clause - 1].text)) clause--;
  let verb = clause;
  while (verb < first && isCapitalized(tokens[verb])) verb++;
  if (verb === clause || verb >= first || !tokens[verb].word || !/^\p{Ll}/u.test(tokens[verb].text)) return null;
  const source = mentionAfter(tokens, text, clause, 'any');
  if (!source || source.pronoun || source.last < verb - 1) return null;
  const subject = { ...source, last: verb - 1, end: tokens[verb - 1].end, text: text.slice(source.start, tokens[verb - 1].end) };
  return { cueStart: tokens[verb].start, cueEnd: tokens[verb].end, source: subject, outlet: source.outlet, quoteOnly: true, inverted: false };
}
