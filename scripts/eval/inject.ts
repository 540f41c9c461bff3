/**
 * Slips injected into real articles at run time, to measure the consistency checks: each function
 * takes an article and returns a draft with one slip and where it is, or null when the article has
 * nothing to inject into. Deterministic; the slips are the ones a copy desk sees: a figure restated
 * differently, a surname misspelled once, a title that gains a rank, a change that does not add up.
 */
import type { Claim, RuleCode } from '../../src/core/claims';
import { TITLES } from '../../src/core/speech/lexicon';

export interface Injection {
  kind: 'number-restated' | 'change-arithmetic' | 'surname-misspelled' | 'title-changed';
  text: string;
  /** Where the slip is: a finding overlapping it counts as detected. */
  start: number;
  end: number;
  /** The codes that detect it. */
  codes: RuleCode[];
}

/** A stop, not a decimal point. */
function endsSentence(text: string, i: number): boolean {
  return /[!?\n]/.test(text[i]) || (text[i] === '.' && /\s/.test(text[i + 1] ?? ' '));
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < start && /\s/.test(text[s])) s++;
  const sentence = text.slice(s, e);
  // Quotes and very long sentences do not restate well on their own.
  if (/["\u201C\u201D]/.test(sentence) || sentence.length > 300) return null;
  return { start: s, end: e };
}

/** The first figure of a claim's text, changed by about a third and written the same way. */
function changedFigure(written: string): { offset: number; length: number; replacement: string } | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(written);
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ''));
  const decimals = m[0].includes('.') ? m[0].length - m[0].indexOf('.') - 1 : 0;
  let next = value * 1.35;
  next = decimals ? Number(next.toFixed(decimals)) : Math.round(next) + (Math.round(next) === value ? 1 : 0);
  const formatted = m[0].includes(',') ? next.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : next.toFixed(decimals);
  return { offset: m.index, length: m[0].length, replacement: formatted };
}

const MEASURED = /^(?:[A-Z]{3}|%|pp|[a-z]+)$/;

/** A sentence with a figure, repeated at the end of the article with the figure changed. */
export function restateNumber(text: string, claims: Claim[], seed: number): Injection | null {
  const candidates = claims.filter((c) => c.code === 'number' && c.quantity && MEASURED.test(c.quantity.unit) && c.quantity.unit !== 'times' && c.quantity.unit !== 'share');
  for (let k = 0; k < candidates.length; k++) {
    const claim = candidates[(seed + k) % candidates.length];
    const sentence = sentenceAround(text, claim.start, claim.end);
    const figure = changedFigure(claim.text);
    if (!sentence || !figure) continue;
    const at = claim.start + figure.offset - sentence.start;
    const copy = text.slice(sentence.start, sentence.end);
    const changed = copy.slice(0, at) + figure.replacement + copy.slice(at + figure.length);
    const base = text.replace(/\s*$/, '') + '\n\n';
    const start = base.length + at;
    return { kind: 'number-restated', text: base + changed + '\n', start, end: start + figure.replacement.length, codes: ['number-inconsistent', 'number-arithmetic'] };
  }
  return null;
}

/** A new last paragraph stating a change from one of the article's figures that does not add up. */
export function wrongChange(text: string, claims: Claim[], seed: number): Injection | null {
  const candidates = claims.filter((c) => c.code === 'number' && c.quantity && c.quantity.amount >= 2 && c.quantity.max === undefined && c.quantity.of === undefined && /^\d/.test(c.text) && c.quantity.unit !== 'times');
  if (candidates.length === 0) return null;
  const claim = candidates[seed % candidates.length];
  const a = claim.quantity!.amount;
  const figure = /\d[\d,]*(?:\.\d+)?/.exec(claim.text)!;
  const write = (n: number): string => claim.text.slice(0, figure.index) + (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1)) + claim.text.slice(figure.index + figure[0].length);
  const base = text.replace(/\s*$/, '') + '\n\n';
  const sentence = seed % 2 === 0
    ? `Since then the figure has doubled from ${claim.text} to ${write(Math.round(a * 3))}.`
    : `The figure later rose 10% to ${write(Math.round(a * 1.5))} from ${claim.text}.`;
  const start = base.length;
  return { kind: 'change-arithmetic', text: base + sentence + '\n', start, end: start + sentence.length, codes: ['number-arithmetic'] };
}

/** One later occurrence of a surname the article gives with a first name, misspelled by one edit. */
export function misspellSurname(text: string, seed: number): Injection | null {
  const full = /\b\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}{4,})\b/gu;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(full)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  // People only: a surname the article also uses alone with a reporting verb ("Kozhin said", not
  // "the Harbour Board said", "North Ruritania said") or with a courtesy title.
  const surnames = [...counts.keys()].filter((s) => (text.match(new RegExp(`\\b${s}\\b`, 'g')) ?? []).length >= 3 && new RegExp(`(?:(?<!\\p{Lu}\\p{L}* )\\b${s} (?:said|says|told|added)\\b|\\b(?:Mr|Mrs|Ms)\\. ${s}\\b)`, 'u').test(text));
  if (surnames.length === 0) return null;
  const surname = surnames[seed % surnames.length];
  const last = text.lastIndexOf(surname);
  const i = 2 + (seed % Math.max(1, surname.length - 3));
  const edits = [
    surname.slice(0, i) + surname[i + 1] + surname[i] + surname.slice(i + 2), // transposition
    surname.slice(0, i) + surname[i] + surname.slice(i), // doubled letter
    surname.slice(0, i) + surname.slice(i + 1), // dropped letter
  ];
  const wrong = edits.find((e, k) => k >= seed % 3 && e !== surname) ?? edits[1];
  return { kind: 'surname-misspelled', text: text.slice(0, last) + wrong + text.slice(last + surname.length), start: last, end: last + wrong.length, codes: ['name-inconsistent'] };
}

const OFFICES = /\b(Minister|Secretary|Director|Governor|Mayor|Chairman|Commissioner|Ambassador) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/gu;
const RANK_BEFORE = /\b(?:Deputy|Vice|Assistant|Acting|Under|Associate|Interim)[ \p{L}]*$/u;

/**
 * A new last paragraph naming a titled person with a rank added to the title ("Deputy Foreign
 * Minister Lavrov"). The person is the first "Office First Surname" whose title has no rank yet
 * (else "Deputy Minister Roe" after "Deputy Prime Minister Ann Roe" only shortens it) and whose
 * name is two words, first name first (not "Secretary General Park Ji-won", "Minister Prince
 * Aldo Varenne").
 */
export function changeTitle(text: string): Injection | null {
  for (const m of text.matchAll(OFFICES)) {
    const end = m.index + m[0].length;
    const titleRun = /(?:\p{Lu}[\p{L}.-]* )*$/u.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[0] ?? '';
    if (TITLES.has(m[2]) || RANK_BEFORE.test(titleRun) || /^(?:[ -]\p{Lu}|-)/u.test(text.slice(end, end + 2))) continue;
    const base = text.replace(/\s*$/, '') + '\n\n';
    const mention = `Deputy ${m[1]} ${m[3]}`;
    return { kind: 'title-changed', text: `${base}${mention} declined to comment further.\n`, start: base.length, end: base.length + mention.length, codes: ['title-inconsistent'] };
  }
  return null;
}
