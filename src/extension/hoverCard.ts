/**
 * The hover card's content as a Markdown string, built from a claim and its verification mark.
 * Pure (no `vscode` at run time) so the escaping and layout are unit-tested; hover.ts wraps the
 * result in a trusted MarkdownString that enables only Factdesk's own commands.
 */
import { CLAIM_KINDS, RULES, type Claim, type ClaimKind } from '../core/claims';
import type { Dateline } from '../core/options';
import type { VerificationMark } from '../core/records';
import { escapeMarkdown, excerpt } from '../core/text/markdownText';

/** The commands a card may link to; hover.ts passes exactly these to `isTrusted.enabledCommands`. */
export const CARD_COMMANDS = ['factdesk.insertSourceLink', 'factdesk.markVerified', 'factdesk.markUnverified', 'factdesk.ignoreClaim'] as const;
export type CardCommand = (typeof CARD_COMMANDS)[number];

/** What to verify, per kind, after the rule's own `check` sentence. */
const KIND_CHECKLIST: Record<ClaimKind, string[]> = {
  quote: ['The speaker is right and named in full once', 'The wording matches the recording, transcript or original outlet', 'Trimming the quote does not change its meaning'],
  attribution: ['The source is named, or the desk knows who it is and why anonymity was granted', 'The original statement or report is linked'],
  date: ['The calendar date is right for the dateline', 'The weekday agrees with the date'],
  system: ['The designation is spelled as the maker or military spells it', 'The draft uses one spelling throughout'],
  link: ['The link opens the original source, not a summary of it', 'The address uses https://'],
};

export interface HoverCardInput {
  claim: Claim;
  mark: VerificationMark | undefined;
  /** The dateline the analysis used, if any. */
  dateline: Dateline | null;
  /** The document, as a URI string, for the command links' arguments. */
  documentUri: string;
  /** Whether the claim's paragraph has a source link (false when a source-missing claim covers it). */
  hasSourceLink: boolean | null;
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

function detailLines(input: HoverCardInput): string[] {
  const { claim } = input;
  const e = (s: string): string => escapeMarkdown(excerpt(s));
  const lines: string[] = [];
  if (claim.speaker) {
    const mention = claim.speaker.text !== claim.speaker.name ? ` (as “${e(claim.speaker.text)}”)` : '';
    lines.push(`**Speaker:** ${e(claim.speaker.name)}${mention}`);
  } else if (claim.kind === 'quote' && claim.code !== 'quote-term') {
    lines.push('**Speaker:** not found');
  }
  if (claim.source) lines.push(`**Source:** ${e(claim.source.text)}${claim.source.anonymous ? ' — anonymous' : ''}`);
  if (claim.cue) lines.push(`**Cue:** ${e(claim.cue.text)}`);
  if (claim.outlet) lines.push(`**Through outlet:** ${e(claim.outlet)}`);
  if (claim.kind === 'date') {
    if (claim.value) lines.push(`**Date:** ${e(claim.value)}`);
    const dateline = claim.dateline ?? input.dateline?.value ?? null;
    if (dateline) {
      const origin = input.dateline && input.dateline.value === dateline ? ` (from ${DATELINE_ORIGIN[input.dateline.origin]})` : '';
      lines.push(`**Dateline:** ${e(dateline)}${origin}`);
    } else if (claim.code === 'date-relative') {
      lines.push('**Dateline:** none found — relative dates are not resolved (use *Factdesk: Set dateline*)');
    }
  }
  if (claim.canonical) {
    const variants = (claim.variants ?? []).filter((v) => v !== claim.canonical);
    lines.push(`**Canonical name:** ${e(claim.canonical)}${variants.length ? ` — also written ${variants.map((v) => e(v)).join(', ')}` : ''}`);
  }
  if (claim.kind === 'link') {
    if (claim.code === 'link-placeholder') lines.push(`**Link:** placeholder “${e(claim.url ?? '')}” — no real source yet`);
    else if (claim.code === 'source-missing') lines.push('**Link:** no source link in this paragraph');
    else if (claim.url) lines.push(`**Link:** ${e(claim.url)}${claim.code === 'link-insecure' ? ' — not https' : ''}`);
  } else if (input.hasSourceLink !== null && (claim.kind === 'quote' || claim.kind === 'attribution')) {
    lines.push(`**Source link:** ${input.hasSourceLink ? 'present in this paragraph' : 'none in this paragraph'}`);
  }
  return lines;
}

function statusLine(mark: VerificationMark | undefined): string {
  if (!mark) return '**Status:** not verified';
  const who = mark.by ? ` by ${escapeMarkdown(mark.by)}` : '';
  const when = ` on ${escapeMarkdown(mark.at.slice(0, 16).replace('T', ' '))}`;
  const note = mark.note ? ` — “${escapeMarkdown(excerpt(mark.note))}”` : '';
  const link = mark.link ? ` — source ${escapeMarkdown(mark.link)}` : '';
  return `**Status:** ${mark.state === 'verified' ? '$(pass-filled) verified' : '$(circle-slash) ignored'}${who}${when}${note}${link}`;
}

/** The card's Markdown. Lines end with two spaces so each detail sits on its own line. */
export function buildHoverCard(input: HoverCardInput): string {
  const { claim, mark } = input;
  const rule = RULES[claim.code];
  const args = [input.documentUri, claim.fingerprint];
  const out: string[] = [];
  out.push(`**Factdesk · ${CLAIM_KINDS[claim.kind].label}** — ${rule.title} (${claim.code})`, '');
  out.push(`“${escapeMarkdown(excerpt(claim.text))}”`, '');
  out.push(escapeMarkdown(claim.message), '');
  for (const line of detailLines(input)) out.push(line + '  ');
  out.push(statusLine(mark), '', '**To check**', '');
  for (const item of [rule.check, ...KIND_CHECKLIST[claim.kind]]) out.push(`- ${item}`);
  out.push('');
  const actions = [commandLink('Insert source link…', 'factdesk.insertSourceLink', args)];
  if (mark?.state !== 'verified') actions.push(commandLink('Mark verified', 'factdesk.markVerified', args));
  if (mark) actions.push(commandLink(mark.state === 'verified' ? 'Mark unverified' : 'Stop ignoring', 'factdesk.markUnverified', args));
  else actions.push(commandLink('Ignore', 'factdesk.ignoreClaim', args));
  out.push(actions.join(' · '));
  return out.join('\n');
}
