/**
 * Speakers across paragraphs, after the block scanners:
 * - a quote that runs off the end of its paragraph and is reopened by the next one is one
 *   multi-paragraph quote, not an unbalanced mark;
 * - a quote paragraph with no speaker of its own takes the speaker of the paragraph it continues
 *   (the last source named there, or the speaker of the quote that continues it);
 * - pronouns take the nearest person named before them, and every speaker gets the fullest name
 *   the draft uses ("Kozhin" → "Vladimir Kozhin");
 * - a role-only source ("a top Kremlin aide") that the draft names elsewhere ("Vladimir Kozhin, an
 *   aide to …") is not anonymous.
 */
import type { BlockMemo } from '../blockMemo';
import type { Speaker } from '../claims';
import type { Block, DocumentModel } from '../document';
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';
import { ANONYMOUS_MARKERS } from '../speech/lexicon';
import { findNameMentions, NameIndex, type NameMention } from '../speech/names';

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
const QUOTE_OPENERS = /^["\u201C\u201E\u00AB\u201D]/;

function blockOf(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isQuote(d: ClaimDraft): boolean {
  return d.code === 'quote' || d.code === 'quote-unattributed' || d.code === 'quote-unbalanced';
}

function speakerOf(d: ClaimDraft): Speaker | null {
  if (d.speaker) return d.speaker;
  if (d.source && !d.source.anonymous) return { text: d.source.text, start: d.source.start, end: d.source.end, name: d.source.text };
  return null;
}

/** Where a quote's speaker was found, which the message tells the fact-checker. */
type QuoteOrigin = 'same-paragraph' | 'continued' | 'previous-paragraph';

function quoteMessage(speaker: Speaker, outlet: string | null, from: QuoteOrigin): string {
  const who = speaker.text.includes(speaker.name) ? speaker.text : `${speaker.name} ("${speaker.text}")`;
  const via = outlet ? ` via ${outlet}` : '';
  if (from === 'previous-paragraph') return `Quote, most likely from ${who}${via} (named in the paragraph before): check the wording and the speaker.`;
  if (from === 'continued') return `Quote from ${who}${via}, continued in the next paragraph: check the exact wording.`;
  return `Quote from ${who}${via}: check the exact wording against the source.`;
}

/** Name mentions block by block, each block's found once per text (a keystroke rescans one block). */
function nameMentions(doc: DocumentModel, memo: BlockMemo | undefined): NameMention[] {
  const all: NameMention[] = [];
  for (const block of doc.blocks) {
    const names = memo ? memo.get('names', block.text, () => new BlockNames(block.text)) : new BlockNames(block.text);
    for (const m of names.at(block.start)) all.push(m);
  }
  return all;
}

/** A block's name mentions, and the same in document offsets for where the block was last seen. */
class BlockNames {
  private readonly found: NameMention[];
  private start = 0;
  private shifted: NameMention[];
  constructor(text: string) {
    this.found = this.shifted = findNameMentions(text);
  }
  at(start: number): readonly NameMention[] {
    if (start !== this.start) {
      this.shifted = this.found.map((m) => ({ ...m, offset: m.offset + start, end: m.end + start }));
      this.start = start;
    }
    return this.shifted;
  }
}

export const resolveSpeakers: DocumentPass = (drafts, doc, context) => {
  if (doc.blocks.length === 0) return drafts;
  const names = new NameIndex(doc.masked, nameMentions(doc, context.memo));
  const byBlock: ClaimDraft[][] = doc.blocks.map(() => []);
  for (const d of drafts) if (d.code.startsWith('quote') || d.code.startsWith('attribution')) byBlock[blockOf(doc.blocks, d.start)].push(d);

  const result = drafts.map((d) => ({ ...d }));
  const index = new Map<ClaimDraft, ClaimDraft>();
  drafts.forEach((d, i) => index.set(d, result[i]));
  const current = (d: ClaimDraft): ClaimDraft => index.get(d) ?? d;
  const origin = new Map<ClaimDraft, QuoteOrigin>();

  // Multi-paragraph quotes: join a run-off quote with the next paragraph's opening quote.
  for (let b = 0; b < byBlock.length - 1; b++) {
    const last = byBlock[b].filter((d) => d.code.startsWith('quote')).pop();
    const next = byBlock[b + 1].find((d) => isQuote(d) && d.start === doc.blocks[b + 1].start);
    if (!last || last.code !== 'quote-unbalanced' || !next || !QUOTE_OPENERS.test(doc.blocks[b + 1].text)) continue;
    const open = current(last);
    const cont = current(next);
    const speaker = open.speaker ?? cont.speaker ?? null;
    open.code = speaker ? 'quote' : 'quote-unattributed';
    open.message = 'Multi-paragraph quote with no speaker: say who said it.';
    if (speaker) {
      origin.set(open, 'continued');
      open.speaker = speaker;
      open.cue = open.cue ?? cont.cue;
      open.outlet = open.outlet ?? cont.outlet;
    }
  }

  // Quotes without a speaker take the last source of the previous paragraph, or the next quote's speaker in a run.
  let lastSpeaker: { speaker: Speaker; cue: ClaimDraft['cue']; outlet: string | null; block: number } | null = null;
  for (let b = 0; b < byBlock.length; b++) {
    for (const original of byBlock[b]) {
      const d = current(original);
      if (d.code === 'quote-unattributed' && lastSpeaker && lastSpeaker.block >= b - 1) {
        d.code = 'quote';
        d.speaker = lastSpeaker.speaker;
        d.cue = lastSpeaker.cue;
        d.outlet = lastSpeaker.outlet;
        origin.set(d, 'previous-paragraph');
      }
      const speaker = speakerOf(d);
      if (speaker) lastSpeaker = { speaker, cue: d.cue ?? null, outlet: d.outlet ?? null, block: b };
    }
  }

  // Names: pronouns to the nearest named person before them; every name to its fullest form.
  let lastNamed: { offset: number; name: string } | null = null;
  const antecedent = (offset: number): string | null => {
    const named = names.nameBefore(offset);
    return (named && (!lastNamed || named.offset > lastNamed.offset) ? named : lastNamed)?.name ?? null;
  };
  for (const d of [...result].sort((a, b) => a.start - b.start)) {
    if (d.speaker) {
      const pronoun = PRONOUN.test(d.speaker.text);
      const resolved: string = (pronoun ? antecedent(d.speaker.start) : names.fullName(d.speaker.text)) ?? d.speaker.text;
      d.speaker = { ...d.speaker, name: resolved };
      if (d.code === 'quote') d.message = quoteMessage(d.speaker, d.outlet ?? null, origin.get(d) ?? 'same-paragraph');
      if (!pronoun) lastNamed = { offset: d.speaker.start, name: resolved };
    } else if (d.source && !d.source.anonymous && !PRONOUN.test(d.source.text)) {
      const name = names.fullName(d.source.text);
      if (name) lastNamed = { offset: d.source.start, name };
    }
    if (d.code === 'attribution-anonymous' && d.source && !ANONYMOUS_MARKERS.some((m) => d.source!.text.toLowerCase().includes(m))) {
      const role = d.source.text.split(/\s+/).pop()?.toLowerCase() ?? '';
      const person = names.personWithRole(role);
      if (person) {
        d.code = d.outlet ? 'attribution-secondhand' : 'attribution';
        d.source = { ...d.source, anonymous: false };
        d.message = d.outlet
          ? `"${d.source.text}" (named elsewhere as ${person.name}) known only through ${d.outlet}: find and link the original report.`
          : `"${d.source.text}" is ${person.name}, named elsewhere in the draft: check the attribution.`;
      }
    }
  }
  return result;
};
