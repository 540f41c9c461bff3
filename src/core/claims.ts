/**
 * The Claim type and the one catalogue of claim kinds and rules. Every face (CLI, extension,
 * reports, rule docs, the package.json settings schema) reads kinds and rules from CLAIM_KINDS and
 * RULES, so a kind or a code exists exactly once: ClaimKind and RuleCode are the keys of these
 * tables, and adding an entry fails the build (or a test) wherever something must be said about it.
 * See docs/adding-a-rule.md.
 */

import type { NumberValue } from './numbers/value';

/** Most to least severe, as the editor's diagnostic severities. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the faces say about a kind of claim. */
interface KindFields {
  /** Singular, for a hover card title ("Quote"). */
  label: string;
  /** Plural, for the Claims view and report sections ("Quotes"). */
  heading: string;
  /** Codicon id for lists and pickers. */
  icon: string;
  /** The `factdesk.kinds.<kind>` setting's description. */
  setting: string;
}

/** Kinds in the order the faces list them. */
const KIND_TABLE = {
  quote: { label: 'Quote', heading: 'Quotes', icon: 'quote', setting: 'Report direct and partial quotes.' },
  attribution: { label: 'Attribution', heading: 'Attributions', icon: 'person', setting: 'Report attributions (reported speech and sourcing).' },
  date: { label: 'Date', heading: 'Dates', icon: 'calendar', setting: 'Report dates, with relative dates resolved against the dateline.' },
  system: { label: 'Named system', heading: 'Named systems', icon: 'symbol-class', setting: 'Report named systems (weapons, vehicles, aircraft, products, software).' },
  number: { label: 'Number', heading: 'Numbers', icon: 'symbol-number', setting: 'Report numbers (money, percentages, counts, measures), stated two ways or with arithmetic that does not hold.' },
  name: { label: 'Name', heading: 'Names', icon: 'account', setting: 'Report people\'s names spelled two ways, titles that change, and second references.' },
  link: { label: 'Source link', heading: 'Links and sources', icon: 'link', setting: 'Report placeholder and insecure source links, and quotes or attributions without a source link.' },
} satisfies Record<string, KindFields>;

export type ClaimKind = keyof typeof KIND_TABLE;

export interface KindInfo extends KindFields {
  kind: ClaimKind;
}

const kinds = catalogue(KIND_TABLE, (kind, fields): KindInfo => ({ kind, ...fields }));

export const CLAIM_KINDS: Readonly<Record<ClaimKind, KindInfo>> = kinds.entries;

/** Every kind, in display order. */
export const KINDS: readonly ClaimKind[] = kinds.keys;

export const isClaimKind: (value: string) => value is ClaimKind = kinds.has;

interface RuleFields {
  kind: ClaimKind;
  severity: Severity;
  title: string;
  /** One sentence: what a fact-checker does about it. */
  check: string;
}

/** Rules grouped by kind, in display order. */
const RULE_TABLE = {
  quote: { kind: 'quote', severity: 'info', title: 'Direct quote', check: 'Check the exact wording against the recording, transcript or original outlet, and that the speaker said it.' },
  'quote-unattributed': { kind: 'quote', severity: 'warning', title: 'Quote without a speaker', check: 'Name who said it, or confirm the quote is attributed nearby.' },
  'quote-unbalanced': { kind: 'quote', severity: 'warning', title: 'Unbalanced quotation marks', check: 'Close the quote or remove the stray mark; a quote must show exactly what was said.' },
  'quote-term': { kind: 'quote', severity: 'hint', title: 'Quoted term', check: 'Check the term is used as the source used it (scare quotes, titles, nicknames).' },
  attribution: { kind: 'attribution', severity: 'info', title: 'Attributed statement', check: 'Check the source said this, and link the original statement.' },
  'attribution-anonymous': { kind: 'attribution', severity: 'warning', title: 'Anonymous source', check: 'Confirm the desk knows who the source is and why anonymity was granted.' },
  'attribution-secondhand': { kind: 'attribution', severity: 'info', title: 'Second-hand attribution', check: 'Find the outlet\'s original report and link it; check it says what we say it says.' },
  date: { kind: 'date', severity: 'info', title: 'Date', check: 'Check the event happened on this date.' },
  'date-relative': { kind: 'date', severity: 'info', title: 'Relative date', check: 'Check the resolved calendar date is right for the dateline, and that the event happened then.' },
  'date-weekday-mismatch': { kind: 'date', severity: 'warning', title: 'Weekday does not match date', check: 'The weekday and the calendar date disagree: one of them is wrong.' },
  'date-after-dateline': { kind: 'date', severity: 'warning', title: 'Past event dated after the dateline', check: 'An event told in the past tense falls after the story\'s date: check the date or the tense.' },
  'date-ambiguous': { kind: 'date', severity: 'warning', title: 'Day and month could be swapped', check: 'Find out which day is meant and write the month as a word, or set the newsroom\'s date order (factdesk.dateOrder).' },
  system: { kind: 'system', severity: 'info', title: 'Named system', check: 'Check the designation is spelled as the maker or military spells it, and is the right system.' },
  'system-inconsistent': { kind: 'system', severity: 'warning', title: 'Inconsistent designation', check: 'The draft spells this system more than one way: pick the canonical form.' },
  number: { kind: 'number', severity: 'info', title: 'Number', check: 'Check the figure, its unit and what it counts against the source.' },
  'number-inconsistent': { kind: 'number', severity: 'warning', title: 'Number stated two ways', check: 'The draft gives this quantity two different values: check which one the source gives.' },
  'number-arithmetic': { kind: 'number', severity: 'warning', title: 'Arithmetic does not hold', check: 'A stated relation between figures (doubled, rose by, of the, shares) does not add up: check both figures.' },
  'name-inconsistent': { kind: 'name', severity: 'warning', title: 'Name spelled two ways', check: 'The draft spells this person\'s name more than one way: check the spelling against the source.' },
  'title-inconsistent': { kind: 'name', severity: 'warning', title: 'Title changes', check: 'The draft gives this person different titles: check their current title.' },
  'name-second-reference': { kind: 'name', severity: 'hint', title: 'Second reference', check: 'Newsroom style: full name on first reference, surname after it.' },
  'link-placeholder': { kind: 'link', severity: 'warning', title: 'Placeholder link', check: 'Replace the placeholder with the real source URL.' },
  'link-insecure': { kind: 'link', severity: 'info', title: 'Insecure link', check: 'Prefer the https:// address of the source.' },
  'source-missing': { kind: 'link', severity: 'hint', title: 'No source link', check: 'Add a link to the original source for this quote or attribution.' },
} satisfies Record<string, RuleFields>;

export type RuleCode = keyof typeof RULE_TABLE;

export interface RuleInfo extends RuleFields {
  code: RuleCode;
}

const rules = catalogue(RULE_TABLE, (code, fields): RuleInfo => ({ code, ...fields }));

export const RULES: Readonly<Record<RuleCode, RuleInfo>> = rules.entries;

/** Every rule code, grouped by kind. */
export const RULE_CODES: readonly RuleCode[] = rules.keys;

export const isRuleCode: (value: string) => value is RuleCode = rules.has;

/** The rules that report claims of `kind`, in catalogue order. */
export function rulesOfKind(kind: ClaimKind): RuleCode[] {
  return RULE_CODES.filter((code) => RULES[code].kind === kind);
}

/** A table's entries completed with their key, its keys in order, and the guard for its keys. */
function catalogue<K extends string, F, T>(table: Record<K, F>, build: (key: K, fields: F) => T): { entries: Record<K, T>; keys: K[]; has: (value: string) => value is K } {
  const keys = Object.keys(table) as K[];
  const entries = {} as Record<K, T>;
  for (const key of keys) entries[key] = build(key, table[key]);
  return { entries, keys, has: (value: string): value is K => Object.prototype.hasOwnProperty.call(table, value) };
}

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

/** Whether the paragraph around a claim has a source link, as the engine judges it (see paragraphLinks.ts). */
export interface ParagraphLink {
  status: 'present' | 'placeholder' | 'none';
  /** The source link's URL (present), or the placeholder's as written (placeholder); null for none. */
  url: string | null;
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
  /** number: the normalized quantity (the JSON report writes it as `value`). */
  quantity?: NumberValue;
  /** system: the canonical designation. */
  canonical: string | null;
  /** link: the URL as written. */
  url: string | null;
  /** The link status of the claim's paragraph; null when the claim is outside every paragraph (a link definition). */
  link: ParagraphLink | null;
  /** system, name: every spelling seen in the document. */
  variants?: string[];
  /** number: the other mentions of the same quantity; name: the other mentions of the person. */
  related?: Span[];
  /** date: the dateline a relative date was resolved against, if any. */
  dateline?: string | null;
  /** Stable identity for verification records: survives edits elsewhere in the draft. */
  fingerprint: string;
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
