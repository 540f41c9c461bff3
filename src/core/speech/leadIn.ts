/**
 * The speaker a sentence introduces for the quotation that follows it with no cue of its own:
 * `Sen. Ana Ruiz (Vt.), who chairs the panel, blamed the port. "We had no choice."` The person the
 * sentence opens with, as the subject of its verb, is who the story has just set up as speaking.
 */
import { firstIndex } from '../sorted';
import type { Attribution } from './attribution';
import { DETERMINERS, SUBJECT_STOP, TITLES } from './lexicon';
import { mentionAfter, type Mention } from './mentions';
import { isInstitutionName, isPlace } from './names';
import type { Range } from '../text/sentences';
import { isCapitalized, type Token } from './tokens';

/** Words a sentence may open with before its subject, up to a comma: "On Sunday, …", "In Vienna, …". */
const INTRODUCTORY = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'speaking', 'asked', 'earlier', 'later', 'meanwhile', 'still', 'but', 'and', 'yet']);
/** Tokens of a sentence read back from the quote (a longer sentence is not a lead-in one can trust). */
const MAX_SENTENCE_TOKENS = 60;
const SENTENCE_END = /^[.!?]$/;
const CLOSING_MARKS = new Set(['"', '\u201D', "'", '\u2019']);
/** Clause words that are verbs of saying: the lead-in may say so itself ("Ruiz said the port had failed."). */
const SPEECH_STOPS = new Set(['said', 'says', 'told', 'wrote', 'added']);

/** The lead-in speaker of a quotation that opens the sentence after `sentence`, as an attribution whose cue is the sentence's verb. */
export function leadInSpeaker(tokens: Token[], text: string, sentence: Range): Attribution | null {
  let first = firstIndex(tokens.length, (i) => tokens[i].start >= sentence.start);
  let end = firstIndex(tokens.length, (i) => tokens[i].start >= sentence.end) - 1;
  while (end > first && CLOSING_MARKS.has(tokens[end].text)) end--;
  if (end - first < 2 || end - first > MAX_SENTENCE_TOKENS || !SENTENCE_END.test(tokens[end].text)) return null;
  first = pastIntroduction(tokens, first, end);
  const subject = personSubject(tokens, text, first);
  if (!subject) return null;
  // Past the comma that closes an apposed name ("His former partner, Lawrence Cole, called").
  const verb = verbAfter(tokens, subject.first > first ? subject.last + 2 : subject.last + 1, end);
  if (verb < 0) return null;
  return { cueStart: tokens[verb].start, cueEnd: tokens[verb].end, source: subject, outlet: null, quoteOnly: true, inverted: false };
}

/** Past an opening phrase up to its comma ("On \"Face the Nation,\" Sen. Ruiz …"). */
function pastIntroduction(tokens: Token[], first: number, end: number): number {
  if (!tokens[first].word || !INTRODUCTORY.has(tokens[first].lower)) return first;
  for (let i = first + 1; i < end && i < first + 12; i++) {
    if (tokens[i].text === ',') return CLOSING_MARKS.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  }
  return first;
}

/** A person as the subject of the sentence from token `first`: "he", "she", a titled or two-word name, or the name apposed to a described one. */
export function personSubject(tokens: Token[], text: string, first: number): Mention | null {
  const mention = mentionAfter(tokens, text, first);
  if (!mention || mention.anonymous) return null;
  if (mention.pronoun) return /^(?:he|she)$/i.test(mention.text) ? mention : null;
  if (!isCapitalized(tokens[mention.first]) || DETERMINERS.has(tokens[mention.first].lower)) {
    // "His former partner, Lawrence Cole, called …": the name apposed to the description.
    if (tokens[mention.last + 1]?.text !== ',') return null;
    const named = mentionAfter(tokens, text, mention.last + 2);
    return named && tokens[named.last + 1]?.text === ',' && isPersonName(named.text) ? named : null;
  }
  return isPersonName(mention.text) ? mention : null;
}

function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  const named = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) || TITLES.has(words[0]);
  return named && !isPlace(name) && !isInstitutionName(name);
}

/**
 * The sentence's verb right after its subject, past a parenthesis ("(Vt.)"), an appositive or
 * relative clause between commas and adverbs: a lower-case word that is no clause word or auxiliary.
 */
function verbAfter(tokens: Token[], i: number, end: number): number {
  if (tokens[i]?.text === '(') {
    while (i < end && tokens[i].text !== ')') i++;
    i++;
  }
  if (tokens[i]?.text === ',') {
    i++;
    while (i < end && tokens[i].text !== ',') i++;
    i++;
  }
  while (i < end && tokens[i].word && /^[a-z]+ly$/.test(tokens[i].text)) i++;
  const verb = tokens[i];
  return i < end && verb.word && /^[a-z]+$/.test(verb.text) && (!SUBJECT_STOP.has(verb.lower) || SPEECH_STOPS.has(verb.lower)) ? i : -1;
}
