/**
 * Quotes and attributions of one block. Quotes and cues are found separately and then tied: a
 * quote's speaker is the attribution next to it (`"…," Kozhin added`, `Lavrov said: "…"`), or the
 * one in its sentence for a partial quote, or the speaker of the quote it continues (`"A," he said.
 * "B."`). Attributions left over are reported speech in their own right. Pronouns and quotes whose
 * speaker is in another paragraph are left to the document pass (refiners/speakers.ts).
 */
import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../scan';
import { findAttributions, type Attribution } from '../speech/cues';
import { findQuotes, type QuoteSpan } from '../speech/quoteMarks';
import { tokenize } from '../speech/tokens';
import { splitSentences, type Range } from '../text/sentences';

/** Words between a quote and the attribution that follows it: `," Izvestia cited Kozhin as saying`. */
const MAX_GAP_AFTER = 60;
/** Characters between an attribution and the quote it introduces: `Kozhin said on Friday: "…"`. */
const MAX_GAP_BEFORE = 40;

/** Index of the first sentence ending after `offset`, else the last (binary search: sentences are in order). */
function sentenceIndex(sentences: Range[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].end) hi = mid;
    else lo = mid + 1;
  }
  return lo < sentences.length ? lo : sentences.length - 1;
}

/** First index in `sorted` (ascending by `key`) whose key is at least `value`. */
function lowerBound(sorted: number[], key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  const starts = quotes.map((q) => q.start);
  return (offset) => {
    // Last quote with start < offset.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > offset;
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
    for (let k = lowerBound(byStart, startOf, quote.end); k < byStart.length && startOf(byStart[k]) < nextQuote; k++) found.push(byStart[k]);
    for (let k = lowerBound(byEnd, endOf, prevQuote); k < byEnd.length && endOf(byEnd[k]) <= quote.start; k++) found.push(byEnd[k]);
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
function isSpeech(quote: QuoteSpan, text: string, attributed: boolean): boolean {
  const content = text.slice(quote.contentStart, quote.contentEnd).trim();
  const words = content.replace(/[.?!,;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.length >= 2 && words.length <= 8 && isTitleCase(words)) return false;
  if ((attributed && (words.length >= 2 || /[.?!,]$/.test(content))) || words.length >= 8) return true;
  const before = text.slice(0, quote.start).trimEnd();
  // The last character only: an end-anchored regex would scan the whole paragraph for every quote.
  const startsSentence = before === '' || /[.!?:\u2014]/.test(before[before.length - 1]);
  if (startsSentence && words.length >= 3) return true;
  return /[.?!,]$/.test(content) && words.length >= 4;
}

/** "Battle of the Sentry", "Make America Great Again": names and slogans, not speech. */
function isTitleCase(words: string[]): boolean {
  const significant = words.filter((w) => !/^(?:of|the|a|an|and|or|in|on|for|to|at|by|with)$/i.test(w));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function speakerName(a: Attribution): string {
  return a.source.text;
}

export const scanSpeech: BlockScanner = (text) => {
  if (text.length === 0) return [];
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const sentences = splitSentences(text);
  const inside = insideQuotes(quotes);
  const attributions = findAttributions(tokens, text).filter((a) => !inside(a.cueStart));
  const candidates = candidateIndex(attributions);
  const used = new Set<Attribution>();
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
    const speech = isSpeech(quote, text, attribution !== null);
    if (!quote.closed) {
      drafts.push({
        code: 'quote-unbalanced',
        start: quote.start,
        end: quote.end,
        message: quote.runsOff ? 'This quotation is not closed in its paragraph.' : 'This quotation mark is never closed.',
        speaker: attribution ? { text: attribution.source.text, start: attribution.source.start, end: attribution.source.end, name: speakerName(attribution) } : null,
        cue: attribution ? { text: text.slice(attribution.cueStart, attribution.cueEnd), start: attribution.cueStart, end: attribution.cueEnd } : null,
        outlet: attribution?.outlet ?? null,
      });
    } else if (!speech) {
      drafts.push({ code: 'quote-term', start: quote.start, end: quote.end, message: `Quoted term ${text.slice(quote.start, quote.end)}: check it is the source's own wording.` });
      previous = null;
      return;
    } else if (attribution) {
      const via = attribution.outlet ? ` via ${attribution.outlet}` : '';
      drafts.push({
        code: 'quote',
        start: quote.start,
        end: quote.end,
        message: `Quote from ${attribution.source.text}${via}: check the exact wording against the source.`,
        speaker: { text: attribution.source.text, start: attribution.source.start, end: attribution.source.end, name: speakerName(attribution) },
        cue: { text: text.slice(attribution.cueStart, attribution.cueEnd), start: attribution.cueStart, end: attribution.cueEnd },
        outlet: attribution.outlet,
      });
    } else {
      drafts.push({ code: 'quote-unattributed', start: quote.start, end: quote.end, message: 'Quote with no speaker: say who said it.' });
    }
    if (attribution) used.add(attribution);
    previous = { quote, attribution };
  });

  for (const a of attributions) {
    // A quote-only cue that ends the paragraph on a colon introduces the quote of the next one ("Caddell continued:").
    if (used.has(a) || (a.quoteOnly && !/^\s*:\s*$/.test(text.slice(attributionEnd(a))))) continue;
    drafts.push(attributionDraft(a, text));
  }
  return drafts;
};

function attributionDraft(a: Attribution, text: string): ClaimDraft {
  const start = attributionStart(a);
  const end = attributionEnd(a);
  const source = { text: a.source.text, start: a.source.start, end: a.source.end, anonymous: a.source.anonymous };
  const cue = { text: text.slice(a.cueStart, a.cueEnd), start: a.cueStart, end: a.cueEnd };
  const via = a.outlet && a.outlet !== a.source.text ? `, through ${a.outlet}` : '';
  if (a.source.anonymous) {
    return { code: 'attribution-anonymous', start, end, source, cue, outlet: a.outlet, message: `Anonymous source "${a.source.text}"${via}: confirm the desk knows who it is.` };
  }
  if (a.outlet) {
    return { code: 'attribution-secondhand', start, end, source, cue, outlet: a.outlet, message: a.outlet === a.source.text ? `Reported by ${a.outlet}: find and link the outlet's original report.` : `"${a.source.text}" known only through ${a.outlet}: find and link the outlet's original report.` };
  }
  return { code: 'attribution', start, end, source, cue, outlet: null, message: `Attributed to ${a.source.text} ("${cue.text}"): check the source said this.` };
}
