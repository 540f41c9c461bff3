/** Tables, JSON and error listings of an evaluation score, for scripts/eval.ts. */
import { prf, type Counts, type ErrorItem, type Errors, type Score } from './score';

/** P/R/F1 are null when the corpus has no gold for the measure (TimeBank has no quotes). */
type Measured = { p: number | null; r: number | null; f1: number | null } & Counts;

export interface Summary {
  quotes: { strict: Measured; relaxed: Measured };
  speakers: { found: number; overlap: number; pronounResolved: number; accuracy: number | null };
  cues: Measured;
  sources: Measured;
  dates: Measured;
  dateValues: { matched: number; right: number; accuracy: number | null };
}

const withPrf = (c: Counts): Measured => (c.gold === 0 ? { p: null, r: null, f1: null, ...c } : { ...prf(c), ...c });

export function summary(s: Score): Summary {
  const speakerRight = s.speakers.overlap + s.speakers.pronounResolved;
  return {
    quotes: { strict: withPrf(s.quotesStrict), relaxed: withPrf(s.quotesRelaxed) },
    speakers: { ...s.speakers, accuracy: s.speakers.found ? speakerRight / s.speakers.found : null },
    cues: withPrf(s.cues),
    sources: withPrf(s.sources),
    dates: withPrf(s.dates),
    dateValues: { ...s.dateValues, accuracy: s.dateValues.matched ? s.dateValues.right / s.dateValues.matched : null },
  };
}

const f3 = (n: number | null): string => (n === null ? 'n/a' : n.toFixed(3));

function row(name: string, c: Measured): string {
  return `${name.padEnd(28)} ${f3(c.p).padStart(6)} ${f3(c.r).padStart(6)} ${f3(c.f1).padStart(6)}   ${c.predRight}/${c.pred} right, ${c.goldFound}/${c.gold} found`;
}

export function formatTable(score: Score): string {
  const s = summary(score);
  return [
    `${'measure'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   counts`,
    row('direct quotes (strict)', s.quotes.strict),
    row('direct quotes (relaxed)', s.quotes.relaxed),
    `${'speaker accuracy'.padEnd(28)} ${f3(s.speakers.accuracy).padStart(20)}   ${s.speakers.overlap} overlap + ${s.speakers.pronounResolved} pronoun resolved / ${s.speakers.found} found quotes`,
    row('attribution cues (relaxed)', s.cues),
    row('sources (relaxed)', s.sources),
    row('dates (relaxed, R on DATE)', s.dates),
    `${'date value accuracy'.padEnd(28)} ${f3(s.dateValues.accuracy).padStart(20)}   ${s.dateValues.right}/${s.dateValues.matched} matched DATE timexes`,
  ].join('\n');
}

/** "…before [[span]] after…" on one line, about `width` characters of context; long spans are shortened in the middle. */
export function inContext(text: string, e: ErrorItem, width = 60): string {
  const side = Math.max(12, Math.floor((width - (e.end - e.start)) / 2));
  const clean = (t: string): string => t.replace(/\s+/g, ' ');
  const span = clean(text.slice(e.start, e.end));
  const shown = span.length > 80 ? `${span.slice(0, 38)} … ${span.slice(-38)}` : span;
  return `…${clean(text.slice(Math.max(0, e.start - side), e.start))}[[${shown}]]${clean(text.slice(e.end, e.end + side))}…`;
}

export function formatErrors(score: Score, n: number, textOf: (doc: string) => string): string {
  const lines: string[] = [];
  const list = (title: string, items: ErrorItem[]): void => {
    if (items.length === 0) return;
    lines.push(`  ${title} (${Math.min(n, items.length)} of ${items.length}):`);
    for (const e of items.slice(0, n)) lines.push(`    ${e.doc}: ${inContext(textOf(e.doc), e)}${e.note ? `  — ${e.note}` : ''}`);
  };
  // A corpus without gold for a category (TimeBank has no quotes) cannot tell right from wrong there.
  const judged: Record<string, number> = {
    quotes: score.quotesRelaxed.gold, speakers: score.speakers.found, cues: score.cues.gold,
    sources: score.sources.gold, dates: score.dates.gold, dateValues: score.dateValues.matched,
  };
  for (const [category, errors] of Object.entries(score.errors) as [string, Errors][]) {
    if (errors.misses.length + errors.falsePositives.length === 0 || judged[category] === 0) continue;
    lines.push(`\n${category}:`);
    list(category === 'dateValues' ? 'wrong values' : category === 'speakers' ? 'wrong or missing speakers' : 'misses', errors.misses);
    list('false positives', errors.falsePositives);
  }
  return `${lines.join('\n')}\n`;
}
