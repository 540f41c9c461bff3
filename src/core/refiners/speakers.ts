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
import { RULES, type Speaker } from '../claims';
import type { Block, DocumentModel } from '../document';
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';
import { lastStartingAt } from '../sorted';
import { newsroomAnonymity } from '../speech/anonymity';
import { ANONYMOUS_MARKERS } from '../speech/lexicon';
import { attributionFinding, quoteFinding, type QuoteOrigin, type QuoteShape } from '../speech/message';
import { keptWording } from '../keptWording';
import { blockNameMentions, hasPersonAppositive, mentionRoles, NameIndex, People, type BlockMentions, type Gender, type NameFacts, type NameMention } from '../speech/names';

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
/** A role named by its article or its organisation ("the head coach", "Brightline's chief executive"); its last word is the role. */
const ROLE_MENTION = /^(?:the|The|\S+['\u2019]s)\s/u;
const QUOTE_OPENERS = /^["\u201C\u201E\u00AB\u201D]/;

function blockOf(blocks: Block[], offset: number): number {
  return Math.max(0, lastStartingAt(blocks, offset));
}

function isQuote(d: ClaimDraft): boolean {
  return RULES[d.code].kind === 'quote' && d.code !== 'quote-term';
}

/** The last quote claim of a block's speech drafts (in block order), without building a list. */
function lastQuote(drafts: ClaimDraft[]): ClaimDraft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) if (RULES[drafts[i].code].kind === 'quote') return drafts[i];
  return undefined;
}

function isSpeech(d: ClaimDraft): boolean {
  const kind = RULES[d.code].kind;
  return kind === 'quote' || kind === 'attribution';
}

function speakerOf(d: ClaimDraft): Speaker | null {
  if (d.speaker) return d.speaker;
  if (d.source && !d.source.anonymous) return { text: d.source.text, start: d.source.start, end: d.source.end, name: d.source.text };
  return null;
}

/**
 * An anonymous source as the speaker of the quote paragraph that follows it ("A senior official
 * described the talks:" then the quote), not hearsay with no one in it ("is said to").
 */
function unnamedSpeakerOf(d: ClaimDraft): Speaker | null {
  if (!d.source?.anonymous || d.source.text === d.cue?.text || !/\p{L}/u.test(d.source.text)) return null;
  return { text: d.source.text, start: d.source.start, end: d.source.end, name: d.source.text };
}

function pronounGender(pronoun: string): Gender | null {
  const p = pronoun.toLowerCase();
  return p === 'she' || p === 'her' ? 'female' : p === 'he' || p === 'him' ? 'male' : null;
}

/** The shape a quote draft was reported with (its code says it), for re-deriving its finding. */
function shapeOf(d: ClaimDraft): QuoteShape {
  if (d.code === 'quote-term') return 'term';
  if (d.code === 'quote-unbalanced') return 'runs-off';
  return 'speech';
}
/** A block's name mentions, and what of them the people index reads, as one comparable string. */
interface BlockNames {
  mentions: NameMention[];
  signature: string;
}

function blockNames(text: string, memo: BlockMemo): BlockNames {
  const mentions = blockNameMentions(text, memo);
  return { mentions, signature: JSON.stringify(mentions.map((m) => [m.words, m.rolesBefore, m.subject])) };
}

/**
 * The draft's name index. Mentions are found once per block text; the people they name are kept
 * across runs until a mention or a role changes, so typing that names no one rebuilds neither.
 */
function nameIndex(doc: DocumentModel, memo: BlockMemo | undefined): NameIndex {
  if (!memo) return NameIndex.of(doc.masked);
  const found = doc.blocks.map((block) => memo.get('names', block.text, () => blockNames(block.text, memo)));
  const blocks: BlockMentions[] = doc.blocks.map((block, i) => ({ start: block.start, mentions: found[i].mentions }));
  const roles = mentionRoles(doc.masked, blocks);
  const people = memo.keep('people', [...found.map((f) => f.signature), ...roles], () => new People(blocks, roles));
  return new NameIndex(people, blocks);
}

export const resolveSpeakers: DocumentPass = (drafts, doc, context) => {
  if (doc.blocks.length === 0) return drafts;
  const names = nameIndex(doc, context.memo);
  const byBlock: ClaimDraft[][] = doc.blocks.map(() => []);
  for (const d of drafts) if (isSpeech(d)) byBlock[blockOf(doc.blocks, d.start)].push(d);

  // Only quotes and attributions change here: copy those, and pass every other draft through as
  // it is (most of a draft's claims, on every keystroke).
  const index = new Map<ClaimDraft, ClaimDraft>();
  const result = drafts.map((d) => {
    if (!isSpeech(d)) return d;
    const copy = Object.assign({}, d);
    index.set(d, copy);
    return copy;
  });
  const current = (d: ClaimDraft): ClaimDraft => index.get(d) ?? d;
  const origin = new Map<ClaimDraft, QuoteOrigin>();

  // Multi-paragraph quotes: join a run-off quote with the next paragraph's opening quote.
  for (let b = 0; b < byBlock.length - 1; b++) {
    const last = lastQuote(byBlock[b]);
    if (!last || last.code !== 'quote-unbalanced') continue;
    const next = byBlock[b + 1].find((d) => isQuote(d) && d.start === doc.blocks[b + 1].start);
    if (!next || !QUOTE_OPENERS.test(doc.blocks[b + 1].text)) continue;
    const open = current(last);
    const cont = current(next);
    const speaker = open.speaker ?? cont.speaker ?? null;
    origin.set(open, 'continued');
    open.code = 'quote-unattributed';
    if (speaker) {
      open.code = 'quote';
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
      // An outlet that reports the paragraph ("…, according to Reuters") is not who speaks next,
      // unless it introduces the quote itself ("The Harlow Gazette reports:").
      const speaker = d.code === 'attribution-secondhand' && doc.text[d.end] !== ':' ? null : speakerOf(d) ?? unnamedSpeakerOf(d);
      if (speaker) lastSpeaker = { speaker, cue: d.cue ?? null, outlet: d.outlet ?? null, block: b };
    }
  }

  // Names: pronouns to the nearest named person before them; every name to its fullest form.
  // A name inside a quotation is who the speaker talks about, not who speaks: `"Obama is wrong," he said`.
  const speech = [...index.values()].sort((a, b) => a.start - b.start);
  const quoted = speech.filter((d) => RULES[d.code].kind === 'quote');
  const insideQuote = (offset: number): boolean => {
    const i = lastStartingAt(quoted, offset);
    return i >= 0 && quoted[i].end > offset;
  };
  /** The last named speaker, and where its mention ends (a person's role may follow in apposition: "Okafor, the chief executive,"). */
  let lastNamed: { offset: number; end: number; name: string } | null = null;
  let lastUnnamed: { offset: number; name: string } | null = null;
  // "he" and "she" stand for people: never for a company or place that looks like a name
  // ("Lockheed Martin", "Brightline") unless the draft shows it is a person (see People.isPerson).
  // A name can stand for the pronoun: not a place, and its first name does not say the other gender.
  const agrees = (facts: NameFacts, gender: Gender | null): boolean => !facts.place && (!gender || !facts.gender || facts.gender === gender);
  const canBe = (name: string, gender: Gender | null): boolean => {
    const facts = names.facts(name);
    return agrees(facts, gender) && (gender === null || facts.person);
  };
  const antecedent = (offset: number, pronoun: string): string | null => {
    const gender = pronounGender(pronoun);
    const named = names.nameBefore(offset, gender, (at, name) => insideQuote(at) || !canBe(name, gender));
    const last = lastNamed && (canBe(lastNamed.name, gender) || (agrees(names.facts(lastNamed.name), gender) && hasPersonAppositive(doc.text, lastNamed.end))) ? lastNamed : null;
    const person = named && (!last || named.offset > last.offset) ? named : last;
    // "A ministry spokeswoman said … "…," she said": the unnamed source introduced since the last name.
    if (lastUnnamed && lastUnnamed.offset < offset && (!person || lastUnnamed.offset > person.offset)) return lastUnnamed.name;
    return person?.name ?? null;
  };
  // "the head coach", "Brightline's chief executive" → the one person the draft gives that role ("Coach Ana Ruiz").
  const byRole = (mention: string): string | null => {
    const role = ROLE_MENTION.test(mention) ? mention.slice(mention.lastIndexOf(' ') + 1) : '';
    return /^\p{Ll}+$/u.test(role) ? names.personWithRole(role)?.name ?? null : null;
  };
  const resolve = (mention: { text: string; start: number }): string | null => (PRONOUN.test(mention.text) ? antecedent(mention.start, mention.text) : names.fullName(mention.text) ?? byRole(mention.text));
  for (const d of speech) {
    if (d.speaker) {
      const resolved = resolve(d.speaker) ?? d.speaker.text;
      d.speaker = { ...d.speaker, name: resolved };
      if (!PRONOUN.test(d.speaker.text)) lastNamed = { offset: d.speaker.start, end: d.speaker.end, name: resolved };
    }
    if (RULES[d.code].kind === 'quote') {
      if (d.code === 'quote' || origin.has(d)) {
        const shape = shapeOf(d);
        const speaker = d.speaker ?? null;
        const outlet = d.outlet ?? null;
        const from = origin.get(d) ?? 'same-paragraph';
        const facts = [shape, shape === 'term' ? doc.text.slice(d.start, d.end) : '', speaker?.text, speaker?.name, outlet, from];
        Object.assign(d, keptWording(d.kept, facts, () => quoteFinding({ shape, text: doc.text.slice(d.start, d.end), speaker, outlet, origin: from })));
      }
      continue;
    }
    if (!d.source) continue;
    const pronoun = PRONOUN.test(d.source.text);
    const name = d.source.anonymous ? null : resolve(d.source);
    if (name && !pronoun) lastNamed = { offset: d.source.start, end: d.source.end, name };
    const namedElsewhere = d.source.anonymous ? roleNamedElsewhere(d.source.text, names, context.options) : null;
    if (namedElsewhere) d.source = { ...d.source, anonymous: false };
    else if (d.source.anonymous && d.source.text !== d.cue?.text) lastUnnamed = { offset: d.source.start, name: `the ${d.source.text.split(/\s+/).pop()!.toLowerCase()}` };
    const source = d.source;
    const said = { source, name: pronoun ? name : null, cue: d.cue?.text ?? '', outlet: d.outlet ?? null, namedElsewhere };
    Object.assign(d, keptWording(d.kept, [source.text, source.anonymous, said.name, said.cue, said.outlet, namedElsewhere], () => attributionFinding(said)));
  }
  return result;
};

/**
 * A role-only source ("a top Kremlin aide") that the draft names elsewhere ("Vladimir Kozhin, an
 * aide to …"): that person's name. Not for sources marked anonymous in so many words ("unnamed",
 * "familiar with") or by the newsroom's own `anonymousPhrases`.
 */
function roleNamedElsewhere(source: string, names: NameIndex, options: Parameters<typeof newsroomAnonymity>[1]): string | null {
  const lowered = source.toLowerCase();
  if (ANONYMOUS_MARKERS.some((m) => lowered.includes(m)) || newsroomAnonymity(source, options) === true) return null;
  const role = lowered.split(/\s+/).pop() ?? '';
  return names.personWithRole(role)?.name ?? null;
}
