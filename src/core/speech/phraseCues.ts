/**
 * Attribution cues of more than one word, which the single-verb walk cannot see:
 * - verb + particle or noun: "pointed out", "expressed concern that", "made clear";
 * - the passive with its agent: "first reported by CNN", "as reported by the Harbor Gazette", "was
 *   told by a police officer";
 * - a document that speaks for its issuer: "the ministry released a statement saying …", "… a
 *   statement that read: …";
 * - "in the words of X", and a possessed statement that introduces quotes: "including her claims that:";
 * - hearsay with no source at all: "is said to", "is rumored to", "will reportedly reveal", "reputedly" (an anonymous source).
 */
import type { Attribution } from './attribution';
import { personSubject } from './leadIn';
import { mentionAfter, mentionBefore } from './mentions';
import { subjectEnd } from './subject';
import type { Token } from './tokens';

/** First word → the words that may follow it to make a cue ("pointed" + "out"). */
const VERB_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    pointed: ['out'], points: ['out'], point: ['out'], pointing: ['out'],
    expressed: ['concern', 'concerns', 'alarm', 'doubt', 'doubts', 'hope', 'confidence', 'frustration', 'regret', 'surprise', 'support', 'opposition', 'skepticism', 'scepticism', 'disappointment'],
    expresses: ['concern', 'concerns', 'alarm', 'doubt', 'doubts', 'hope', 'confidence', 'frustration', 'regret', 'surprise', 'support', 'opposition'],
    made: ['clear'], makes: ['clear'],
    went: ['on'],
    spoke: ['out'], speaks: ['out'],
  }).map(([verb, next]) => [verb, new Set(next)]),
);

/** Participles whose agent, after "by", is the source: "first reported by CNN". */
const BY_PARTICIPLES = new Set(['reported', 'written', 'announced', 'disclosed', 'revealed', 'confirmed', 'published', 'broadcast', 'posted', 'tweeted', 'stated', 'quoted', 'cited']);

/** Participles whose agent is a person who spoke to the subject: "Channel 9 was told by a police officer". */
const TOLD_BY = new Set(['told', 'informed', 'assured', 'warned', 'advised']);

/** Documents that speak for whoever issued them. */
const DOCUMENTS = new Set(['statement', 'letter', 'memo', 'release', 'post', 'tweet', 'note', 'report', 'filing', 'notice']);
/** What a document does when it speaks: "a statement saying", "a letter warning", "a statement that read". */
const DOCUMENT_CUES = new Set(['saying', 'threatening', 'warning', 'calling', 'urging', 'announcing', 'claiming', 'denying', 'insisting', 'stating', 'demanding', 'accusing', 'read', 'reads', 'reading', 'said', 'says']);
/** Verbs that issue a document ("released a statement"). */
const ISSUING_VERBS = new Set(['released', 'issued', 'published', 'sent', 'posted', 'put', 'wrote', 'filed', 'delivered', 'releases', 'issues', 'publishes', 'sends', 'posts', 'writes', 'files']);

function lowerAt(tokens: readonly Token[], i: number): string {
  return i >= 0 && i < tokens.length && tokens[i].word ? tokens[i].lower : '';
}

/** Nouns for what someone said, which a possessive attributes: "her claims that:", "Hale's words:". */
/** Words from a sentence's start to the statement noun it ends on. */
const MAX_STATEMENT_LEAD = 20;
const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'statements', 'words', 'remarks', 'comments', 'assertion', 'assertions', 'promise', 'promises', 'pledge', 'pledges', 'argument', 'arguments', 'message', 'warning', 'warnings']);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** Passive participles of hearsay: "is said to", "are rumored to", "is understood to". */
const HEARSAY = new Set(['said', 'rumored', 'rumoured', 'reported', 'understood', 'reputed']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Adverbs of hearsay: "will reportedly unveil", "has reputedly hired". ("allegedly" marks a charge, not a report.) */
const HEARSAY_ADVERBS = new Set(['reportedly', 'reputedly']);

/** The multi-word cue that starts at token `c`, if any, with its source. */
export function phraseCue(tokens: Token[], text: string, c: number): Attribution | null {
  const word = lowerAt(tokens, c);
  const next = lowerAt(tokens, c + 1);
  if (word === 'in' && next === 'the' && lowerAt(tokens, c + 2) === 'words' && lowerAt(tokens, c + 3) === 'of') {
    const source = mentionAfter(tokens, text, c + 4, 'any');
    if (!source || source.pronoun) return null;
    return { cueStart: tokens[c].start, cueEnd: tokens[c + 3].end, source, outlet: source.outlet, quoteOnly: false, inverted: true };
  }
  if (SPEECH_NOUNS.has(word) && introducesOnColon(tokens, c)) return possessedStatement(tokens, c) ?? statementOfSubject(tokens, text, c);
  if (HEARSAY.has(word) && next === 'to' && BE.has(lowerAt(tokens, c - 1))) {
    // Nobody is named: the hearsay itself stands for the source.
    const first = c - 1;
    const source = { first, last: c + 1, start: tokens[first].start, end: tokens[c + 1].end, text: text.slice(tokens[first].start, tokens[c + 1].end), pronoun: false, anonymous: true, outlet: null };
    return { cueStart: tokens[first].start, cueEnd: tokens[c + 1].end, source, outlet: null, quoteOnly: false, inverted: false };
  }
  if (HEARSAY_ADVERBS.has(word) && tokens[c + 1]?.word) {
    // "Samsung will reportedly reveal …": reported by nobody the story names.
    const source = { first: c, last: c, start: tokens[c].start, end: tokens[c].end, text: tokens[c].text, pronoun: false, anonymous: true, outlet: null };
    return { cueStart: tokens[c].start, cueEnd: tokens[c].end, source, outlet: null, quoteOnly: false, inverted: false };
  }
  const particles = VERB_PHRASES.get(word);
  // "expressed his disappointment": a possessive may stand between the verb and its noun.
  const last = particles?.has(next) ? c + 1 : particles && POSSESSIVE_PRONOUNS.has(next) && particles.has(lowerAt(tokens, c + 2)) ? c + 2 : -1;
  if (last > 0) {
    // "went on" is a cue only as "went on to say/add/argue".
    if (word === 'went' && !/^(?:to)$/.test(lowerAt(tokens, c + 2))) return null;
    const source = mentionBefore(tokens, text, subjectEnd(tokens, c), 'described');
    if (!source) return null;
    return { cueStart: tokens[c].start, cueEnd: tokens[last].end, source, outlet: source.outlet, quoteOnly: false, inverted: false };
  }
  if (TOLD_BY.has(word) && next === 'by' && BE.has(lowerAt(tokens, c - 1))) {
    const source = mentionAfter(tokens, text, c + 2);
    if (!source || source.pronoun) return null;
    return { cueStart: tokens[c - 1].start, cueEnd: tokens[c + 1].end, source, outlet: source.outlet, quoteOnly: false, inverted: true };
  }
  if (BY_PARTICIPLES.has(word) && next === 'by') {
    // "first reported by", "was reported by", "as reported by", ", reported by": the agent is the source.
    const before = lowerAt(tokens, c - 1);
    const agentReading = before === 'first' || before === 'as' || before === 'was' || before === 'were' || before === 'been' || before === 'originally' || tokens[c - 1]?.text === ',' || c === 0;
    const source = agentReading ? mentionAfter(tokens, text, c + 2, 'any') : null;
    if (!source || source.pronoun || !/^\p{Lu}/u.test(source.text.replace(/^(?:the|a|an)\s+/i, ''))) return null;
    return { cueStart: tokens[c].start, cueEnd: tokens[c + 1].end, source, outlet: source.outlet ?? source.text.replace(/^(?:the|The)\s+/, ''), quoteOnly: false, inverted: true };
  }
  if (DOCUMENTS.has(word) && documentCue(tokens, c + 1)) return documentAttribution(tokens, text, c);
  return null;
}

/** "saying", "threatening", "that read", "which reads" after a document noun. */
function documentCue(tokens: Token[], i: number): number | null {
  if (tokens[i]?.text === ',' && /^(?:which|that)$/.test(lowerAt(tokens, i + 1))) i++;
  const w = lowerAt(tokens, i);
  if (w === 'that' || w === 'which') return /^(?:read|reads|said|says|stated)$/.test(lowerAt(tokens, i + 1)) ? i + 1 : null;
  return DOCUMENT_CUES.has(w) && !/^(?:read|reads|said|says)$/.test(w) ? i : null;
}

/** "The ministry released a statement saying …": the issuer is the source, the document's verb the cue. */
function documentAttribution(tokens: Token[], text: string, noun: number): Attribution | null {
  const cue = documentCue(tokens, noun + 1);
  if (cue === null) return null;
  // Back over the document's determiner and adjectives ("a brief written statement") to the issuing verb.
  let v = noun - 1;
  while (v >= 0 && v > noun - 5 && tokens[v].word && !ISSUING_VERBS.has(lowerAt(tokens, v))) v--;
  if (v < 0 || !ISSUING_VERBS.has(lowerAt(tokens, v))) return null;
  const source = mentionBefore(tokens, text, subjectEnd(tokens, v), 'described');
  if (!source) return null;
  return { cueStart: tokens[cue].start, cueEnd: tokens[cue].end, source, outlet: source.outlet, quoteOnly: false, inverted: false };
}

/** "claims that:", "words:": the noun (and "that") end on a colon. */
function introducesOnColon(tokens: Token[], noun: number): boolean {
  const after = lowerAt(tokens, noun + 1) === 'that' ? noun + 2 : noun + 1;
  return tokens[after]?.text === ':';
}

/**
 * "President Ruiz is rolling out a new campaign message: "…"": a statement noun on a colon, with
 * no owner of its own, is the sentence subject's. Only trusted next to the quote it introduces.
 */
function statementOfSubject(tokens: Token[], text: string, noun: number): Attribution | null {
  // The clause the noun ends opens with its subject: after the nearest comma ("With leaders worried
  // about turnout, President Ruiz is rolling out …"), or at the sentence's start.
  for (let first = noun - 1; first >= 0 && noun - first <= MAX_STATEMENT_LEAD; first--) {
    const opens = first === 0 || /^[.!?,]$/.test(tokens[first - 1].text);
    const source = opens ? personSubject(tokens, text, first) : null;
    if (source && source.last < noun) return { cueStart: tokens[noun].start, cueEnd: tokens[noun].end, source, outlet: null, quoteOnly: true, inverted: false };
    if (first > 0 && /^[.!?]$/.test(tokens[first - 1].text)) return null;
  }
  return null;
}

/** "including her claims that:" → her; "Hale's words:" → Hale. Only trusted next to the quotes it introduces. */
function possessedStatement(tokens: Token[], noun: number): Attribution | null {
  const owner = tokens[noun - 1];
  if (!owner?.word) return null;
  const cue = { cueStart: tokens[noun].start, cueEnd: tokens[noun].end, outlet: null, quoteOnly: true, inverted: false };
  if (POSSESSIVE_PRONOUNS.has(owner.lower)) {
    return { ...cue, source: { first: noun - 1, last: noun - 1, start: owner.start, end: owner.end, text: owner.text, pronoun: true, anonymous: false, outlet: null } };
  }
  if (!/^\p{Lu}.*['\u2019]s$/u.test(owner.text)) return null;
  const name = owner.text.slice(0, -2);
  return { ...cue, source: { first: noun - 1, last: noun - 1, start: owner.start, end: owner.start + name.length, text: name, pronoun: false, anonymous: false, outlet: null } };
}
