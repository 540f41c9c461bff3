/**
 * A cheap tense guess for the clause around a date, for news-sense resolution ("on Thursday" in
 * past-tense copy is the Thursday before the dateline, in "will meet on Thursday" the one after)
 * and for flagging past events dated after the dateline. The tense cue nearest the date wins,
 * within its sentence. No parser: a regular expression over verbs, tuned to be conservative.
 * "would" is not a future cue: in reported speech ("said it would act on Friday") it is as often
 * about a day already past.
 */

export type Tense = 'past' | 'future' | 'none';

const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'told', 'made', 'took', 'came', 'went', 'met', 'gave', 'held', 'left', 'began', 'got',
  'saw', 'fell', 'rose', 'won', 'lost', 'paid', 'sent', 'spent', 'hit', 'cut', 'put', 'knew', 'thought', 'found', 'became', 'brought',
  'bought', 'sold', 'ran', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'grew', 'threw', 'led', 'fled', 'fought', 'caught',
  'taught', 'felt', 'kept', 'meant', 'heard', 'stood', 'understood', 'struck', 'stole', 'sank', 'shot', 'slid', 'swore', 'tore', 'wore',
  'woke', 'ate', 'forgot', 'forgave', 'froze', 'hid', 'hung', 'laid', 'lent', 'lit', 'overtook', 'quit', 'rang', 'rode', 'sang', 'sat',
  'shook', 'shut', 'slept', 'sought', 'spun', 'split', 'spread', 'sprang', 'stuck', 'stung', 'swam', 'swept', 'swung', 'underwent',
  'upheld', 'withdrew', 'wound', 'ago', 'yesterday',
];

/** "-ed" words that are not past-tense verbs, or that announce a future event. */
const NOT_PAST = new Set([
  'need', 'speed', 'seed', 'feed', 'indeed', 'hundred', 'united', 'red', 'bed', 'shed', 'bred', 'embed', 'proceed', 'succeed',
  'exceed', 'breed', 'greed', 'weed', 'scheduled', 'expected', 'planned', 'slated', 'proposed', 'anticipated', 'intended', 'supposed',
  'limited', 'based', 'related', 'unexpected', 'detailed', 'advanced', 'sophisticated', 'armed', 'unnamed', 'alleged', 'reed', 'creed',
]);

const IRREGULAR = new Set(IRREGULAR_PAST);

/**
 * Single words that put a clause in the future, with the present-tense verbs of a timetable: news
 * writes coming events in the present ("the deadline expires Monday", "preorders start Friday").
 */
const FUTURE_WORDS = new Set([
  'will', "won't", 'shall', 'upcoming', 'starts', 'start', 'begins', 'begin', 'opens', 'closes', 'ends', 'expires', 'expire',
  'resumes', 'resume', 'reopens', 'kicks', 'convenes', 'convene', 'departs', 'arrives', 'goes',
]);
/** Words that put a clause in the future when "to" follows ("plans to", "is to", "set to"). */
const FUTURE_BEFORE_TO = new Set(['going', 'plan', 'plans', 'planning', 'planned', 'intend', 'intends', 'expect', 'expects', 'expected', 'scheduled', 'slated', 'likely', 'poised', 'hope', 'hopes', 'due', 'set', 'is', 'are']);
/** Words that put a clause in the future when "for" or "on" follows ("set for Thursday", "due on Monday"). */
const FUTURE_BEFORE_FOR = new Set(['set', 'due', 'slated', 'scheduled', 'planned', 'expected']);
/** "-ed" words that announce a future event ("scheduled for Monday"). */
const FUTURE_PARTICIPLES = new Set(['scheduled', 'planned', 'slated', 'proposed']);

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

function cueTense(word: string, next: string | undefined): Tense | 'passive' | null {
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll") || word.endsWith('’ll')) return 'future';
  if (next === 'to' && FUTURE_BEFORE_TO.has(word)) return 'future';
  if ((next === 'for' || next === 'on') && FUTURE_BEFORE_FOR.has(word)) return 'future';
  if ((word === 'be' || word === 'being') && next !== undefined && /(?:ed|en)$/.test(next)) return 'passive';
  if (IRREGULAR.has(word)) return 'past';
  if (word.length >= 4 && word.endsWith('ed')) {
    if (FUTURE_PARTICIPLES.has(word)) return 'future';
    return NOT_PAST.has(word) ? null : 'past';
  }
  return null;
}

/** Abbreviations whose dot does not end a sentence ("Sept. 30", "Mr. Smith", "U.S. officials"). */
const ABBREVIATION = /\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|U\.S|No)\.$/;

/** How far from the date a sentence boundary is looked for: a tense cue further away says little. */
const WINDOW = 160;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 9)) return false;
  return c !== 46 || !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i + 1));
}

/** Start and end of the sentence around [start, end) in the block, within WINDOW characters. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - WINDOW);
  while (from > floor && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + WINDOW);
  while (to < ceiling && !isSentenceEnd(text, to)) to++;
  return [from, to];
}

/** Words that let a past-tense sentence still look ahead ("said it would act in June", "effective July 1"). */
const LOOKS_AHEAD = /\b(?:will|would|could|may|might|should|shall|must|can|going to|plans?|planned|expects?|expected|scheduled|due|set to|begin(?:s|ning)?|start(?:s|ing)?|effective|until|by|from|through|next|upcoming)\b|['’]ll\b/i;

/** True when the sentence around [start, end) has any word that can point past its own time. */
export function sentenceLooksAhead(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceBounds(text, start, end);
  return LOOKS_AHEAD.test(text.slice(from, start)) || LOOKS_AHEAD.test(text.slice(end, to));
}

/**
 * Side remarks a date's own verb is not in: a relative clause between commas ("the bill, which
 * Democrats said was rushed, on Thursday") or brackets. Their tense belongs to another event.
 */
const ASIDE = /,\s+(?:which|who|whom|whose|where|after|as|because|although|though|while)\b[^,;]{0,120},|\([^()]{0,120}\)|\s[-–—]{1,2}\s[^-–—]{0,120}\s[-–—]{1,2}\s/g;

function asides(sentence: string, offset: number): [number, number][] {
  const found: [number, number][] = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(sentence); m; m = ASIDE.exec(sentence)) found.push([offset + m.index, offset + m.index + m[0].length]);
  return found;
}

/**
 * The tense of the date's own verb: the nearest tense cue before the date in its sentence (the
 * verb a date follows governs it: "will vote, after the ministry published the figures, on
 * Thursday"), else the nearest after it ("On Thursday, the army said"). Cues inside a side remark
 * that does not hold the date are not the date's.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceBounds(text, start, end);
  const sentence = text.slice(from, to);
  const skipped = asides(sentence, from).filter(([a, b]) => !(a <= start && end <= b));
  const words: { at: number; end: number; word: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) words.push({ at: from + m.index, end: from + m.index + m[0].length, word: m[0].toLowerCase() });
  let before: Tense = 'none';
  let after: Tense = 'none';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.at < end && w.end > start) continue; // inside the date itself
    const tense = cueTense(w.word, words[i + 1]?.word);
    if (tense === 'passive') {
      i++; // infinitive passive "be held": no tense of its own
      continue;
    }
    if (!tense || skipped.some(([a, b]) => a <= w.at && w.end <= b)) continue;
    if (w.end <= start) before = tense; // the last one before the date is the nearest
    else if (after === 'none') after = tense; // the first one after it is
  }
  return before !== 'none' ? before : after;
}
