/**
 * Readings that depend on the paragraph, not the phrase. In a paragraph about a quarter's results,
 * "a year ago" and "a year earlier" mean the same quarter a year before ("net income was $2 million,
 * against $3 million a year ago"), not the calendar year: earnings copy compares like with like.
 */
import type { Mention } from './types';

const QUARTER_TALK = /\bquarter(?:ly)?\b/i;
const A_YEAR_BACK = /^(?:\w+\s+)?(?:a|one)\s+year\s+(?:ago|earlier)$/i;

export function applyParagraphContext(text: string, mentions: Mention[]): Mention[] {
  if (!QUARTER_TALK.test(text)) return mentions;
  return mentions.map((m) =>
    m.expr.type === 'offset' && m.expr.unit === 'year' && m.expr.by === -1 && A_YEAR_BACK.test(text.slice(m.start, m.end))
      ? { ...m, expr: { type: 'offset', unit: 'quarter', by: -5 } }
      : m,
  );
}
