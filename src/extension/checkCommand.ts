/**
 * *Check current document*: check now and say what was found. Returns the visible result (claims
 * with their marks, the dateline) so tests and other extensions can wait for a check to finish.
 */
import * as vscode from 'vscode';
import type { Claim } from '../core/claims';
import type { Dateline } from '../core/options';
import type { VerificationMark } from '../core/records';
import type { Checker } from './checker';
import { countOpen, statusText, withMarks } from './claimState';
import { resolveDocument } from './claimLookup';
import type { RecordStore } from './recordStore';

export interface CheckResult {
  uri: string;
  version: number;
  dateline: Dateline | null;
  claims: (Claim & { mark: VerificationMark | null })[];
}

export function checkDocumentCommand(checker: Checker, records: RecordStore) {
  return async (uriArg?: unknown): Promise<CheckResult | undefined> => {
    const document = await resolveDocument(uriArg);
    if (!document) return undefined;
    // Asked for by the user (or a tool): the draft as things are now, sources added a moment ago included.
    checker.forgetSourceListings();
    const checked = await checker.check(document);
    if (!checked) {
      if (uriArg === undefined) void vscode.window.showInformationMessage(`Factdesk: ${document.languageId} documents are not checked (see the factdesk.languages and factdesk.enable settings).`);
      return undefined;
    }
    await records.load(document.uri);
    const marked = withMarks(checked.claims, records.marksFor(document.uri));
    if (uriArg === undefined) void vscode.window.setStatusBarMessage(`Factdesk: ${statusText(marked.length, countOpen(marked))}`, 4000);
    return { uri: document.uri.toString(), version: checked.version, dateline: checked.dateline, claims: marked.map((m) => ({ ...m.claim, mark: m.mark ?? null })) };
  };
}
