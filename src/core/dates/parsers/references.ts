/**
 * Vague time references, TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF: "now", "currently",
 * "recently", "in the past", "the near future", "in recent years". They carry no calendar date but
 * tie a claim to a moment a fact-checker must keep in mind ("now controls 20 percent": still true
 * at publication?). Idioms that only mean "temporarily" ("for now", "for the time being") are not
 * references to the dateline and are skipped, and so are the adjectives "current", "recent" and
 * "future" ("the current rules", "future plans"): they describe a thing, not a time to check.
 * The scanner reports these only when the desk asks for them (`presentReferences`).
 */
import { words } from '../lexicon';
import type { Mention } from '../types';
import { collect, wordBefore } from './match';

const PRESENT = new RegExp(`\\b${words(['right now', 'now', 'currently', 'nowadays', 'these days', 'at present', 'presently'])}(?![\\w-])`, 'g');
const PAST = new RegExp(
  `\\b(?:${words(['more recently', 'recently', 'lately', 'in the past', 'recent years', 'recent months', 'recent weeks', 'recent days', 'past years'])})(?![\\w-])`,
  'g',
);
const FUTURE = new RegExp(`\\b(?:${words(['the near future', 'the future', 'the near term', 'the short term', 'in coming months', 'in coming weeks', 'in coming years', 'in the coming months', 'in the coming weeks', 'in the coming years', 'soon'])})(?![\\w-])`, 'g');

/** "for now", "just now" (a moment ago is not the present), "as soon as possible". */
const NOT_PRESENT_BEFORE = new Set(['for', 'just', 'from', 'by']);

const TRIGGER = /now|current|present|recent|lately|past|future|term|coming|soon|days/i;

export function parseReferences(text: string, out: Mention[]): void {
  if (!TRIGGER.test(text)) return;
  collect(PRESENT, text, (m) => {
    if (NOT_PRESENT_BEFORE.has(wordBefore(text, m.index).toLowerCase())) return null;
    return { expr: { type: 'vague', value: 'PRESENT_REF' } };
  }, out);
  collect(PAST, text, (m) => ({ expr: { type: 'vague', value: 'PAST_REF' }, lead: /^in\s/i.test(m[0]) ? 3 : 0 }), out);
  collect(FUTURE, text, (m) => {
    // "as soon as", "so soon after the talks", "soon after he left": relative to an event, not the dateline.
    if (/^soon$/i.test(m[0]) && (/^\s+(?:as|after|afterwards?|thereafter)\b/i.test(text.slice(m.index + 4, m.index + 20)) || /\b(?:as|so|too|how)\s*$/i.test(text.slice(Math.max(0, m.index - 5), m.index)))) return null;
    return { expr: { type: 'vague', value: 'FUTURE_REF' }, lead: /^in\s/i.test(m[0]) ? 3 : 0 };
  }, out);
}
