/**
 * The Claim type and the rule catalogue. Every face (CLI, extension, reports, rule docs) reads the
 * rule metadata from here so codes, severities and titles exist exactly once.
 */

export type ClaimKind = 'quote' | 'attribution' | 'date' | 'system' | 'link';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type RuleCode =
  | 'quote'
  | 'quote-unattributed'
  | 'quote-unbalanced'
  | 'quote-term'
  | 'quote-altered'
  | 'quote-not-in-source'
  | 'quote-wrong-speaker'
  | 'attribution'
  | 'attribution-anonymous'
  | 'attribution-secondhand'
  | 'date'
  | 'date-relative'
  | 'date-weekday-mismatch'
  | 'date-after-dateline'
  | 'system'
  | 'system-inconsistent'
  | 'link-placeholder'
  | 'link-insecure'
  | 'source-missing';

import type { SourceMatch } from './sources/types';

/** A piece of the document: `text === documentText.slice(start, end)`, offsets in UTF-16 code units. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Speaker extends Span {
  /** The fullest name the draft uses for this person ("Vladimir Kozhin" for "Kozhin" or "he"). */
  name: string;
}

export interface Source extends Span {
  anonymous: boolean;
}

export interface Claim {
  kind: ClaimKind;
  code: RuleCode;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  /** quote: the mention the quote is tied to. */
  speaker: Speaker | null;
  /** attribution: who the information is from. */
  source: Source | null;
  /** quote/attribution: the reporting verb or phrase ("said", "according to", "cited … as saying"). */
  cue: Span | null;
  /** quote/attribution: the outlet the claim came through ("Izvestia"). */
  outlet: string | null;
  /** date: normalized TIMEX3-style value ("2018-05-11", "2018-04", "2018-W19"). */
  value: string | null;
  /** system: the canonical designation. */
  canonical: string | null;
  /** link: the URL as written. */
  url: string | null;
  /** system: every spelling of this system seen in the document. */
  variants?: string[];
  /** date: the dateline a relative date was resolved against, if any. */
  dateline?: string | null;
  /**
   * quote: how its words compare with the draft's sources (section 1a); null when the draft has no
   * sources, or the quote is too short to judge. `fix` offsets are document offsets.
   */
  match: SourceMatch | null;
  /** Stable identity for verification records: survives edits elsewhere in the draft. */
  fingerprint: string;
}

export interface RuleInfo {
  code: RuleCode;
  kind: ClaimKind;
  severity: Severity;
  title: string;
  /** One sentence: what a fact-checker does about it. */
  check: string;
}

function rule(code: RuleCode, kind: ClaimKind, severity: Severity, title: string, check: string): RuleInfo {
  return { code, kind, severity, title, check };
}

export const RULES: Readonly<Record<RuleCode, RuleInfo>> = {
  quote: rule('quote', 'quote', 'info', 'Direct quote', 'Check the exact wording against the recording, transcript or original outlet, and that the speaker said it.'),
  'quote-unattributed': rule('quote-unattributed', 'quote', 'warning', 'Quote without a speaker', 'Name who said it, or confirm the quote is attributed nearby.'),
  'quote-unbalanced': rule('quote-unbalanced', 'quote', 'warning', 'Unbalanced quotation marks', 'Close the quote or remove the stray mark; a quote must show exactly what was said.'),
  'quote-term': rule('quote-term', 'quote', 'hint', 'Quoted term', 'Check the term is used as the source used it (scare quotes, titles, nicknames).'),
  'quote-altered': rule('quote-altered', 'quote', 'warning', 'Quote differs from its source', 'The source says it in other words: quote the source exactly, or mark the change ([brackets], an ellipsis).'),
  'quote-not-in-source': rule('quote-not-in-source', 'quote', 'warning', 'Quote not found in the sources', 'None of the draft\'s sources holds these words: find where they were said, or add that source.'),
  'quote-wrong-speaker': rule('quote-wrong-speaker', 'quote', 'warning', 'Quote said by someone else in the source', 'In the transcript these words are another speaker\'s: check who said them.'),
  attribution: rule('attribution', 'attribution', 'info', 'Attributed statement', 'Check the source said this, and link the original statement.'),
  'attribution-anonymous': rule('attribution-anonymous', 'attribution', 'warning', 'Anonymous source', 'Confirm the desk knows who the source is and why anonymity was granted.'),
  'attribution-secondhand': rule('attribution-secondhand', 'attribution', 'info', 'Second-hand attribution', 'Find the outlet\'s original report and link it; check it says what we say it says.'),
  date: rule('date', 'date', 'info', 'Date', 'Check the event happened on this date.'),
  'date-relative': rule('date-relative', 'date', 'info', 'Relative date', 'Check the resolved calendar date is right for the dateline, and that the event happened then.'),
  'date-weekday-mismatch': rule('date-weekday-mismatch', 'date', 'warning', 'Weekday does not match date', 'The weekday and the calendar date disagree: one of them is wrong.'),
  'date-after-dateline': rule('date-after-dateline', 'date', 'warning', 'Past event dated after the dateline', 'An event told in the past tense falls after the story\'s date: check the date or the tense.'),
  system: rule('system', 'system', 'info', 'Named system', 'Check the designation is spelled as the maker or military spells it, and is the right system.'),
  'system-inconsistent': rule('system-inconsistent', 'system', 'warning', 'Inconsistent designation', 'The draft spells this system more than one way: pick the canonical form.'),
  'link-placeholder': rule('link-placeholder', 'link', 'warning', 'Placeholder link', 'Replace the placeholder with the real source URL.'),
  'link-insecure': rule('link-insecure', 'link', 'info', 'Insecure link', 'Prefer the https:// address of the source.'),
  'source-missing': rule('source-missing', 'link', 'info', 'No source link', 'Add a link to the original source for this quote or attribution.'),
};

export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function isRuleCode(value: string): value is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

/** Relative path of a rule's documentation page inside the repository and the packaged extension. */
export function ruleDocPath(code: RuleCode): string {
  return `docs/rules/${code}.md`;
}

/** Public URL of a rule page, for SARIF help links and diagnostic code targets. */
export const RULE_DOCS_BASE = 'https://github.com/factdesk/factdesk/blob/main/';

export function ruleDocUrl(code: RuleCode): string {
  return RULE_DOCS_BASE + ruleDocPath(code);
}
