/**
 * The hover card's content as a Markdown string, built from a claim and its verification mark.
 * Pure (no `vscode` at run time) so the escaping and layout are unit-tested; hover.ts wraps the
 * result in a trusted MarkdownString that enables only Factdesk's own commands.
 *
 * Read in two seconds, and says each thing once: the title (kind, rule, status), one line of facts
 * (speaker or source, outlet, date, canonical name, link), the checklist, the actions. The claim's
 * text is under the cursor and its message is the diagnostic VS Code shows above the card, so the
 * card repeats neither (the message only when no diagnostic is shown, for a verified claim).
 */
import { CLAIM_KINDS, RULES, type Claim, type ClaimKind } from '../core/claims';
import type { Dateline } from '../core/options';
import type { VerificationMark } from '../core/records';
import { formatNumberValue } from '../core/numbers/value';
import { escapeMarkdown, excerpt } from '../core/text/markdownText';

/** The commands a card may link to; hover.ts passes exactly these to `isTrusted.enabledCommands`. */
export const CARD_COMMANDS = ['factdesk.insertSourceLink', 'factdesk.markVerified', 'factdesk.markUnverified', 'factdesk.ignoreClaim'] as const;
export type CardCommand = (typeof CARD_COMMANDS)[number];

/** What to verify, per kind, after the rule's own `check` sentence (items it already says are dropped). */
const KIND_CHECKLIST: Record<ClaimKind, string[]> = {
  quote: ['The speaker is right and named in full once', 'The wording matches the recording, transcript or original outlet', 'Trimming the quote does not change its meaning'],
  attribution: ['The source is named, or the desk knows who it is and why anonymity was granted', 'The original statement or report is linked'],
  date: ['The calendar date is right for the dateline', 'The weekday agrees with the date'],
  system: ['The designation is spelled as the maker or military spells it', 'The draft uses one spelling throughout'],
  number: ['The figure, its unit and what it counts match the source', 'Every mention of this quantity gives the same value', 'Stated changes and shares add up'],
  name: ['The name is spelled as the person spells it', 'The title is current and the same throughout'],
  link: ['The link opens the original source, not a summary of it', 'The address uses https://'],
};

export interface HoverCardInput {
  claim: Claim;
  mark: VerificationMark | undefined;
  /** The dateline the analysis used, if any. */
  dateline: Dateline | null;
  /** The document, as a URI string, for the command links' arguments. */
  documentUri: string;
  /** Whether the Problems panel shows this claim (then its message is not repeated in the card). */
  diagnosticShown: boolean;
}

/** A `command:` link whose arguments are JSON, URI-encoded as VS Code expects. */
export function commandLink(label: string, command: CardCommand, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

const DATELINE_ORIGIN: Record<Dateline['origin'], string> = {
  'front-matter': 'front matter',
  text: 'the date line in the text',
  option: 'settings or Set dateline',
};

const e = (s: string): string => escapeMarkdown(excerpt(s));

function statusText(mark: VerificationMark | undefined): string {
  if (!mark) return '$(circle-large-outline) not verified';
  const who = mark.by ? ` by ${escapeMarkdown(mark.by)}` : '';
  const when = ` on ${escapeMarkdown(mark.at.slice(0, 16).replace('T', ' '))}`;
  return `${mark.state === 'verified' ? '$(pass-filled) verified' : '$(circle-slash) ignored'}${who}${when}`;
}

function titleLine(claim: Claim, mark: VerificationMark | undefined): string {
  const rule = RULES[claim.code];
  const label = CLAIM_KINDS[claim.kind].label;
  const ruleTitle = claim.code === claim.kind ? '' : ` — ${rule.title}`;
  return `**Factdesk · ${label}${ruleTitle}** · ${statusText(mark)}`;
}

function dateFacts(input: HoverCardInput): string[] {
  const { claim } = input;
  const facts: string[] = [];
  if (claim.value) facts.push(`**Date:** ${e(claim.value)}`);
  const dateline = claim.dateline ?? input.dateline?.value ?? null;
  if (dateline) {
    const origin = input.dateline && input.dateline.value === dateline ? ` (from ${DATELINE_ORIGIN[input.dateline.origin]})` : '';
    facts.push(`**Dateline:** ${e(dateline)}${origin}`);
  } else if (claim.code === 'date-relative') {
    facts.push('**Dateline:** none found, so not resolved (use *Factdesk: Set dateline*)');
  }
  return facts;
}

function linkFact(claim: Claim): string | null {
  if (claim.kind === 'link' && claim.code !== 'source-missing') {
    const url = e(claim.url ?? '');
    if (claim.code === 'link-placeholder') return `**Link:** placeholder “${url}”, no real source yet`;
    return `**Link:** ${url}${claim.code === 'link-insecure' ? ' (not https)' : ''}`;
  }
  if (claim.kind !== 'quote' && claim.kind !== 'attribution' && claim.code !== 'source-missing') return null;
  const link = claim.link;
  if (!link || link.status === 'none') return '**Source link:** none in this paragraph';
  if (link.status === 'placeholder') return `**Source link:** only a placeholder (“${e(link.url ?? '')}”) in this paragraph`;
  return `**Source link:** ${e(link.url ?? '')}`;
}

/** The facts an editor checks, on one line: who, through whom, when, what it is called, where it is linked. */
function factsLine(input: HoverCardInput): string {
  const { claim, mark } = input;
  const facts: string[] = [];
  if (claim.speaker) {
    const mention = claim.speaker.text !== claim.speaker.name ? ` (as “${e(claim.speaker.text)}”)` : '';
    facts.push(`**Speaker:** ${e(claim.speaker.name)}${mention}`);
  } else if (claim.kind === 'quote' && claim.code !== 'quote-term') {
    facts.push('**Speaker:** not found');
  }
  if (claim.source) facts.push(`**Source:** ${e(claim.source.text)}${claim.source.anonymous ? ' (anonymous)' : ''}`);
  if (claim.outlet) facts.push(`**Outlet:** ${e(claim.outlet)}`);
  if (claim.kind === 'date') facts.push(...dateFacts(input));
  if (claim.quantity) facts.push(`**Value:** ${e(formatNumberValue(claim.quantity))}`);
  if (claim.canonical) {
    const variants = (claim.variants ?? []).filter((v) => v !== claim.canonical);
    const label = claim.kind !== 'name' ? 'Canonical name' : claim.code === 'name-inconsistent' ? 'Preferred spelling' : 'Full name';
    facts.push(`**${label}:** ${e(claim.canonical)}${variants.length ? ` (also written ${variants.map((v) => e(v)).join(', ')})` : ''}`);
  }
  if (claim.related && claim.related.length > 0) {
    const label = claim.kind === 'number' ? 'Other mentions of this quantity' : 'Other mentions';
    facts.push(`**${label}:** ${claim.related.map((r) => `“${e(r.text)}”`).join(', ')}`);
  }
  const link = linkFact(claim);
  if (link) facts.push(link);
  if (mark?.note) facts.push(`**Note:** “${escapeMarkdown(excerpt(mark.note))}”`);
  if (mark?.link) facts.push(`**Checked against:** ${escapeMarkdown(mark.link)}`);
  return facts.join(' · ');
}

const STOP_WORDS = new Set(['the', 'and', 'that', 'this', 'with', 'from', 'for', 'check', 'them', 'then', 'what', 'says', 'said']);

/** The content words of a sentence, crudely stemmed ("linked" and "link" meet). */
function contentWords(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => w.replace(/(?:ed|es|s|ing)$/, ''));
}

/** Checklist items, each saying something the ones before it do not: an item mostly made of words already said is dropped. */
export function checklist(items: readonly string[]): string[] {
  const kept: string[] = [];
  const said = new Set<string>();
  for (const item of items) {
    const words = contentWords(item);
    const repeated = words.filter((w) => said.has(w)).length;
    if (words.length > 0 && repeated / words.length >= 0.6) continue;
    kept.push(item);
    for (const w of words) said.add(w);
  }
  return kept;
}

/** The card's Markdown. */
export function buildHoverCard(input: HoverCardInput): string {
  const { claim, mark } = input;
  const args = [input.documentUri, claim.fingerprint];
  const out: string[] = [titleLine(claim, mark), ''];
  if (!input.diagnosticShown) out.push(escapeMarkdown(claim.message), '');
  const facts = factsLine(input);
  if (facts) out.push(facts, '');
  for (const item of checklist([RULES[claim.code].check, ...KIND_CHECKLIST[claim.kind]])) out.push(`- ${item}`);
  out.push('');
  const actions = [commandLink('Insert source link…', 'factdesk.insertSourceLink', args)];
  if (mark?.state !== 'verified') actions.push(commandLink('Mark verified', 'factdesk.markVerified', args));
  if (mark) actions.push(commandLink(mark.state === 'verified' ? 'Mark unverified' : 'Stop ignoring', 'factdesk.markUnverified', args));
  else actions.push(commandLink('Ignore', 'factdesk.ignoreClaim', args));
  out.push(actions.join(' · '));
  return out.join('\n');
}
