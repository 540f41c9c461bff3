/**
 * Readings that depend on the paragraph, not the phrase. In a paragraph about a quarter's results,
 * "a year ago" and "a year earlier" mean the same quarter a year before ("net income was $2 million,
 * against $3 million a year ago"), not the calendar year: earnings copy compares like with like.
 * In a paragraph about a game, "the second half" and "the third quarter" are periods of play.
 */
import { isGamePeriod, talksSport } from './sports';
import type { Mention } from './types';

/** A quarter or half with no year and no "last"/"next", or "the quarter": what a game is divided into. */
function mayBeGamePeriod(m: Mention): boolean {
  const e = m.expr;
  return (e.type === 'part' && e.year === null && e.shift === null) || (e.type === 'offset' && e.unit === 'quarter' && e.by === -1);
}

const QUARTER_TALK = /\bquarter(?:ly)?\b/i;
const A_YEAR_BACK = /^(?:\w+\s+)?(?:a|one)\s+year\s+(?:ago|earlier)$/i;

export function applyParagraphContext(text: string, all: Mention[]): Mention[] {
  const sport = all.some(mayBeGamePeriod) && talksSport(text);
  const mentions = sport ? all.filter((m) => !(mayBeGamePeriod(m) && isGamePeriod(text, m.start, m.end))) : all;
  if (!QUARTER_TALK.test(text)) return mentions;
  return mentions.map((m) =>
    m.expr.type === 'offset' && m.expr.unit === 'year' && m.expr.by === -1 && A_YEAR_BACK.test(text.slice(m.start, m.end))
      ? { ...m, expr: { type: 'offset', unit: 'quarter', by: -5 } }
      : m,
  );
}
