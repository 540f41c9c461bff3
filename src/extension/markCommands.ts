/**
 * Verification marks from commands, hover links and code actions: Mark verified (with an optional
 * note), Mark unverified, Ignore this claim, Clear verification marks in this file. Marks go to the
 * record store; the draft itself is not touched. Ignore rule in this file is the one draft edit here.
 */
import * as vscode from 'vscode';
import { isRuleCode, type Claim, type RuleCode } from '../core/claims';
import { emptyRecords, removeMark, upsertMark, type MarkState, type VerificationMark } from '../core/records';
import type { Checker } from './checker';
import { resolveClaim, resolveDocument, type ResolvedClaim } from './claimLookup';
import { disableRuleEdit } from './disableRuleEdit';
import { excerpt } from '../core/text/markdownText';
import type { RecordStore } from './recordStore';
import type { Reviewer } from './reviewer';
import { toWorkspaceEdit } from './workspaceEdits';

/** The record of marking `claim`: by whom, when, and what the claim said then. */
export function markFor(claim: Claim, state: MarkState, note: string | undefined, by: string): VerificationMark {
  const mark: VerificationMark = { state, by, at: new Date().toISOString(), kind: claim.kind, code: claim.code, text: excerpt(claim.text, 200) };
  if (note) mark.note = note;
  return mark;
}

async function claimOrExplain(checker: Checker, records: RecordStore, uriArg: unknown, target: unknown): Promise<ResolvedClaim | undefined> {
  const resolved = await resolveClaim(checker, records, uriArg, target);
  if (!resolved) void vscode.window.showInformationMessage('Factdesk: no claim here. Put the cursor on a claim (or use Factdesk: Show claims).');
  return resolved;
}

export function markVerifiedCommand(checker: Checker, records: RecordStore, reviewer: Reviewer) {
  return async (uriArg?: unknown, target?: unknown, noteArg?: unknown): Promise<boolean> => {
    const resolved = await claimOrExplain(checker, records, uriArg, target);
    if (!resolved) return false;
    let note = typeof noteArg === 'string' ? noteArg : undefined;
    if (noteArg === undefined) {
      note = await vscode.window.showInputBox({ title: 'Mark claim verified', prompt: 'Optional note: how it was verified (source, call, document). Enter to save, Escape to cancel.', placeHolder: 'e.g. matches the Izvestia original' });
      if (note === undefined) return false;
    }
    return records.update(resolved.document.uri, (r) => upsertMark(r, resolved.claim.fingerprint, markFor(resolved.claim, 'verified', note?.trim(), reviewer.name)));
  };
}

export function ignoreClaimCommand(checker: Checker, records: RecordStore, reviewer: Reviewer) {
  return async (uriArg?: unknown, target?: unknown): Promise<boolean> => {
    const resolved = await claimOrExplain(checker, records, uriArg, target);
    if (!resolved) return false;
    return records.update(resolved.document.uri, (r) => upsertMark(r, resolved.claim.fingerprint, markFor(resolved.claim, 'ignored', undefined, reviewer.name)));
  };
}

export function markUnverifiedCommand(checker: Checker, records: RecordStore) {
  return async (uriArg?: unknown, target?: unknown): Promise<boolean> => {
    const resolved = await claimOrExplain(checker, records, uriArg, target);
    if (!resolved) return false;
    return records.update(resolved.document.uri, (r) => removeMark(r, resolved.claim.fingerprint));
  };
}

export function clearVerificationCommand(records: RecordStore) {
  return async (uriArg?: unknown): Promise<boolean> => {
    const document = await resolveDocument(uriArg);
    if (!document) return false;
    if (uriArg === undefined) {
      const count = Object.keys(records.marksFor(document.uri)).length;
      const answer = await vscode.window.showWarningMessage(`Clear all ${count} verification marks for ${vscode.workspace.asRelativePath(document.uri)}?`, { modal: true, detail: `They are stored in ${records.describe(document.uri)}.` }, 'Clear');
      if (answer !== 'Clear') return false;
    }
    return records.update(document.uri, () => emptyRecords());
  };
}

export function ignoreRuleCommand(checker: Checker) {
  return async (uriArg?: unknown, codeArg?: unknown): Promise<boolean> => {
    const document = await resolveDocument(uriArg);
    if (!document) return false;
    const checked = await checker.current(document);
    if (!checked) return false;
    if (checked.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Factdesk: a rule can be switched off per file only in Markdown (with an HTML comment). For plain text, use the factdesk.rules setting.');
      return false;
    }
    let code: RuleCode | undefined = typeof codeArg === 'string' && isRuleCode(codeArg) ? codeArg : undefined;
    if (!code) {
      const codes = [...new Set(checked.claims.map((c) => c.code))];
      const picked = await vscode.window.showQuickPick(codes, { title: 'Ignore rule in this file' });
      if (!picked || !isRuleCode(picked)) return false;
      code = picked;
    }
    const edit = disableRuleEdit(checked.text, code);
    if (!edit) return true;
    return vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, checked, [edit]));
  };
}
