import { formatDay, isValidYmd, parseIsoDay, type Ymd } from './dates/calendar';
import { findMentions } from './dates/detect';
import type { DocumentModel } from './document';
import type { AnalyzeOptions, Dateline } from './options';

/** How far down a draft the date line may sit: title, byline, date, maybe a picture credit. */
const DATE_LINE_BLOCKS = 6;

/** A wire dateline opening the first paragraph: "MOSCOW, May 11, 2018 (Reuters) -". */
const WIRE_PLACE = /^\s*[A-Z][A-Z.'’ -]{1,40},\s+/;

/** What follows the date of a wire dateline: maybe the year, maybe the agency, then a dash or colon. */
const WIRE_TAIL = /^,?\s*(?:\d{4}\s*)?(?:\([^()\n]{1,40}\)\s*)?[-–—:]/;
/** A place written in ordinary case, maybe with its region ("Margao (Goa) [India], "): an agency must follow the date. */
const WIRE_PLACE_MIXED = /^\s*[A-Z][\p{L}.'’ -]{1,40}(?:\s*[([][^()[\]\n]{1,30}[)\]]){0,2},\s+/u;
const WIRE_TAIL_AGENCY = /^,?\s*(?:\d{4}\s*)?\([^()\n]{1,40}\)\s*[-–—:]/;

/**
 * True when [start, end) of a block is the date of a wire dateline opening it ("PARIS, June 19
 * (Reuters) -", "Margao (Goa) [India], February 8 (ANI):"): the story's own date, not a date the
 * story tells of.
 */
export function isWireDateline(block: string, start: number, end: number): boolean {
  const tail = block.slice(end, end + 60);
  const place = WIRE_PLACE.exec(block);
  if (place !== null && start === place[0].length) return WIRE_TAIL.test(tail);
  const mixed = WIRE_PLACE_MIXED.exec(block);
  return mixed !== null && start === mixed[0].length && WIRE_TAIL_AGENCY.test(tail);
}

/** What may stand around the date on a date line: "Published: …", "Updated …", "…, 10:30 a.m. EDT". */
const LINE_LABEL = /^\s*(?:(?:published|updated|posted|dateline|date)\b\s*:?\s*(?:on\s+)?)?$/i;
const LINE_TIME = /^\s*[.,]?\s*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*)?[.,]?\s*$/i;

/** The one full calendar date (year, month, day) that makes up `text` from `from` on, with its range. */
function fullDate(text: string, from: number, wholeText: boolean): { day: Ymd; start: number; end: number } | null {
  const mentions = findMentions(text);
  const m = mentions.find((x) => x.start >= from);
  if (!m || m.expr.type !== 'calendar' || m.expr.year === null || m.expr.month === null || m.expr.day === null) return null;
  if (wholeText && (!LINE_LABEL.test(text.slice(0, m.start)) || !LINE_TIME.test(text.slice(m.end)))) return null;
  if (!wholeText && m.start > from + 1) return null;
  const day = { year: m.expr.year, month: m.expr.month, day: m.expr.day };
  return isValidYmd(day) ? { day, start: m.start, end: m.end } : null;
}

function isoOption(value: string | null | undefined): string | null {
  return value && parseIsoDay(value.slice(0, 10)) ? value.slice(0, 10) : null;
}

/**
 * Where relative dates are resolved from, first found wins: an explicit option (CLI --dateline,
 * an evaluation's document date), front matter `date:` (ISO or a written date), a block near the top
 * that is only a date ("May 11, 2018" under the byline), a wire dateline opening the first paragraph,
 * then the fallback `defaultDateline` (the editor's factdesk.dateline setting).
 */
export function findDateline(doc: DocumentModel, options: AnalyzeOptions): Dateline | null {
  const explicit = isoOption(options.dateline);
  if (explicit) return { value: explicit, origin: 'option' };
  const field = doc.frontMatter?.get('date');
  if (field) {
    const iso = isoOption(field.value);
    if (iso) return { value: iso, origin: 'front-matter', start: field.start, end: field.start + 10 };
    const written = fullDate(field.value, 0, true);
    if (written) return { value: formatDay(written.day), origin: 'front-matter', start: field.start + written.start, end: field.start + written.end };
  }
  const top = doc.blocks.slice(0, DATE_LINE_BLOCKS);
  for (const block of top) {
    const line = block.text.length <= 60 ? fullDate(block.text, 0, true) : null;
    if (line) return { value: formatDay(line.day), origin: 'text', start: block.start + line.start, end: block.start + line.end };
  }
  const firstParagraph = top.find((b) => b.kind === 'paragraph' && b.text.length > 60);
  const place = firstParagraph ? WIRE_PLACE.exec(firstParagraph.text) : null;
  if (firstParagraph && place) {
    const wire = fullDate(firstParagraph.text.slice(0, 80), place[0].length, false);
    if (wire) return { value: formatDay(wire.day), origin: 'text', start: firstParagraph.start + wire.start, end: firstParagraph.start + wire.end };
  }
  const fallback = isoOption(options.defaultDateline);
  return fallback ? { value: fallback, origin: 'option' } : null;
}
