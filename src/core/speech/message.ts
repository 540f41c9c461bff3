/**
 * The one place that decides the rule code and the words of every quote and attribution finding,
 * from the facts the scanner and the speaker pass establish. The scanner calls it when it first
 * reports a quote or an attribution; the speaker pass calls it again once speakers are resolved
 * across paragraphs, so the same case always reads the same way.
 */
import type { RuleCode, Source, Speaker } from '../claims';

/** What kind of quotation a span is, as the quote-mark reader and the speech test found it. */
export type QuoteShape = 'speech' | 'term' | 'unclosed' | 'runs-off';

/** Where a quote's speaker was found, which the message tells the fact-checker. */
export type QuoteOrigin = 'same-paragraph' | 'continued' | 'previous-paragraph' | 'previous-subject';

export interface QuoteFacts {
  shape: QuoteShape;
  /** The quotation as written, marks included. */
  text: string;
  speaker: Speaker | null;
  outlet: string | null;
  origin: QuoteOrigin;
}

export interface Finding {
  code: RuleCode;
  message: string;
}

/** `Vladimir Kozhin` for "Kozhin", `Vladimir Kozhin ("he")` for a pronoun, the text itself when it holds the name. */
function who(text: string, name: string | null | undefined): string {
  if (/^(?:he|she|they|him|her|them)$/i.test(text) && (!name || name === text)) return `"${text}" (no name before it)`;
  if (!name || text.includes(name)) return text;
  return `${name} ("${text}")`;
}

export function quoteFinding(facts: QuoteFacts): Finding {
  const { shape, speaker, outlet, origin } = facts;
  if (shape === 'term') return { code: 'quote-term', message: `Quoted term ${facts.text}: check it is the source's own wording.` };
  if (shape === 'unclosed' || shape === 'runs-off') {
    return { code: 'quote-unbalanced', message: shape === 'runs-off' ? 'This quotation is not closed in its paragraph.' : 'This quotation mark is never closed.' };
  }
  if (!speaker) {
    return { code: 'quote-unattributed', message: origin === 'continued' ? 'Multi-paragraph quote with no speaker: say who said it.' : 'Quote with no speaker: say who said it.' };
  }
  const from = who(speaker.text, speaker.name);
  const via = outlet ? ` via ${outlet}` : '';
  if (origin === 'previous-paragraph') return { code: 'quote', message: `Quote, most likely from ${from}${via} (the source of the paragraph before): check the wording and the speaker.` };
  if (origin === 'previous-subject') return { code: 'quote', message: `Quote, most likely from ${from} (who the paragraph before is about): check the wording and the speaker.` };
  if (origin === 'continued') return { code: 'quote', message: `Quote from ${from}${via}, continued in the next paragraph: check the exact wording.` };
  return { code: 'quote', message: `Quote from ${from}${via}: check the exact wording against the source.` };
}

export interface AttributionFacts {
  source: Source;
  /** The name the source stands for: the antecedent of a pronoun, the fullest form of a name. */
  name: string | null;
  cue: string;
  outlet: string | null;
  /** A role-only source ("a senior aide") that the draft names elsewhere: that person's name. */
  namedElsewhere: string | null;
}

/** "the Harbor Gazette" and "Harbor Gazette" are one outlet. */
function sameName(a: string, b: string): boolean {
  const bare = (s: string): string => s.replace(/^the\s+/i, '');
  return bare(a) === bare(b);
}

export function attributionFinding(facts: AttributionFacts): Finding {
  const { source, outlet, namedElsewhere } = facts;
  const via = outlet && !sameName(outlet, source.text) ? `, through ${outlet}` : '';
  if (source.anonymous && source.text === facts.cue) {
    return { code: 'attribution-anonymous', message: `Hearsay ("${source.text}"): nobody is named; confirm the desk knows who says so.` };
  }
  if (source.anonymous) {
    return { code: 'attribution-anonymous', message: `Anonymous source "${source.text}"${via}: confirm the desk knows who it is.` };
  }
  if (namedElsewhere) {
    if (outlet) return { code: 'attribution-secondhand', message: `"${source.text}" (named elsewhere as ${namedElsewhere}) known only through ${outlet}: find and link the original report.` };
    return { code: 'attribution', message: `"${source.text}" is ${namedElsewhere}, named elsewhere in the draft: check the attribution.` };
  }
  if (outlet) {
    return {
      code: 'attribution-secondhand',
      message: sameName(outlet, source.text) ? `Reported by ${outlet}: find and link the outlet's original report.` : `"${source.text}" known only through ${outlet}: find and link the outlet's original report.`,
    };
  }
  return { code: 'attribution', message: `Attributed to ${who(source.text, facts.name)} ("${facts.cue}"): check the source said this.` };
}
