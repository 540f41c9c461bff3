/** Word and punctuation tokens of a block, with offsets: the unit the cue and mention walkers step over. */
export interface Token {
  text: string;
  /** `text` in lower case, made once here: the cue and mention walkers compare it for every token. */
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'\u2019&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
/** Figures joined by a slash ("9/11", "24/7") are one word: the rest of one after its first figure. */
const SLASHED_FIGURES = /(?:\/\p{N}+)+/uy;

/** Titles and initials keep their trailing period; any other word gives it back as punctuation. */
function keepsPeriod(word: string): boolean {
  return /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\.$/.test(word) || /^(?:[A-Za-z]\.){2,}$/.test(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let value = m[0];
    const start = m.index;
    if (text[TOKEN.lastIndex] === '/' && /^\p{N}+$/u.test(value)) {
      SLASHED_FIGURES.lastIndex = TOKEN.lastIndex;
      const rest = SLASHED_FIGURES.exec(text);
      if (rest) {
        value += rest[0];
        TOKEN.lastIndex += rest[0].length;
      }
    }
    const word = /[\p{L}\p{N}]/u.test(value[0]);
    if (word && value.endsWith('.') && !keepsPeriod(value)) {
      value = value.slice(0, -1);
      tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word: true });
      tokens.push({ text: '.', lower: '.', start: start + value.length, end: start + value.length + 1, word: false });
      continue;
    }
    tokens.push({ text: value, lower: word ? value.toLowerCase() : value, start, end: start + value.length, word });
  }
  return tokens;
}

export function isCapitalized(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}
