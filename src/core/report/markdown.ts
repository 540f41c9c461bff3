/**
 * The fact-check checklist for the research desk: per file, the dateline, then every claim grouped by
 * kind as a GitHub task-list item with its line, text, details and what to check. Document text is
 * escaped so a draft can never inject markup (links, HTML, headings) into the report.
 */
import { formatNumberValue } from '../numbers/value';
import { escapeMarkdown, excerpt } from '../text/markdownText';
import { CLAIM_KINDS, KINDS, RULES, type Claim } from '../claims';
import type { Dateline } from '../options';
import { LineIndex } from '../lineIndex';
import { isOpen, plural, reportPath, statusOf, type ClaimStatus, type ReportFile } from './types';

// Never at the start of a line (every item has a prefix), so only inline markup needs escaping:
// emphasis, code, links and images, HTML and entities, tables, strikethrough.
const INLINE_MARKUP = /[\\`*_[\]()<>!|~{}#&]/g;
const MAX_TEXT = 300;

// GitHub and most renderers turn bare URLs, "www." addresses and e-mail addresses into live links;
// escaping the character that makes each one a link keeps it text.
const AUTOLINK = /:(?=\/\/)|\b(www)\.|@/gi;

/** Document text as Markdown that renders as exactly that text, on one line; readable when read raw. */
export function escapeMarkdownText(text: string): string {
  return escapeMarkdown(text.trim(), INLINE_MARKUP).replace(AUTOLINK, (m, www: string | undefined) => (www ? `${www}\\.` : `\\${m}`));
}

/** Long claims (multi-paragraph quotes) are cut, never inside a surrogate pair. */
function shorten(text: string): string {
  return excerpt(text, MAX_TEXT);
}

/** "N claims · M unverified": the same summary the status bar shows. */
export function claimSummary(claims: number, unverified: number): string {
  return `${plural(claims, 'claim')} · ${unverified} unverified`;
}

function datelineLine(dateline: Dateline | null): string {
  if (!dateline) return 'Dateline: none found — relative dates are not resolved.';
  const from = dateline.origin === 'front-matter' ? 'front matter' : dateline.origin === 'text' ? 'the draft' : 'settings';
  return `Dateline: ${dateline.value} (from ${from})`;
}

function details(claim: Claim, status: ClaimStatus): string[] {
  const e = escapeMarkdownText;
  const out: string[] = [];
  if (claim.message && claim.message !== RULES[claim.code].title) out.push(`Finding: ${e(claim.message)}`);
  if (claim.speaker) {
    const as = claim.speaker.text !== claim.speaker.name ? ` (as “${e(claim.speaker.text)}”)` : '';
    out.push(`Speaker: ${e(claim.speaker.name)}${as}`);
  }
  if (claim.source) out.push(`Source: ${e(claim.source.text)}${claim.source.anonymous ? ' (anonymous)' : ''}`);
  if (claim.cue) out.push(`Cue: ${e(claim.cue.text)}`);
  if (claim.outlet) out.push(`Via: ${e(claim.outlet)}`);
  if (claim.value) out.push(`Date: ${e(claim.value)}${claim.dateline ? ` (resolved against ${e(claim.dateline)})` : ''}`);
  if (claim.quantity) out.push(`Value: ${e(formatNumberValue(claim.quantity))}`);
  if (claim.canonical) {
    const spellings = claim.variants && claim.variants.length > 1 ? ` (spelled ${claim.variants.map(e).join(', ')})` : '';
    out.push(`${claim.kind === 'name' ? 'Name' : 'System'}: ${e(claim.canonical)}${spellings}`);
  }
  if (claim.related && claim.related.length > 0) out.push(`Compare: ${claim.related.map((r) => `“${e(r.text)}”`).join(', ')}`);
  if (claim.url !== null) out.push(`URL: ${claim.url === '' ? '(empty)' : e(claim.url)}`);
  if (status.ignored) out.push('Status: ignored');
  else if (status.verified) out.push(`Status: verified${status.by ? ` by ${e(status.by)}` : ''}${status.at ? ` on ${e(status.at)}` : ''}`);
  if (status.note) out.push(`Note: ${e(status.note)}`);
  if (status.link) out.push(`Checked against: ${e(status.link)}`);
  out.push(`Check: ${RULES[claim.code].check}`);
  return out;
}

function renderFile(file: ReportFile): string[] {
  const lines = new LineIndex(file.text);
  const statuses = file.analysis.claims.map((claim) => statusOf(file, claim));
  const open = statuses.filter(isOpen).length;
  const out = [`## ${escapeMarkdownText(reportPath(file.path))}`, '', datelineLine(file.analysis.dateline), '', claimSummary(file.analysis.claims.length, open), ''];
  for (const notice of file.analysis.notices) out.push(`> ${escapeMarkdownText(notice)}`, '');
  for (const kind of KINDS) {
    const items = file.analysis.claims.map((claim, i) => ({ claim, status: statuses[i] })).filter((x) => x.claim.kind === kind);
    if (items.length === 0) continue;
    out.push(`### ${CLAIM_KINDS[kind].heading} (${items.length})`, '');
    for (const { claim, status } of items) {
      const box = isOpen(status) ? '[ ]' : '[x]';
      const line = lines.positionAt(claim.start).line + 1;
      const text = escapeMarkdownText(shorten(file.text.slice(claim.start, claim.end))) || '(empty)';
      out.push(`- ${box} Line ${line} · ${RULES[claim.code].title} (\`${claim.code}\`): ${text}`);
      for (const d of details(claim, status)) out.push(`  - ${d}`);
    }
    out.push('');
  }
  if (file.analysis.claims.length === 0) out.push('No claims found.', '');
  return out;
}

export function renderMarkdown(files: readonly ReportFile[]): string {
  const out = ['# Fact-check report', ''];
  if (files.length > 1) {
    const claims = files.reduce((n, f) => n + f.analysis.claims.length, 0);
    const open = files.reduce((n, f) => n + f.analysis.claims.filter((c) => isOpen(statusOf(f, c))).length, 0);
    out.push(`${plural(files.length, 'file')} · ${claimSummary(claims, open)}`, '');
  }
  for (const file of files) out.push(...renderFile(file));
  return out.join('\n').replace(/\n+$/, '\n');
}
