/**
 * Number claims: money, percentages, counts with their noun, ages, measures, ranges and spelled
 * numbers. One pass over the block finds figures (digits, or number words); each is either read
 * as a mention (numbers/mention.ts) or set aside as not a quantity — see docs/rules/number.md for
 * what is not a claim and why. Dates, named systems and figures inside quotes are removed later,
 * by the number refiner, which sees the other scanners' claims.
 */
import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../scan';
import { readDigits, readWords, type Figure } from '../numbers/figure';
import { readMention, type NumberMention } from '../numbers/mention';
import { MEASURE_UNITS } from '../numbers/units';
import { formatNumberValue } from '../numbers/value';

const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|an? (?:hundred|thousand|million|billion|trillion|dozen|third|quarter|half)|twice|thrice|half)\b/gi;
const MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
const MONTH_AFTER = /^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const TIME_AFTER = /^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|EST\b|EDT\b|PST\b|PDT\b|BST\b|CET\b|hours?\s+GMT))/i;
const STREET_AFTER = /^(?:\s+[A-Z][A-Za-z.]*){1,3}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Square|Highway|Hwy)\b/;
/** Capitalized words that may stand right before a quantity; any other capitalized word before a figure names it ("Route 66"). */
const BEFORE_QUANTITY = new Set([
  'about', 'nearly', 'some', 'more', 'only', 'just', 'almost', 'around', 'roughly', 'over', 'under', 'at', 'in', 'of', 'the',
  'all', 'by', 'to', 'from', 'with', 'and', 'but', 'up', 'down', 'than', 'those', 'these', 'another', 'approximately',
  'each', 'least', 'exactly', 'for', 'on', 'its', 'their', 'his', 'her', 'our', 'my', 'an', 'a', 'estimated', 'between',
  'among', 'after', 'before', 'within', 'fewer', 'less', 'once', 'aged', 'age', 'ages', 'total', 'totaling', 'worth',
]);
const BARE_ONE_FOLLOWERS = /^\s+(?:of|in|out)\s/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The word right before `pos`, if only spaces separate them. */
function wordBefore(text: string, pos: number): string | null {
  const m = /([A-Za-z][A-Za-z.'\u2019]*)\s+$/.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? m[1] : null;
}

/** `pos` opens a sentence: nothing but quotes or brackets after a stop or the start of the block. */
function startsSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"\u201C\u2018'(*_]/.test(text[i])) i--;
  return i < 0 || /[.!?:;]/.test(text[i]);
}

/**
 * "10-12 percent", "2-3 days": a hyphenated range has a unit or noun after it and rises. "94-63",
 * "a 3-1 win", "555-0100" do not: scores, votes and phone numbers.
 */
function isHyphenRange(rest: string, low: number): boolean {
  const m = /^[-\u2013](\d[\d,]*(?:\.\d+)?)(?:\s?(?:%|percent|per cent|million|billion|thousand)|\s+[a-z])/.exec(rest);
  return m !== null && Number(m[1].replace(/,/g, '')) > low && !/^[-\u2013]\d+[-\u2013]\d/.test(rest);
}

/** Why a figure of digits at `start` is not a quantity, or null when it may be one. */
function digitsNotAQuantity(text: string, figure: Figure): boolean {
  const before = text[figure.start - 1];
  if (isDigit(before) || before === '.' || before === ',' || before === '/' || before === ':' || before === '#' || before === '\u00B0') return true;
  // Designations and codes: "S-300", "F35", "COVID-19", "G-20".
  if (isLetter(before)) return true;
  if ((before === '-' || before === '\u2013') && (isLetter(text[figure.start - 2]) || isDigit(text[figure.start - 2]))) return true;
  const after = text[figure.end];
  const rest = text.slice(figure.end, figure.end + 24);
  // Ordinals, decades, codes glued to letters: "5th", "1990s", "3D", "4G" (units and scales were read already).
  if (isLetter(after) && !figure.scaled && !/^(?:km|kg|mm|cm|mi|ft|lbs?|mph|kph|mw|gw|kwh?|g|t)\b/i.test(rest)) return true;
  if (after === '/' && isDigit(text[figure.end + 1])) return true;
  // Scores, phone numbers, ranges of codes: "94-63", "555-0100". Ranges with a unit are read by the mention.
  if ((after === '-' || after === '\u2013') && isDigit(text[figure.end + 1])) return !isHyphenRange(rest, figure.amount);
  if (TIME_AFTER.test(rest)) return true;
  if (STREET_AFTER.test(text.slice(figure.end, figure.end + 60))) return true;
  if (MONTH.test(text.slice(Math.max(0, figure.start - 12), figure.start)) || MONTH_AFTER.test(rest)) return true;
  // List numbering: "1." or "2)" at the start of the block or a line.
  const lineStart = figure.start === 0 || text[figure.start - 1] === '\n';
  if (lineStart && (after === '.' || after === ')') && !isDigit(text[figure.end + 1])) return true;
  // "No. 3", "Number 10", "Route 66", "Windows 11": a figure right after a capitalized word names a thing
  // (sentence-initial ones too: "Route 66 runs west"); quantities start with "About", "Some", "The"….
  const previous = wordBefore(text, figure.start);
  if (previous && /^[A-Z]/.test(previous) && !BEFORE_QUANTITY.has(previous.toLowerCase())) return true;
  return false;
}

function wordsNotAQuantity(text: string, figure: Figure): boolean {
  const first = text.slice(figure.start, figure.end);
  if (isLetter(text[figure.start - 1]) || text[figure.start - 1] === '-') return true;
  // "Fantastic Four", "Big Ten": capitalized number words inside a sentence are names.
  if (/^[A-Z]/.test(first) && !startsSentence(text, figure.start)) return true;
  // "one" alone is a pronoun or an article ("no one", "one day"): only "one of the six", "one in five" count.
  if (figure.words === 1 && /^one$/i.test(first)) return !BARE_ONE_FOLLOWERS.test(text.slice(figure.end, figure.end + 6));
  return false;
}

const WORD_FIGURE = /^(?:twice|thrice|half)$/i;

function readFigure(text: string, start: number): Figure | null {
  if (isDigit(text[start])) return readDigits(text, start, /[$€£¥₹₽₩₴]$|\b[A-Z]{3} ?$/.test(text.slice(Math.max(0, start - 4), start)));
  const m = /^[A-Za-z]+/.exec(text.slice(start, start + 8));
  if (m && WORD_FIGURE.test(m[0])) {
    const word = m[0].toLowerCase();
    const end = start + m[0].length;
    // "half" is a quantity only as "half of", "half the", "half a": not "second half", "half-time".
    if (word === 'half' && !/^\s+(?:of|the|a|an|its|their|his|her)\b/.test(text.slice(end, end + 8))) return null;
    return { start, end, amount: word === 'half' ? 0.5 : word === 'twice' ? 2 : 3, spelled: true, fraction: word === 'half', scaled: false, scale: 1, plainDigits: false, words: 1 };
  }
  return readWords(text, start);
}

/** Four plain digits from 1000 to 2100 are a year unless money, a share or a measure: counts that large take a comma ("1,500 troops"). */
function isYear(mention: NumberMention, figure: Figure): boolean {
  if (!figure.plainDigits || mention.category === 'money' || mention.category === 'percent' || mention.category === 'measure') return false;
  return figure.end - figure.start === 4 && figure.amount >= 1000 && figure.amount <= 2100;
}

/**
 * A figure that counts nothing checkable: "one" without its whole ("one of the aides"), or a
 * spelled number with no noun ("the two met"), which stands for people named elsewhere.
 */
function isPronounLike(mention: NumberMention, figure: Figure, text: string): boolean {
  if (!figure.spelled) return false;
  if (mention.category === 'bare') return !figure.scaled || /\byear\s+$/i.test(text.slice(Math.max(0, figure.start - 8), figure.start));
  return /^one$/i.test(text.slice(figure.start, figure.end)) && mention.value.of === undefined && mention.category !== 'share';
}

/** "a two-way race", "a half-frozen snake": a number word or figure inside a compound adjective, unless the compound is a measure ("a 40-year career"). */
function isCompound(text: string, figure: Figure): boolean {
  if (text[figure.end] !== '-' || !isLetter(text[figure.end + 1]) || /[$€£¥₹₽₩₴]$/.test(text.slice(0, figure.start))) return false;
  const word = /^-([a-z]+)/i.exec(text.slice(figure.end, figure.end + 16));
  return !word || !(word[1].toLowerCase() in MEASURE_UNITS || /^(?:year|point|percent|member|person|man|seat|game|day|hour|week|month|mile|foot)$/i.test(word[1]) || (figure.spelled && /^(?:thirds?|quarters?|fifths?)$/i.test(word[1])));
}

/** "twice" after a figure is a factor, "half" of a count its share: they keep their own unit. */
function finishWordFigure(mention: NumberMention, text: string): NumberMention {
  const word = text.slice(mention.figureStart, mention.figureEnd).toLowerCase();
  if (word === 'twice' || word === 'thrice') return { ...mention, category: 'times', value: { ...mention.value, unit: 'times' }, end: mention.figureEnd, subject: null };
  return mention;
}

export function findNumberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  FIGURE.lastIndex = 0;
  let resumeAt = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    if (m.index < resumeAt) continue;
    const figure = readFigure(text, m.index);
    if (!figure) continue;
    FIGURE.lastIndex = Math.max(FIGURE.lastIndex, figure.end);
    const rejected = figure.spelled ? wordsNotAQuantity(text, figure) : digitsNotAQuantity(text, figure);
    if (rejected) {
      // Skip the rest of a code or phone number ("555-0100", "94-63") so its parts are not read.
      let end = figure.end;
      while (end < text.length && /[\d\-\u2013.,/:]/.test(text[end]) && isDigit(text[end + (isDigit(text[end]) ? 0 : 1)])) end++;
      resumeAt = end;
      FIGURE.lastIndex = Math.max(FIGURE.lastIndex, end);
      continue;
    }
    if (isCompound(text, figure)) continue;
    let mention = readMention(text, figure);
    if (!mention) continue;
    if (figure.words === 1 && WORD_FIGURE.test(text.slice(figure.start, figure.end))) mention = finishWordFigure(mention, text);
    if (isYear(mention, figure) || isPronounLike(mention, figure, text)) continue;
    mentions.push(mention);
    resumeAt = mention.end;
    FIGURE.lastIndex = Math.max(FIGURE.lastIndex, mention.end);
  }
  return mentions;
}

export function numberMessage(mention: NumberMention): string {
  const about = mention.subject && mention.subject !== mention.value.unit ? ` (${mention.subject})` : '';
  return `Number: ${formatNumberValue(mention.value)}${about}: check the figure against the source`;
}

export const scanNumbers: BlockScanner = (text): ClaimDraft[] =>
  findNumberMentions(text).map((mention) => ({
    code: 'number',
    start: mention.start,
    end: mention.end,
    message: numberMessage(mention),
    quantity: mention.value,
    number: { category: mention.category, subject: mention.subject, figureOffset: mention.figureStart - mention.start, figureLength: mention.figureEnd - mention.figureStart },
  }));
