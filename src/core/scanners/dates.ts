/**
 * Date claims: every date expression of a block, resolved against the dateline in news sense, with
 * two checks an editor cannot do at a glance: a weekday that does not match its date, and a past
 * event dated after the story's own date.
 */
import { formatDay, parseIsoDay, weekday, type Ymd } from '../dates/calendar';
import { findMentions } from '../dates/detect';
import { afterDatelineMessage, ambiguousDateMessage, dateMessage, shiftedFiscalYearMessage, weekdayMismatchMessage, wireDatelineMessage } from '../dates/message';
import { isWireDateline } from '../dateline';
import { daysAfter, resolve, type Resolved } from '../dates/resolve';
import { sentenceLooksAhead, tenseAround, type Tense } from '../dates/tense';
import type { DateExpr } from '../dates/types';
import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../scan';

/**
 * A past-tense event after the dateline: only for dates written out in full (the year is the
 * writer's, not ours) in a sentence with no word that could point ahead ("would", "effective",
 * "beginning in"): a warning must be worth reading.
 */
function isAfterDateline(expr: DateExpr, resolved: Resolved, tense: () => Tense, dl: Ymd, looksAhead: () => boolean): boolean {
  if (resolved.relative || expr.type !== 'calendar') return false;
  const after = resolved.day
    ? daysAfter(resolved.day, dl) > 0
    : resolved.month !== undefined && resolved.month.year * 12 + resolved.month.month > dl.year * 12 + dl.month;
  return after && tense() === 'past' && !looksAhead();
}

const FISCAL = /\b(?:fiscal|financial)\b/i;

/** "07/05/2017" with no date order set: both readings, and no value, since either may be wrong. */
function ambiguousDraft(text: string, start: number, end: number, expr: Extract<DateExpr, { type: 'calendar' }>): ClaimDraft | null {
  const { year, month, day } = expr;
  if (year === null || month === null || day === null) return null;
  const monthFirst = formatDay({ year, month, day });
  const dayFirst = formatDay({ year, month: day, day: month });
  return { code: 'date-ambiguous', start, end, value: null, message: ambiguousDateMessage(text.slice(start, end), monthFirst, dayFirst) };
}

export const scanDates: BlockScanner = (text, context): ClaimDraft[] => {
  const datelineValue = context.dateline?.value ?? null;
  const dl = datelineValue ? parseIsoDay(datelineValue) : null;
  const drafts: ClaimDraft[] = [];
  const order = context.options.dateOrder ?? 'ambiguous';
  for (const mention of findMentions(text)) {
    let { expr } = mention;
    if (expr.type === 'calendar' && expr.swappable) {
      // chrono reads all-digit dates month first; the newsroom's order decides, or the editor does.
      if (order === 'dmy') expr = { ...expr, month: expr.day, day: expr.month };
      else if (order === 'ambiguous') {
        const ambiguous = ambiguousDraft(text, mention.start, mention.end, expr);
        if (ambiguous) drafts.push(ambiguous);
        continue;
      }
    }
    let tense: Tense | undefined;
    const tenseOf = (): Tense => (tense ??= tenseAround(text, mention.start, mention.end));
    const resolved = resolve(expr, dl, tenseOf);
    // "now", "currently", "recently": true of nearly every sentence of news, so only on request.
    if (!resolved || (resolved.granularity === 'vague' && !context.options.presentReferences)) continue;
    const written = text.slice(mention.start, mention.end);
    const base = { start: mention.start, end: mention.end, value: resolved.value, dateline: resolved.relative && resolved.resolved ? datelineValue : null };
    if (expr.type === 'offset' && expr.unit === 'year' && expr.by !== 0 && FISCAL.test(written)) {
      // "the last fiscal year" is last year only where the fiscal year is the calendar year; "this
      // fiscal year" at least overlaps the dateline's year and keeps its value.
      drafts.push({ ...base, value: null, dateline: null, code: 'date-relative', message: shiftedFiscalYearMessage(written) });
    } else if (expr.type === 'calendar' && isWireDateline(text, mention.start, mention.end)) {
      drafts.push({ ...base, dateline: null, code: 'date', message: wireDatelineMessage(written, resolved) });
    } else if (expr.type === 'calendar' && expr.weekday !== null && resolved.day && weekday(resolved.day) !== expr.weekday) {
      drafts.push({ ...base, code: 'date-weekday-mismatch', message: weekdayMismatchMessage(written, resolved.value, expr.weekday) });
    } else if (dl && datelineValue && isAfterDateline(expr, resolved, tenseOf, dl, () => sentenceLooksAhead(text, mention.start, mention.end))) {
      drafts.push({ ...base, code: 'date-after-dateline', message: afterDatelineMessage(written, resolved.value, datelineValue) });
    } else {
      drafts.push({ ...base, code: resolved.relative ? 'date-relative' : 'date', message: dateMessage(written, resolved, datelineValue) });
    }
  }
  return drafts;
};
