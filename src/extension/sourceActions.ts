/**
 * What the editor does with a quote's source match: *Use the source's wording* (one undoable edit
 * that puts the source's words in the quote, keeping the draft's marks, ellipses and brackets),
 * *Open source at match* (the source file, the passage selected), and *Mark verified against the
 * source* (a verification mark that records the source file and the SHA-256 of its bytes, so a
 * later reader can tell whether the source changed since). Code actions offer them on a quote with
 * a match; hover links and tests call the commands with a document and a claim fingerprint.
 */
import * as vscode from 'vscode';
import type { Claim } from '../core/claims';
import { upsertMark } from '../core/records';
import type { SourceMatch } from '../core/sources/types';
import type { Checker } from './checker';
import { resolveClaim, type ResolvedClaim } from './claimLookup';
import { withMarks } from './claimState';
import { claimRange, DIAGNOSTIC_SOURCE } from './diagnostics';
import { markFor } from './markCommands';
import type { MatchCommand } from './matchHover';
import type { RecordStore } from './recordStore';
import type { Reviewer } from './reviewer';

/** Several claims can share a fingerprint (an unattributed quote and its source finding): prefer the one with a match. */
const withMatchFirst = (claim: Claim): number => (claim.match?.file ? 0 : 1);

async function matchedClaim(checker: Checker, records: RecordStore, uriArg: unknown, target: unknown): Promise<(ResolvedClaim & { match: SourceMatch }) | undefined> {
  const resolved = await resolveClaim(checker, records, uriArg, target, withMatchFirst);
  const match = resolved?.claim.match;
  if (!resolved || !match?.file) {
    void vscode.window.showInformationMessage('Factdesk: this quote has no match in the sources.');
    return undefined;
  }
  return { ...resolved, match };
}

/** The source file of a match: its path is relative to the draft's workspace folder. */
function sourceUri(document: vscode.TextDocument, match: SourceMatch): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return folder && match.file ? vscode.Uri.joinPath(folder.uri, match.file) : undefined;
}

function wordingEdit(resolved: ResolvedClaim & { match: SourceMatch }): vscode.WorkspaceEdit | undefined {
  const fix = resolved.match.fix;
  if (!fix) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(resolved.document.uri, claimRange(resolved.checked, fix.start, fix.end), fix.text);
  return edit;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function commands(checker: Checker, records: RecordStore, reviewer: Reviewer): Array<[MatchCommand, (uriArg?: unknown, target?: unknown) => Promise<boolean>]> {
  return [
    [
      'factdesk.useSourceWording',
      async (uriArg, target) => {
        const resolved = await matchedClaim(checker, records, uriArg, target);
        const edit = resolved && wordingEdit(resolved);
        return edit ? vscode.workspace.applyEdit(edit) : false;
      },
    ],
    [
      'factdesk.openSourceAtMatch',
      async (uriArg, target) => {
        const resolved = await matchedClaim(checker, records, uriArg, target);
        const uri = resolved && sourceUri(resolved.document, resolved.match);
        if (!resolved || !uri) return false;
        const source = await vscode.workspace.openTextDocument(uri);
        const selection = new vscode.Range(source.positionAt(resolved.match.start), source.positionAt(resolved.match.end));
        await vscode.window.showTextDocument(source, { selection, preview: true, viewColumn: vscode.ViewColumn.Beside });
        return true;
      },
    ],
    [
      'factdesk.markVerifiedAgainstSource',
      async (uriArg, target) => {
        const resolved = await matchedClaim(checker, records, uriArg, target);
        const uri = resolved && sourceUri(resolved.document, resolved.match);
        if (!resolved || !uri || !resolved.match.file) return false;
        const digest = await sha256(await vscode.workspace.fs.readFile(uri));
        const mark = { ...markFor(resolved.claim, 'verified', `${resolved.match.status} in ${resolved.match.file} line ${resolved.match.line}`, reviewer.name), source: { file: resolved.match.file, sha256: digest } };
        return records.update(resolved.document.uri, (r) => upsertMark(r, resolved.claim.fingerprint, mark));
      },
    ],
  ];
}

class SourceCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly checker: Checker,
    private readonly records: RecordStore,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.checker.get(document.uri);
    if (!checked || checked.version !== document.version) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const start = checked.lines.offsetAt(range.start);
    const end = checked.lines.offsetAt(range.end);
    const actions: vscode.CodeAction[] = [];
    for (const { claim, mark } of withMarks(checked.claims, this.records.marksFor(document.uri))) {
      const match = claim.match;
      if (!match?.file || claim.end < start || end < claim.start) continue;
      const diagnostic = context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'object' && d.code.value === claim.code && checked.lines.offsetAt(d.range.start) === claim.start);
      const args = [document.uri, claim.fingerprint];
      if (match.fix) {
        const use = new vscode.CodeAction('Use the source\u2019s wording', vscode.CodeActionKind.QuickFix);
        use.edit = wordingEdit({ claim, mark, document, checked, match });
        use.isPreferred = claim.code === 'quote-altered';
        if (diagnostic) use.diagnostics = [diagnostic];
        actions.push(use);
      }
      const open = new vscode.CodeAction(`Open source at match (${match.file} line ${match.line})`, vscode.CodeActionKind.QuickFix);
      open.command = { title: open.title, command: 'factdesk.openSourceAtMatch', arguments: args };
      actions.push(open);
      if (mark?.state !== 'verified' && (match.status === 'verbatim' || match.status === 'minor')) {
        const verify = new vscode.CodeAction('Mark verified against the source', vscode.CodeActionKind.QuickFix);
        verify.command = { title: verify.title, command: 'factdesk.markVerifiedAgainstSource', arguments: args };
        actions.push(verify);
      }
    }
    return actions;
  }
}

/** The source quick fixes, for the languages Factdesk checks (re-registered when they change). */
export function registerSourceCodeActions(selector: vscode.DocumentSelector, checker: Checker, records: RecordStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, new SourceCodeActionProvider(checker, records), SourceCodeActionProvider.metadata);
}

/** The commands behind those quick fixes, registered once. */
export function registerSourceCommands(checker: Checker, records: RecordStore, reviewer: Reviewer): vscode.Disposable[] {
  return commands(checker, records, reviewer).map(([id, run]) => vscode.commands.registerCommand(id, run));
}
