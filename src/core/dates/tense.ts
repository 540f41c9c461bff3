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

const CUES = new RegExp(
  "\\b(will|won't|shall|going to|plans? to|planning to|intends? to|expects? to|hopes? to|due to|set to|is to|are to|upcoming)\\b|'ll\\b" +
    `|\\b(?:be|being)\\s+[a-z]+(?:ed|en)\\b` +
    `|\\b(${IRREGULAR_PAST.join('|')}|[a-z]{2,}ed)\\b`,
  'g',
);

/** Start and end of the sentence around [start, end) in the block. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !(/[.!?]/.test(text[from - 1]) && /\s/.test(text[from] ?? ' ') && !/\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|U\.S|No)\.$/.test(text.slice(Math.max(0, from - 6), from)))) from--;
  let to = end;
  while (to < text.length && !(/[.!?]/.test(text[to]) && /\s/.test(text[to + 1] ?? ' '))) to++;
  return [from, to];
}

/** The tense of the verb nearest to [start, end) within its sentence. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceBounds(text, start, end);
  const sentence = text.slice(from, to);
  let best: Tense = 'none';
  let bestDistance = Infinity;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(sentence); m; m = CUES.exec(sentence)) {
    const at = from + m.index;
    const distance = at >= end ? at - end : at + m[0].length <= start ? start - (at + m[0].length) : 0;
    if (at < end && at + m[0].length > start) continue; // inside the date itself
    let tense: Tense | null;
    if (m[1] !== undefined || m[0] === "'ll") tense = 'future';
    else if (m[2] !== undefined) tense = NOT_PAST.has(m[2].toLowerCase()) ? (/^(?:scheduled|planned|slated|proposed)$/i.test(m[2]) ? 'future' : null) : 'past';
    else tense = null; // infinitive passive "be held": no tense of its own
    if (tense && distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}
