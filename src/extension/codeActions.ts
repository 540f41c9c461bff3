/**
 * Code actions on claims: quick fixes tied to Factdesk diagnostics, and the same actions under a
 * `refactor.factdesk` group on any claim the selection touches (verified claims have no diagnostic
 * but can still be unmarked; Refactor… lists them for every claim). Actions run Factdesk commands with explicit arguments; *Ignore rule in
 * this file* carries its WorkspaceEdit directly.
 */
import * as vscode from 'vscode';
import { RULES, type Claim } from '../core/claims';
import type { Checker, CheckedDocument } from './checker';
import { withMarks, type MarkedClaim } from './claimState';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { disableRuleForClaimEdit } from './disableRuleEdit';
import { lessonsFor } from './lessons';
import { claimsIn, paragraphAround, placeholderName, samePlaceholders } from './bulkSelection';
import { useSpellingEdits, useSpellingTitle } from './nameFixEdits';
import type { RecordStore } from './recordStore';
import { toWorkspaceEdit } from './workspaceEdits';

export const REFACTOR_KIND = vscode.CodeActionKind.Refactor.append('factdesk');

/**
 * The placeholder link that stands in for `claim`'s source, when the engine says its paragraph has
 * only a placeholder: the nearest `link-placeholder` claim with that URL in the same paragraph.
 */
function paragraphPlaceholder(claims: readonly Claim[], claim: Claim): Claim | undefined {
  const link = claim.link;
  if (claim.kind === 'link' || link?.status !== 'placeholder') return undefined;
  const candidates = claims.filter((c) => c.code === 'link-placeholder' && c.url === link.url && c.link?.status === 'placeholder');
  return candidates.sort((a, b) => Math.abs(a.start - claim.start) - Math.abs(b.start - claim.start))[0];
}

export class ClaimCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, REFACTOR_KIND] };

  constructor(
    private readonly checker: Checker,
    private readonly records: RecordStore,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.checker.get(document.uri);
    if (!checked || checked.version !== document.version) return [];
    const start = checked.lines.offsetAt(range.start);
    const end = checked.lines.offsetAt(range.end);
    const touched = withMarks(checked.claims, this.records.marksFor(document.uri)).filter((m) => m.claim.start <= end && start <= m.claim.end);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const wantQuickFix = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    const wantRefactor = !context.only || context.only.contains(REFACTOR_KIND) || REFACTOR_KIND.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    for (const marked of touched) {
      const diagnostic = ours.find((d) => typeof d.code === 'object' && d.code.value === marked.claim.code && checked.lines.offsetAt(d.range.start) === marked.claim.start && checked.lines.offsetAt(d.range.end) === marked.claim.end);
      // One set per claim in the lightbulb: quick fixes when it has a diagnostic, else the refactor group
      // (an explicit Refactor… request always gets the refactor group).
      if (diagnostic && wantQuickFix) actions.push(...this.actionsFor(document, checked, marked, vscode.CodeActionKind.QuickFix, diagnostic));
      else if (wantRefactor) actions.push(...this.actionsFor(document, checked, marked, REFACTOR_KIND, undefined));
    }
    const seen = new Set<string>();
    return actions.filter((a) => {
      const key = `${a.kind?.value}\u0000${a.title}\u0000${JSON.stringify(a.command?.arguments?.slice(1) ?? null)}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }

  private actionsFor(document: vscode.TextDocument, checked: CheckedDocument, { claim, mark }: MarkedClaim, kind: vscode.CodeActionKind, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction[] {
    const args = [document.uri, claim.fingerprint];
    const make = (title: string, command: string, commandArgs: unknown[] = args): vscode.CodeAction => {
      const action = new vscode.CodeAction(title, kind);
      action.command = { title, command, arguments: commandArgs };
      if (diagnostic) action.diagnostics = [diagnostic];
      return action;
    };
    const actions: vscode.CodeAction[] = [];
    if (claim.kind === 'quote' || claim.kind === 'attribution' || claim.code === 'link-placeholder' || claim.code === 'source-missing') {
      // A claim whose paragraph has only a placeholder link gets that placeholder replaced, not a second link.
      const placeholder = claim.code === 'link-placeholder' ? claim : paragraphPlaceholder(checked.claims, claim);
      const insert = placeholder
        ? make('Replace placeholder with source link…', 'factdesk.insertSourceLink', [document.uri, placeholder.fingerprint])
        : make('Insert source link…', 'factdesk.insertSourceLink');
      insert.isPreferred = placeholder !== undefined && diagnostic !== undefined;
      actions.push(insert);
      const same = samePlaceholders(checked.claims, claim).length;
      if (same > 1) actions.push(make(`Replace all ${same} “${placeholderName(claim)}” placeholders with one source link…`, 'factdesk.replaceSamePlaceholders'));
    }
    const spellingTitle = useSpellingTitle(claim);
    const spellingEdits = spellingTitle ? useSpellingEdits(checked.text, claim) : [];
    if (spellingTitle && spellingEdits.length > 0) {
      const action = new vscode.CodeAction(spellingTitle, kind);
      action.edit = toWorkspaceEdit(document.uri, checked, spellingEdits);
      action.isPreferred = diagnostic !== undefined;
      if (diagnostic) action.diagnostics = [diagnostic];
      actions.push(action);
    }
    if (mark) actions.push(make(mark.state === 'verified' ? 'Mark claim unverified' : 'Stop ignoring this claim', 'factdesk.markUnverified'));
    else actions.push(make('Mark claim verified…', 'factdesk.markVerified'), make('Ignore this claim', 'factdesk.ignoreClaim'));
    const edit = checked.languageId === 'markdown' ? disableRuleForClaimEdit(checked.text, claim.code) : null;
    if (edit) {
      const title = `Ignore rule “${RULES[claim.code].title}” (${claim.code}) in this file`;
      const action = new vscode.CodeAction(title, kind);
      action.edit = toWorkspaceEdit(document.uri, checked, [edit]);
      if (diagnostic) action.diagnostics = [diagnostic];
      actions.push(action);
    }
    const paragraph = paragraphAround(checked.text, claim.start);
    if (claimsIn(checked.claims.map((c) => ({ claim: c })), paragraph).length > 1) actions.push(make('Mark claims in this paragraph verified', 'factdesk.markSelectionVerified', [document.uri, paragraph]));
    for (const lesson of lessonsFor(claim)) actions.push(make(lesson.title, 'factdesk.teach', [document.uri, lesson.key, lesson.value]));
    return actions;
  }
}
