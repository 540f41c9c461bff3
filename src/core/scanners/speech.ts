/**
 * Quotes and attributions of one block. Quotes and cues are found separately and then tied: a
 * quote's speaker is the attribution next to it (`"…," Kozhin added`, `Lavrov said: "…"`), or the
 * one in its sentence for a partial quote, or the speaker of the quote it continues (`"A," he said.
 * "B."`). Attributions left over are reported speech in their own right. Pronouns and quotes whose
 * speaker is in another paragraph are left to the document pass (refiners/speakers.ts).
 */
import type { Span, Speaker } from '../claims';
import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../scan';
import { firstIndex } from '../sorted';
import { newsroomAnonymity, type AnonymityOptions } from '../speech/anonymity';
import type { Attribution } from '../speech/attribution';
import { findAttributions } from '../speech/cues';
import { attributionFinding, quoteFinding, type QuoteShape } from '../speech/message';
import { headlineAttributions, titleLine, withHeadlineQuotes } from '../speech/headline';
import { findQuotes, type QuoteSpan } from '../speech/quoteMarks';
import { tokenize } from '../speech/tokens';
import { transcriptTurn } from '../speech/transcript';
import { leadInSpeaker } from '../speech/leadIn';
import { splitSentences, type Range } from '../text/sentences';

/** Words between a quote and the attribution that follows it: `," Izvestia cited Kozhin as saying`. */
const MAX_GAP_AFTER = 60;
/** Characters between an attribution and the quote it introduces: `Kozhin said on Friday: "…"`. */
const MAX_GAP_BEFORE = 40;
/** Characters of a reported clause before a one-word partial quote in it: `confirmed that Kyiv is in "fast-track" talks`. */
const MAX_CLAUSE_BEFORE = 120;
/** "that" opening the reported clause, after at most a time phrase: `confirmed on Saturday that`. */
const REPORTED_CLAUSE = /^(?:\s+[\p{L}\p{N}]+){0,3}?\s+that\s/u;

/** A subordinating conjunction between a quote and a cue after it: `"…," when Ruiz blasted him`. */
const SUBORDINATE_AFTER = /^[\s,"\u201D']*(?:when|while|because|before|after|since|until|although|though|if|whereas)\s/i;

/** Index of the first sentence ending after `offset`, else the last (sentences are in order). */
function sentenceIndex(sentences: Range[], offset: number): number {
  return Math.min(firstIndex(sentences.length, (i) => offset < sentences[i].end), sentences.length - 1);
}

/**
 * Whether an offset is inside a quote, in O(log quotes): quotes come in order of their start, and
 * the running maximum of their inner ends says whether any quote starting before the offset
 * reaches past it. (A scan of every quote per attribution made long paragraphs quadratic.)
 */
function insideQuotes(quotes: QuoteSpan[]): (offset: number) => boolean {
  const reach: number[] = [];
  let max = -Infinity;
  for (const q of quotes) reach.push((max = Math.max(max, q.end - (q.closed ? 1 : 0))));
  return (offset) => {
    // Quotes starting before the offset: does any of them reach past it?
    const before = firstIndex(quotes.length, (i) => quotes[i].start >= offset);
    return before > 0 && reach[before - 1] > offset;
  };
}

function attributionStart(a: Attribution): number {
  return Math.min(a.citer?.start ?? a.cueStart, a.cueStart, a.source.start);
}

function attributionEnd(a: Attribution): number {
  return Math.max(a.cueEnd, a.source.end);
}

/**
 * Attributions that can speak a quote: starting between it and the next quote, or ending between
 * the previous quote and it; any other is at an infinite distance. Found by binary search, so a
 * paragraph with many quotes and cues is not quadratic. Indices in block order, which breaks ties.
 */
function candidateIndex(attributions: Attribution[]): (quote: QuoteSpan, nextQuote: number, prevQuote: number) => number[] {
  const byStart = attributions.map((_, i) => i).sort((a, b) => attributionStart(attributions[a]) - attributionStart(attributions[b]) || a - b);
  const byEnd = attributions.map((_, i) => i).sort((a, b) => attributionEnd(attributions[a]) - attributionEnd(attributions[b]) || a - b);
  const startOf = (i: number): number => attributionStart(attributions[i]);
  const endOf = (i: number): number => attributionEnd(attributions[i]);
  return (quote, nextQuote, prevQuote) => {
    const found: number[] = [];
    for (let k = firstIndex(byStart.length, (j) => startOf(byStart[j]) >= quote.end); k < byStart.length && startOf(byStart[k]) < nextQuote; k++) found.push(byStart[k]);
    for (let k = firstIndex(byEnd.length, (j) => endOf(byEnd[j]) >= prevQuote); k < byEnd.length && endOf(byEnd[k]) <= quote.start; k++) found.push(byEnd[k]);
    return found.sort((a, b) => a - b);
  };
}

/** The attribution that speaks this quote, if one stands next to it in the block. */
function speakerOf(quote: QuoteSpan, index: number, quotes: QuoteSpan[], attributions: Attribution[], text: string, sentences: Range[], candidates: ReturnType<typeof candidateIndex>): Attribution | null {
  const nextQuote = quotes[index + 1]?.start ?? text.length;
  const prevQuote = index > 0 ? quotes[index - 1].end : 0;
  const quoteSentences = new Set([sentenceIndex(sentences, quote.start), sentenceIndex(sentences, Math.max(quote.start, quote.end - 1))]);
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  for (const i of candidates(quote, nextQuote, prevQuote)) {
    const a = attributions[i];
    const start = attributionStart(a);
    const end = attributionEnd(a);
    let distance = Infinity;
    if (start >= quote.end && start < nextQuote) {
      const gap = text.slice(quote.end, start);
      // `"…," when Ruiz blasted him`: a cue in a clause of its own after the quote speaks for that clause.
      if (SUBORDINATE_AFTER.test(gap)) continue;
      // A quote that ends its sentence (`…later." She said …`) is not spoken by the next sentence.
      const endsSentence = /[.]["\u201D]?$/.test(text.slice(quote.start, quote.end)) && /^\s+\p{Lu}/u.test(gap + text.slice(start, start + 1)) && !/^\s*(?:said|says)\b/.test(text.slice(quote.end, quote.end + 12));
      if (gap.length <= MAX_GAP_AFTER && !/[.!?]\s/.test(gap) && !endsSentence) distance = gap.length;
    } else if (end <= quote.start && end >= prevQuote) {
      const gap = text.slice(end, quote.start);
      if (/^[\s,:\u2014\u2013-]*(?:that\s*)?$/.test(gap) || (gap.length <= MAX_GAP_BEFORE && !/[.!?]["\u201D]?\s/.test(gap))) distance = gap.length + 1;
      else if (quoteSentences.has(sentenceIndex(sentences, a.cueStart))) distance = 200 + gap.length;
      // `Schiff said. "The other factor …"`: an attribution that ends the sentence before the quote.
      else if (/^[.!?]\s+$/.test(gap)) distance = 400;
    }
    if (a.quoteOnly && distance > MAX_GAP_AFTER) continue;
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Speech, not a quoted term: tied to a cue, a sentence of its own, long, or a clause with its own
 * punctuation. Names, titles and slogans in title case are terms even with a comma inside
 * (`CNN's "State of the Union,"`).
 */
function isSpeech(quote: QuoteSpan, text: string, attribution: Attribution | null): boolean {
  const content = text.slice(quote.contentStart, quote.contentEnd).trim();
  const words = content.replace(/[.?!,;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.length >= 2 && words.length <= 8 && isTitleCase(words)) return false;
  if (!attribution && WORK_BEFORE.test(text.slice(Math.max(0, quote.start - 30), quote.start))) return false;
  if ((attribution && (words.length >= 2 || /[.?!,]$/.test(content) || isPartialQuote(quote, text, attribution))) || words.length >= 8) return true;
  const before = text.slice(0, quote.start).trimEnd();
  // The last character only: an end-anchored regex would scan the whole paragraph for every quote.
  const startsSentence = before === '' || /[.!?:\u2014]/.test(before[before.length - 1]);
  if (startsSentence && words.length >= 3) return true;
  return /[.?!,]$/.test(content) && words.length >= 4;
}

/** A work named just before a quotation, whose title it is: `the documentary, "13th,"`, `her column "Tell your story"`, `a song titled "…"`. */
const WORK_BEFORE = /\b(?:documentary|film|movie|book|novel|memoir|album|song|play|musical|series|show|episode|column|op-ed|essay|commentary|editorial|poem|podcast|titled|entitled)[,]?\s*$/i;

/** Verbs that characterize in the speaker's own word: `calls it "reckless"`, `described the plan as "doomed"`. */
const CHARACTERIZING = /^(?:call|calls|called|calling|dubbed|dubs|labelled|labeled|branded|brands|described|describes)$/i;
/**
 * Verbs of praise and blame a press conference is reported with: a lone quoted word in their object
 * is the speaker's (`highlighted the "relentless" pressing`), inside a paraphrase that is a claim too.
 */
const EVALUATING = /^(?:highlighted|highlights|praised|praises|hailed|commended|lauded|criticised|criticized|recognised|recognized)$/i;

/**
 * A single quoted word that a characterizing verb just before it introduces (`an aide calls it
 * "reckless"`), or that stands in the clause a cue reports (`confirmed that … "fast-track" talks`):
 * the speaker's own word. After other cues a lone word stays a term (`noted possible
 * "irregularities"`), as does anything the writer marks as one ("so-called").
 */
function isPartialQuote(quote: QuoteSpan, text: string, attribution: Attribution): boolean {
  const end = attributionEnd(attribution);
  if (end > quote.start) return false;
  const between = text.slice(end, quote.start);
  if (/[.!?;]/.test(between) || /\bso-called\s*$/i.test(between)) return false;
  // "An official confirmed that the allies are in "fast-track" talks": a word of the speaker's inside the clause they report.
  if (REPORTED_CLAUSE.test(between) && between.length <= MAX_CLAUSE_BEFORE) return true;
  const cue = text.slice(attribution.cueStart, attribution.cueEnd);
  return quote.start - end <= MAX_GAP_BEFORE && (CHARACTERIZING.test(cue) || EVALUATING.test(cue));
}

/** "Battle of the Sentry", "Make America Great Again": names and slogans, not speech. */
function isTitleCase(words: string[]): boolean {
  const significant = words.filter((w) => !/^(?:of|the|a|an|and|or|in|on|for|to|at|by|with)$/i.test(w));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function speakerOfAttribution(a: Attribution): Speaker {
  return { text: a.source.text, start: a.source.start, end: a.source.end, name: a.source.text };
}

function cueOf(a: Attribution, text: string): Span {
  return { text: text.slice(a.cueStart, a.cueEnd), start: a.cueStart, end: a.cueEnd };
}

/** The newsroom's `anonymousPhrases` and `namedSources` have the last word on who is anonymous. */
function withNewsroomAnonymity(a: Attribution, options: AnonymityOptions): Attribution {
  const verdict = newsroomAnonymity(a.source.text, options);
  return verdict === null || verdict === a.source.anonymous ? a : { ...a, source: { ...a.source, anonymous: verdict } };
}

function quoteShape(quote: QuoteSpan, speech: boolean): QuoteShape {
  if (!quote.closed) return quote.runsOff ? 'runs-off' : 'unclosed';
  return speech ? 'speech' : 'term';
}

export const scanSpeech: BlockScanner = (text, context, block) => {
  if (text.length === 0) return [];
  const tokens = tokenize(text);
  const title = titleLine(text, block.kind);
  const marked = title?.headline ? withHeadlineQuotes(findQuotes(text), text) : findQuotes(text);
  // `"WALLACE: Let's start …`: the label speaks the words after it.
  const turn = marked.length > 0 && /^\s*$/.test(text.slice(0, marked[0].start)) ? transcriptTurn(marked[0], tokens, text) : null;
  const quotes = turn ? [turn.quote, ...marked.slice(1)] : marked;
  const sentences = splitSentences(text);
  const inside = insideQuotes(quotes);
  const found = turn ? [turn.attribution, ...findAttributions(tokens, text)] : findAttributions(tokens, text);
  const attributions = (title ? [...found, ...headlineAttributions(tokens, text, quotes, title.headline)].sort((a, b) => attributionStart(a) - attributionStart(b)) : found)
    .filter((a) => !inside(a.cueStart))
    .map((a) => withNewsroomAnonymity(a, context.options));
  const candidates = candidateIndex(attributions);
  const used = new Set<Attribution>();
  /** Attributions that frame a quote of theirs directly; the others also attribute the paraphrase around it. */
  const framing = new Set<Attribution>();
  const drafts: ClaimDraft[] = [];
  let previous: { quote: QuoteSpan; attribution: Attribution | null } | null = null;

  quotes.forEach((quote, index) => {
    // `"A," Ortiz said, "B."`: the second piece belongs to the first one's speaker.
    const interrupted = previous?.attribution && /^\s*,\s*$/.test(text.slice(attributionEnd(previous.attribution), quote.start)) && attributionStart(previous.attribution) >= previous.quote.end;
    let attribution = interrupted && previous ? previous.attribution : speakerOf(quote, index, quotes, attributions, text, sentences, candidates);
    if (!attribution && previous?.attribution && quote.start - previous.quote.end <= MAX_GAP_AFTER + 40) {
      // `"A," he said. "B."`: the second piece continues the first.
      const between = text.slice(previous.quote.end, quote.start);
      if (!/[\u201C"]/.test(between)) attribution = previous.attribution;
    }
    // `Sen. Ana Ruiz, who chairs the panel, blamed the port. "We had no choice."`
    const opens = sentenceIndex(sentences, quote.start);
    if (!attribution && opens > 0 && sentences[opens].start === quote.start) attribution = leadInSpeaker(tokens, text, sentences[opens - 1]);
    const shape = quoteShape(quote, isSpeech(quote, text, attribution));
    const speaker = shape === 'term' || !attribution ? null : speakerOfAttribution(attribution);
    const outlet = shape === 'term' ? null : attribution?.outlet ?? null;
    const finding = quoteFinding({ shape, text: text.slice(quote.start, quote.end), speaker, outlet, origin: 'same-paragraph' });
    drafts.push({ ...finding, start: quote.start, end: quote.end, ...(speaker && attribution ? { speaker, cue: cueOf(attribution, text), outlet } : {}) });
    if (shape === 'term') {
      previous = null;
      return;
    }
    if (attribution) {
      used.add(attribution);
      if (framesQuote(attribution, quote, text)) framing.add(attribution);
    }
    previous = { quote, attribution };
  });

  // One warning per anonymous source: "A senior official told Reuters …, noting that …" is one source.
  const warned = new Set<string>();
  for (const a of attributions) {
    // An anonymous source is warned about even when it speaks a quote: the quote's speaker is still unnamed.
    // A cue whose quotes are only partial, inside a paraphrase ("The ministry said its radar had seen the
    // two "ballistic targets""), is reported too: the paraphrase is a claim of its own.
    const speaksQuote = framing.has(a);
    // A quote-only cue that ends the paragraph on a colon introduces the quote of the next one
    // ("Caddell continued:", "The harbour master described the scene:").
    if (speaksQuote ? !a.source.anonymous : a.quoteOnly && !/^[^.!?"\u201C\u201D]{0,40}:\s*$/.test(text.slice(attributionEnd(a)))) continue;
    if (a.source.anonymous) {
      const key = `${a.source.start}:${a.source.end}`;
      if (warned.has(key)) continue;
      warned.add(key);
    }
    drafts.push(attributionDraft(a, text));
  }
  return drafts;
};

/**
 * Whether the attribution frames this quote (`"…," Kozhin said`, `Kozhin said on Friday: "…"`,
 * `Kozhin said that "…"`, `Kozhin called it "reckless"`), rather than a paraphrase that a partial
 * quote ends or sits in.
 */
function framesQuote(a: Attribution, quote: QuoteSpan, text: string): boolean {
  const start = attributionStart(a);
  // After the quote, speakerOf only ties what stands in the same sentence: `"…," the head of the port, Tom Varga, said`.
  if (start >= quote.end) return true;
  const end = attributionEnd(a);
  if (end > quote.start) return true;
  const gap = text.slice(end, quote.start);
  // `called the deal "fair"`: a characterizing verb frames the words it quotes.
  return wordCount(gap) <= 4 && (/(?:^|[,:\u2014\u2013-]|\bthat)\s*$/.test(gap) || CHARACTERIZING.test(text.slice(a.cueStart, a.cueEnd)));
}

function wordCount(gap: string): number {
  let count = 0;
  for (const piece of gap.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(piece)) count++;
  return count;
}

function attributionDraft(a: Attribution, text: string): ClaimDraft {
  const source = { text: a.source.text, start: a.source.start, end: a.source.end, anonymous: a.source.anonymous };
  const cue = cueOf(a, text);
  const finding = attributionFinding({ source, name: null, cue: cue.text, outlet: a.outlet, namedElsewhere: null });
  return { ...finding, start: attributionStart(a), end: attributionEnd(a), source, cue, outlet: a.outlet };
}
