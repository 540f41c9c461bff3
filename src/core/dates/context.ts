/**
 * Readings that depend on the paragraph, not the phrase. In a paragraph about a quarter's results,
 * "a year ago" and "a year earlier" mean the same quarter a year before ("net income was $2 million,
 * against $3 million a year ago"), not the calendar year: earnings copy compares like with like.
 * Quarters and halves with no year are periods of play unless money is talked about near them: a
 * quarter only in a paragraph that talks sport or in a team's own words ("we came out flat in the
 * first quarter"; earnings copy says "in the third quarter" with no money word as often as not), a
 * half wherever nothing says it is the year's ("the first half of the year"), since a coach's quote
 * ("we were patient in the first half") has no sport word to go by.
 */
import { talksFirstPersonNear, talksMoneyNear, talksSport } from './sports';
import type { Mention } from './types';

/** A quarter or half with no year and no "last"/"next", or "the quarter": what a game is divided into. */
function mayBeGamePeriod(m: Mention): boolean {
  const e = m.expr;
  return (e.type === 'part' && e.year === null && e.shift === null) || (e.type === 'offset' && e.unit === 'quarter' && e.by === -1);
}

const OF_THE_YEAR = /^\s+of\s+(?:the|this|last|next|that)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b/i;

/** Keep a quarter or half as a date? `sport` is asked at most once per paragraph. */
function isPartOfYear(text: string, m: Mention, sport: () => boolean): boolean {
  if (talksMoneyNear(text, m.start, m.end)) return true;
  if (m.expr.type === 'part' && m.expr.part === 'H') return OF_THE_YEAR.test(text.slice(m.end, m.end + 40));
  return !sport() && !talksFirstPersonNear(text, m.start, m.end);
}

const QUARTER_TALK = /\bquarter(?:ly)?\b/i;
const A_YEAR_BACK = /^(?:\w+\s+)?(?:a|one)\s+year\s+(?:ago|earlier)$/i;

export function applyParagraphContext(text: string, all: Mention[]): Mention[] {
  let sport: boolean | undefined;
  const talksSportOnce = (): boolean => (sport ??= talksSport(text));
  const mentions = all.some(mayBeGamePeriod) ? all.filter((m) => !mayBeGamePeriod(m) || isPartOfYear(text, m, talksSportOnce)) : all;
  if (!QUARTER_TALK.test(text)) return mentions;
  return mentions.map((m) =>
    m.expr.type === 'offset' && m.expr.unit === 'year' && m.expr.by === -1 && A_YEAR_BACK.test(text.slice(m.start, m.end))
      ? { ...m, expr: { type: 'offset', unit: 'quarter', by: -5 } }
      : m,
  );
}
