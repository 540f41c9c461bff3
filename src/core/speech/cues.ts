/**
 * Attribution cues and their sources in one block: "X said", "said X", "X told Y", "according to X",
 * "X cited Y as saying", "X quoted Y as saying". Each cue found becomes an Attribution; the speech
 * scanner then ties quotes to them and reports the rest as attribution claims.
 */
import { CUE_FORMS, CUE_FRAMES } from '../generated/cueFrames';
import { frameAfter } from './frames';
import { closingSource, INVERTING_CUES, isByline } from './cueEdges';
import { describedDocument, isDocument } from './findings';
import { isCallWithoutSpeech } from './calling';
import { isNoComment } from './noComment';
import { isSayingIdiom } from './idioms';
import { dashStart, subjectAroundAside } from './aside';
import { CONTINUING_PARTICIPLES, DETERMINERS, IRREGULAR_PAST, QUOTE_ONLY_VERBS, SPEECH_VERBS, isPersonNoun } from './lexicon';
import { phraseCue } from './phraseCues';
import { openingParticiple } from './openingParticiple';
import { isInstitutionName, isPlace } from './names';
import { subjectEnd } from './subject';
import type { Attribution } from './attribution';
import { mentionAfter, mentionBefore, type Mention } from './mentions';
import { isCapitalized, type Token } from './tokens';


const SINGLE_WORD_CUES = new Set<string>([...SPEECH_VERBS.filter((v) => !v.includes(' ')), ...CONTINUING_PARTICIPLES]);
const PARTICIPLES = new Set<string>(['saying', 'adding', 'noting', 'arguing', 'writing', 'telling', 'warning', 'denying', 'claiming', 'citing', 'quoting', ...CONTINUING_PARTICIPLES]);
const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
/** Cues only people and documents take as verbs: any described subject will do. */
const STRONG_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'tweeted', 'testified', 'stated']);
/** Findings verbs need a document or a body that rules for a subject: "a poll shows", "the study found", "the jury found". */
const FINDING_VERBS = new Set(['found', 'show', 'shows', 'showed', 'indicated', 'indicates', 'revealed', 'estimates', 'estimated']);
/** Cues that are as often nouns ("the show", "his notes"). */
const NOUN_OR_VERB = new Set(['show', 'notes']);
/** Conjunctions of a clause that dates another: "after", "before", "when", "until", "since". */
const TEMPORAL_LINKS = new Set(['after', 'before', 'when', 'until', 'since', 'once']);
/** Prepositions before a gerund cue that speaks for the sentence's subject: "began by saying", "apologized for saying". */
const GERUND_PREPOSITIONS = new Set(['by', 'for', 'from', 'after', 'before', 'while', 'when', 'without']);
/** An auxiliary or modal right after a noun phrase: the phrase is a clause's subject. */
const CLAUSE_VERB_AFTER = /^\s+(?:have|has|had|is|are|was|were|will|would|could|should|may|might|can|must|do|does|did)\b/;
const DASHES = new Set(['\u2015', '\u2014']);
/** Characters between a cue and a participle that goes on with it past the quotation between them. */
const MAX_QUOTE_BETWEEN = 300;
/** Participles that speak for the people after "with": "with legal experts warning that …". */
const WITH_PARTICIPLES = new Set(['saying', 'warning', 'arguing', 'noting', 'claiming', 'insisting']);
const OPENING_QUOTES = new Set(['"', '\u201C', '\u201E', '\u00AB', '`', '\u2018']);
const CLOSING_QUOTES = new Set(['"', '\u201D', '\u00BB', "'", '\u2019']);

function lowerAt(tokens: Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].lower : '';
}

/** A quotation opens within a few words after token `c`: `calls it "reckless"`. */
function quoteFollows(tokens: Token[], c: number): boolean {
  for (let i = c + 1; i < tokens.length && i <= c + 6; i++) {
    if (OPENING_QUOTES.has(tokens[i].text)) return true;
    if (/^[.!?;:]$/.test(tokens[i].text)) return false;
  }
  return false;
}

/** Reporting-verb forms to their lemma, as a Map: looked up for every word of every paragraph. */
const CUE_FORM = new Map(Object.entries(CUE_FORMS));

/**
 * Whether the verb at token `c` stands in a reporting frame the development corpus showed to be
 * an attribution cue ("argued that", "declined to", "accused the"): see generated/cueFrames.ts.
 */
function inCueFrame(tokens: Token[], c: number): boolean {
  const lemma = CUE_FORM.get(tokens[c].lower);
  return lemma !== undefined && Object.prototype.hasOwnProperty.call(CUE_FRAMES, lemma) && CUE_FRAMES[lemma][frameAfter(tokens, c)] !== undefined;
}

export function findAttributions(tokens: Token[], text: string): Attribution[] {
  const found: Attribution[] = [];
  for (let c = 0; c < tokens.length; c++) {
    const token = tokens[c];
    if (!token.word) {
      const marked = punctuationCue(tokens, text, c);
      if (marked) found.push(marked);
      continue;
    }
    // Already the cue of a phrase found at an earlier word ("a statement saying").
    if (found.length > 0 && found[found.length - 1].cueStart === token.start) continue;
    const word = token.text;
    const lowered = token.lower;
    if (lowered === 'according' && lowerAt(tokens, c + 1) === 'to') {
      let source = mentionAfter(tokens, text, c + 2, 'any');
      // "according to NBC News senior legal analyst, Joan Park, …": the name after the title.
      const named = source && tokens[source.last + 1]?.text === ',' ? mentionAfter(tokens, text, source.last + 2) : null;
      if (named && tokens[named.last + 1]?.text === ',' && /^\p{Lu}\S*\s+\p{Lu}/u.test(named.text) && !isPlace(named.text)) source = named;
      if (source && !source.pronoun) found.push({ cueStart: token.start, cueEnd: tokens[c + 1].end, source, outlet: source.outlet, quoteOnly: false, inverted: true });
      continue;
    }
    const sentenceInitial = (word === 'Said' || word === 'Says') && (c === 0 || /[.!?\n]/.test(text.slice(tokens[c - 1].start, token.start)));
    if (sentenceInitial) {
      // "Said Ellis: …"
      const source = mentionAfter(tokens, text, c + 1);
      if (source && !source.pronoun) found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: null, quoteOnly: false, inverted: true });
      continue;
    }
    const phrased = phraseCue(tokens, text, c) ?? openingParticiple(tokens, text, c);
    if (phrased) {
      found.push(phrased);
      continue;
    }
    const framed = inCueFrame(tokens, c);
    if (!SINGLE_WORD_CUES.has(word) && !framed && !progressiveOfCue(tokens, c)) continue;
    if (((lowered === 'called' || lowered === 'calls') && isCallWithoutSpeech(tokens, c)) || isNoComment(tokens, c) || isSayingIdiom(tokens, c)) continue;
    if (lowered === 'cited' || lowered === 'quoted') {
      const secondHand = citedAsSaying(tokens, text, c);
      if (secondHand) {
        found.push(secondHand);
        continue;
      }
    }
    let end = subjectEnd(tokens, c);
    let progressive = false;
    if (PASSIVE.has(lowerAt(tokens, end - 1))) {
      // "is warning", "were demanding": a progressive speaks for its subject; "was told" is passive.
      if (!/ing$/.test(lowered)) continue;
      progressive = true;
      end = subjectEnd(tokens, end - 1);
    }
    const participle = PARTICIPLES.has(lowered) && !progressive;
    const quoteOnly = !framed && (QUOTE_ONLY_VERBS.has(lowered) || participle);
    const before = end > 0 ? tokens[end - 1] : undefined;
    if (participle && GERUND_PREPOSITIONS.has(lowerAt(tokens, end - 1))) {
      // "began by saying", "criticized for saying": the gerund speaks for the sentence's subject.
      const source = sentenceSubject(tokens, text, end - 1, found);
      if (source && !source.anonymous) found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: source.outlet, quoteOnly: false, inverted: false });
      continue;
    }
    // `the board said in a statement, "…," adding that …`: the participle goes on with the statement's speaker.
    const afterQuote = before !== undefined && CLOSING_QUOTES.has(before.text) && tokens[end - 2]?.text === ',' && found.length > 0 && token.start - found[found.length - 1].cueEnd < MAX_QUOTE_BETWEEN;
    if (participle && (!framed || before?.text === ',' || afterQuote)) {
      // "…, with legal experts warning that …": the people the participle follows speak.
      const withPeople = before?.word && WITH_PARTICIPLES.has(lowered) ? withSubject(tokens, text, end) : null;
      // ", adding that …" continues the sentence's own attribution, or speaks for its subject.
      if (before?.text === ',' || afterQuote) {
        const source = afterQuote ? found[found.length - 1].source : sentenceSubject(tokens, text, end - 1, found);
        // "Bloomberg reported, citing three people familiar with the matter": the cited are the source,
        // known through the sentence's subject.
        const cited = lowered === 'citing' && source ? mentionAfter(tokens, text, c + 1) : null;
        if (cited && source) found.push({ cueStart: token.start, cueEnd: token.end, source: cited, outlet: source.outlet ?? source.text.replace(/^(?:the|The)\s+/, ''), quoteOnly: false, inverted: true, citer: source });
        else if (source) found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: source.outlet, quoteOnly: false, inverted: false });
      } else if (withPeople) {
        found.push({ cueStart: token.start, cueEnd: token.end, source: withPeople, outlet: withPeople.outlet, quoteOnly: false, inverted: false });
      } else if (before && /^\p{Lu}/u.test(before.text)) {
        // "footage of Trump saying, "…"": a named speaker right before the participle, trusted next to a quote.
        const source = trailingName(tokens, text, mentionBefore(tokens, text, end));
        if (source && !source.pronoun && /^\p{Lu}/u.test(source.text)) found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: source.outlet, quoteOnly: true, inverted: false });
      }
      continue;
    }
    if (before && dashStart(tokens, text, end - 1) >= 0) {
      const source = subjectAroundAside(tokens, text, dashStart(tokens, text, end - 1), STRONG_CUES.has(lowered) ? 'described' : 'people');
      if (source) found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: source.outlet, quoteOnly, inverted: false });
      continue;
    }
    if (before && !before.word && (before.text === ',' || CLOSING_QUOTES.has(before.text))) {
      // "Tomas Berg, the union treasurer, said": the subject stands before the appositive.
      // "…, reports TechWire.": a named source that closes the sentence after the cue reports all of it.
      const closing = before.text === ',' && INVERTING_CUES.has(lowered) ? closingSource(tokens, text, c) : null;
      const subject = before.text === ',' && !closing ? subjectBeforeAppositive(tokens, text, end - 1) : null;
      // Inversion: `," said Kozhin, a Kremlin aide` — a name or a described person, not "said the fund".
      // A noun phrase followed by its own verb ("…, suggest the leader's efforts have paid off") is the
      // subject of a reported clause, never an inverted source.
      const inverted = subject ? null : closing ?? mentionAfter(tokens, text, c + 1, CLOSING_QUOTES.has(before.text) && STRONG_CUES.has(lowered) ? 'described' : 'people');
      const source = subject ?? (inverted && !CLAUSE_VERB_AFTER.test(text.slice(inverted.end, inverted.end + 12)) ? inverted : null);
      // "Matthew Hale, a professor at Harlow, described …": a named subject makes the verb a cue on its own.
      if (source && !source.pronoun) found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: subject ? subject.outlet : null, quoteOnly: quoteOnly && !closing && !(subject && isNamed(subject, lowered)), inverted: !subject });
      continue;
    }
    // A verb that introduces a quotation on a colon ("described the scene:", "wrote:") speaks for any described subject.
    const introducesQuote = frameAfter(tokens, c) === 'colon' || (lowerAt(tokens, c + 1) === 'the' && tokens[c + 3]?.text === ':');
    const strong = STRONG_CUES.has(lowered) || introducesQuote;
    let source = subjectBeforeRelative(tokens, text, end) ?? mentionBefore(tokens, text, end, strong ? 'described' : 'people') ?? subjectAcrossClause(tokens, text, end, found) ?? quantifierSubject(tokens, end) ?? coordinatedSubject(tokens, text, end);
    // "A 2014 study by two Harlow economists found": the document, not the name its description ends with.
    if (FINDING_VERBS.has(lowered) && !(source && isDocument(source))) source = describedDocument(tokens, text, end) ?? source;
    if (!source) continue;
    source = nameBeforeAppositive(tokens, text, source) ?? source;
    // "Clinton called half of his supporters …", "what he called a brazen breach", "an aide calls it
    // "reckless"": a characterization by a named speaker or in the speaker's quoted words; not "a
    // group called X", "called 911" or "called into a radio show".
    if ((lowered === 'called' || lowered === 'calls') && (!(quoteFollows(tokens, c) || ((source.pronoun || /^\p{Lu}/u.test(source.text.replace(/^(?:the|a|an)\s+/i, ''))) && !source.anonymous)) || /^(?:\d.*|into|in|up|off|back|out)$/.test(tokens[c + 1]?.text ?? ''))) continue;
    // "… after Speaker Ann Lee rejected the bill": a verb the frame table alone reads as a cue tells
    // what happened, not what was said, in a clause that only dates the sentence's event.
    if (!SINGLE_WORD_CUES.has(word) && TEMPORAL_LINKS.has(lowerAt(tokens, source.first - 1))) continue;
    const finding = FINDING_VERBS.has(lowered) && isDocument(source);
    // "Graham urged", "The Tax Policy Center estimates": a named speaker makes the verb a cue on its own.
    const named = isNamed(source, lowered);
    // "X indicated that …" (a reported clause), "…, EU officials revealed." or "…, EU officials revealed,
    // according to …" (the cue closes the claim it follows).
    const frame = frameAfter(tokens, c);
    const reporting = frame === 'that' || ((frame === 'end' || frame === 'comma') && tokens[source.first - 1]?.text === ',');
    // "Oz's show", "the notes": words that are nouns as often as verbs count only as a finding or before
    // a reported clause ("notes that", "Lynch notes they were").
    if (NOUN_OR_VERB.has(lowered) && !finding && frame !== 'that' && !(frame === 'pronoun' || (frame === 'det' && lowerAt(tokens, c + 1) === 'that'))) continue;
    if (isByline(tokens, text, c, source)) continue;
    found.push({ cueStart: token.start, cueEnd: token.end, source, outlet: source.outlet, quoteOnly: quoteOnly && !finding && !named && !reporting, inverted: false });
  }
  return found;
}

/**
 * Attributions marked by punctuation alone: an epigraph dash after a quote (`"…" ― Julie Diaz`)
 * and an interview colon before one (`Kozhin: "…"`).
 */
function punctuationCue(tokens: Token[], text: string, c: number): Attribution | null {
  const mark = tokens[c];
  if (DASHES.has(mark.text) && c > 0 && CLOSING_QUOTES.has(tokens[c - 1].text)) {
    const source = mentionAfter(tokens, text, c + 1);
    if (source && !source.pronoun && /^\p{Lu}/u.test(source.text)) return { cueStart: mark.start, cueEnd: mark.end, source, outlet: null, quoteOnly: true, inverted: true };
  }
  if (mark.text === ':' && c + 1 < tokens.length && OPENING_QUOTES.has(tokens[c + 1].text) && c > 0 && tokens[c - 1].word) {
    const source = mentionBefore(tokens, text, c);
    const atStart = source && (source.first === 0 || /[.!?\n]/.test(text.slice(tokens[source.first - 1].start, source.start)));
    if (source && atStart && !source.pronoun && /^\p{Lu}/u.test(source.text)) return { cueStart: mark.start, cueEnd: mark.end, source, outlet: null, quoteOnly: true, inverted: false };
  }
  return null;
}

/**
 * The subject of a cue that follows a relative pronoun or a conjunction: "an architect who said …"
 * (the antecedent), "Cruz exhorted Republicans … and said …" (the sentence's subject).
 */
function subjectAcrossClause(tokens: Token[], text: string, end: number, found: Attribution[]): Mention | null {
  const link = lowerAt(tokens, end - 1);
  if (link === 'who' || link === 'that' || link === 'which') {
    const before = end - 2 >= 0 && tokens[end - 2].text === ',' ? end - 2 : end - 1;
    const antecedent = withoutLeadingVerb(tokens, text, mentionBefore(tokens, text, before));
    // "a video released by the army which showed …": with no comma the clause is the video's, not the
    // agent's ("a bill levied by the EU, which contended" is the EU's).
    return antecedent && link !== 'who' && before === end - 1 && lowerAt(tokens, antecedent.first - 1) === 'by' ? null : antecedent;
  }
  if (link !== 'and' && link !== 'but') return null;
  // "I laughed and said": the subject of the verb before the conjunction.
  const coordinated = end - 2;
  if (coordinated > 0 && tokens[coordinated].word && /^[a-z]+ed$/.test(tokens[coordinated].text)) {
    const subject = mentionBefore(tokens, text, coordinated);
    if (subject) return subject;
  }
  return sentenceSubject(tokens, text, end - 1, found);
}

/**
 * A relative pronoun's antecedent without the lower-case words the walk back took in before its
 * noun ("placate nervous Democrats on Capitol Hill, who" → "Democrats on Capitol Hill").
 */
function withoutLeadingVerb(tokens: Token[], text: string, mention: Mention | null): Mention | null {
  if (!mention || mention.pronoun) return mention;
  let first = mention.first;
  while (first < mention.last && tokens[first].word && /^\p{Ll}/u.test(tokens[first].text) && !DETERMINERS.has(tokens[first].lower) && !isPersonNoun(tokens[first].text)) first++;
  return first === mention.first ? mention : { ...mention, first, start: tokens[first].start, text: text.slice(tokens[first].start, mention.end) };
}

/** The capitalized words a mention ends with: "Ruiz" in "The clip shows Ruiz" (the walk back takes in the verb before a name). */
function trailingName(tokens: Token[], text: string, mention: Mention | null): Mention | null {
  if (!mention || mention.pronoun) return mention;
  let first = mention.last;
  while (first > mention.first && isCapitalized(tokens[first - 1])) first--;
  if (first === mention.first || !isCapitalized(tokens[first])) return mention;
  return { ...mention, first, start: tokens[first].start, text: text.slice(tokens[first].start, mention.end) };
}

/** "Trump is demanding", "Republicans are slamming": the progressive of a reporting verb the lexicon has in another form. */
function progressiveOfCue(tokens: Token[], c: number): boolean {
  const w = tokens[c].lower;
  if (!w.endsWith('ing') || !PASSIVE.has(lowerAt(tokens, c - 1))) return false;
  const stem = w.slice(0, -3);
  return SINGLE_WORD_CUES.has(`${stem}ed`) || SINGLE_WORD_CUES.has(`${stem}s`);
}

/** A named speaker, who makes any reporting verb but a participle a cue on its own ("Graham urged", "The Tax Policy Center estimates"). */
function isNamed(source: Mention, verb: string): boolean {
  return !source.pronoun && !source.anonymous && /^\p{Lu}/u.test(source.text.replace(/^(?:the|a|an)\s+/i, '')) && !/ing$/.test(verb);
}

/** A lower-case past tense ("condemned", "toured"): where a described subject's noun phrase has ended. */
const PAST_TENSE = /^[a-z]{3,}ed$/;

/** A past tense, regular or not: where a described subject ends and its verb begins. */
function isPastTense(word: string): boolean {
  return PAST_TENSE.test(word) || IRREGULAR_PAST.has(word);
}

/** The source of the last attribution in this sentence, or the named subject the sentence opens with. */
function sentenceSubject(tokens: Token[], text: string, index: number, found: Attribution[]): Mention | null {
  let first = index;
  // A closing quote ends a sentence only after its own punctuation (`…," he said`), not after a partial quote (`urged them to "vote" and said`).
  while (first > 0 && !(/^[.!?]$/.test(tokens[first - 1].text) || (/^[\u201D"]$/.test(tokens[first - 1].text) && /^[.!?,]$/.test(tokens[first - 2]?.text ?? '.')))) first--;
  const previous = found[found.length - 1];
  if (previous && previous.cueStart >= tokens[first].start) return previous.source;
  const subject = mentionAfter(tokens, text, first);
  if (!subject || !/^\p{Lu}/u.test(subject.text) || subject.last >= index) return null;
  if (subject.pronoun) return subject;
  // "Mayor Ana Ruiz opened the session by saying": the name, not the words of the clause after it;
  // "The harbour board condemned the strike and warned": the described subject up to its head noun.
  let last = subject.first;
  if (DETERMINERS.has(tokens[subject.first].lower)) {
    // Up to its last person noun ("The striker ran …"), else up to a past tense ("The board condemned …").
    last = subject.last;
    while (last > subject.first && !isPersonNoun(tokens[last].text)) last--;
    if (last === subject.first) {
      last = subject.first + 1;
      while (last < subject.last && !isPastTense(tokens[last + 1].text)) last++;
      if (isPastTense(tokens[last].text)) return null;
    }
  } else while (last < subject.last && isCapitalized(tokens[last + 1])) last++;
  return last === subject.last ? subject : { ...subject, last, end: tokens[last].end, text: text.slice(subject.start, tokens[last].end) };
}

/** The subject before one to three commas of apposition, ending at the comma token `comma`. */
function subjectBeforeAppositive(tokens: Token[], text: string, comma: number): Mention | null {
  let i = comma - 1;
  for (let commas = 0; commas < 3 && i > 0; ) {
    const t = tokens[i];
    const abbreviation = t.text === '.' && tokens[i + 1]?.text === ',';
    if (!t.word && !abbreviation && /[.!?;:"\u201C\u201D()]/.test(t.text)) return null;
    if (t.text === ',') {
      commas++;
      const subject = mentionBefore(tokens, text, i);
      if (subject && !subject.pronoun && (subject.first === 0 || !tokens[subject.first - 1].word)) {
        // "The spokesman, Jane Roe, added", "the director of the port, Tom Varga, said", "Brightline's
        // chief, Tom Varga, told": the name in apposition says who the role is.
        const described = subject.anonymous || /^(?:(?:the|a|an|its|their|his|her)\s|\S+['\u2019]s\s)/i.test(subject.text);
        const apposed = commas === 1 && described ? mentionAfter(tokens, text, i + 1) : null;
        const person = apposed && apposed.last === comma - 1 && !apposed.anonymous && /^\p{Lu}\S*\s+\p{Lu}/u.test(apposed.text) && !isPlace(apposed.text) && !isInstitutionName(apposed.text);
        return person ? apposed : subject;
      }
    }
    if (comma - i > 30) return null;
    i--;
  }
  return null;
}

/**
 * "A person who asked not to be identified said", "The man who runs the port said": the subject
 * before a relative clause with no commas around it, which ends right before the cue (at most eight
 * words, no punctuation), not a noun inside the clause.
 */
function subjectBeforeRelative(tokens: Token[], text: string, end: number): Mention | null {
  for (let i = end - 1; i > 0 && end - i <= 8 && tokens[i].word; i--) {
    if (lowerAt(tokens, i) === 'who') return i + 1 < end ? mentionBefore(tokens, text, i) : null;
  }
  return null;
}

/** The people after "with" that a participle follows: "with senior officials saying", "with legal experts warning". */
function withSubject(tokens: Token[], text: string, end: number): Mention | null {
  const source = mentionBefore(tokens, text, end);
  return source && !source.pronoun && lowerAt(tokens, source.first - 1) === 'with' ? source : null;
}

/** "French officials and media said": a source coordinated with a word the walk alone would not accept. */
function coordinatedSubject(tokens: Token[], text: string, end: number): Mention | null {
  if (end < 3 || !tokens[end - 1].word || tokens[end - 2].lower !== 'and') return null;
  const left = mentionBefore(tokens, text, end - 2);
  if (!left || left.pronoun) return null;
  return { ...left, last: end - 1, end: tokens[end - 1].end, text: text.slice(left.start, tokens[end - 1].end) };
}

/** Pronoun-like quantifiers that speak for a group named before: "all agreed", "everyone I asked said". */
const QUANTIFIERS = new Set(['all', 'both', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'many', 'most', 'several', 'others', 'each', 'none', 'few']);

/** "To varying degrees, all agreed that …": a quantifier right before the cue, opening its clause. */
function quantifierSubject(tokens: Token[], end: number): Mention | null {
  const q = end - 1;
  const t = tokens[q];
  if (!t?.word || !QUANTIFIERS.has(t.lower) || (q > 0 && tokens[q - 1].word)) return null;
  return { first: q, last: q, start: t.start, end: t.end, text: t.text, pronoun: false, anonymous: false, outlet: null };
}

/**
 * `"…," Maria Lopez, an adviser to the mayor told reporters`: a described subject right after a
 * name and a comma, where the name follows a quotation or opens the sentence, is that name's appositive.
 */
function nameBeforeAppositive(tokens: Token[], text: string, source: Mention): Mention | null {
  if (!/^(?:a|an|the)\s/i.test(source.text) || tokens[source.first - 1]?.text !== ',') return null;
  const name = mentionBefore(tokens, text, source.first - 1);
  // A person's name, every word capitalized: not an opening phrase ("Following Airbus's statement,").
  if (!name || name.pronoun || name.anonymous || !/^\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*$/u.test(name.text)) return null;
  const before = tokens[name.first - 1];
  return !before || CLOSING_QUOTES.has(before.text) || /^[.!?]$/.test(before.text) ? name : null;
}

/** `<outlet> cited <source> as saying` / `<outlet> quoted <source> as saying`. */
function citedAsSaying(tokens: Token[], text: string, c: number): Attribution | null {
  const source = mentionAfter(tokens, text, c + 1);
  if (!source) return null;
  const as = source.last + 1;
  if (lowerAt(tokens, as) !== 'as' || !/^(saying|telling|writing|stating)$/.test(lowerAt(tokens, as + 1))) return null;
  const citer = mentionBefore(tokens, text, subjectEnd(tokens, c));
  const outlet = citer ? citer.outlet ?? (citer.pronoun ? null : citer.text.replace(/^(?:the|The)\s+/, '')) : null;
  return { cueStart: tokens[c].start, cueEnd: tokens[as + 1].end, source, outlet, quoteOnly: false, inverted: true, ...(citer ? { citer } : {}) };
}
