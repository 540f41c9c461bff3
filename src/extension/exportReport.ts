/**
 * *Export fact-check report*: the current document's claims with their verification state, as a
 * Markdown checklist, CSV or JSON (the core's report renderers, the same as the CLI's formats), in a
 * new untitled document the research desk can save or paste. After *Check all drafts in workspace*
 * it can cover every checked draft instead. `(format, uri)` arguments skip the UI; `(format,
 * 'workspace')` reports every checked draft of the workspace.
 */
import * as vscode from 'vscode';
import { renderCsv, renderJson, renderMarkdown, type ClaimStatus, type ReportFile } from '../core/report';
import type { Checker, CheckedDocument } from './checker';
import { resolveDocument } from './claimLookup';
import type { RecordStore } from './recordStore';

interface ExportFormat {
  format: 'markdown' | 'csv' | 'json';
  label: string;
  detail: string;
  language: string;
  render: (files: readonly ReportFile[]) => string;
}

const FORMATS: ExportFormat[] = [
  { format: 'markdown', label: 'Markdown checklist', detail: 'A checklist per claim, for the research desk', language: 'markdown', render: renderMarkdown },
  { format: 'csv', label: 'CSV', detail: 'One row per claim, for a spreadsheet', language: 'csv', render: renderCsv },
  { format: 'json', label: 'JSON', detail: 'The CLI\'s --format json contract, with verification state', language: 'json', render: renderJson },
];

const WORKSPACE = 'workspace';

/** Checked drafts of the workspace folders, by path. */
function workspaceDrafts(checker: Checker): CheckedDocument[] {
  return checker
    .all()
    .filter((c) => vscode.workspace.getWorkspaceFolder(c.uri))
    .sort((a, b) => (a.uri.path < b.uri.path ? -1 : 1));
}

/** The current document, or every checked draft when asked (by argument, or in a quick pick when there are several). */
async function reportScope(checker: Checker, uriArg: unknown): Promise<CheckedDocument[] | undefined> {
  const drafts = workspaceDrafts(checker);
  if (uriArg === WORKSPACE) return drafts;
  const document = await resolveDocument(uriArg);
  const checked = document && (await checker.current(document));
  if (uriArg !== undefined || drafts.length <= 1) return checked ? [checked] : [];
  type Item = vscode.QuickPickItem & { scope: CheckedDocument[] };
  const items: Item[] = [
    ...(checked ? [{ label: 'This draft', description: vscode.workspace.asRelativePath(checked.uri), scope: [checked] }] : []),
    { label: 'All checked drafts in the workspace', description: `${drafts.length} drafts`, scope: drafts },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Export fact-check report', placeHolder: 'Which drafts' }))?.scope;
}

async function reportFile(checked: CheckedDocument, records: RecordStore): Promise<ReportFile> {
  await records.load(checked.uri);
  const marks = records.marksFor(checked.uri);
  return {
    path: checked.uri.scheme === 'untitled' ? checked.uri.path : vscode.workspace.asRelativePath(checked.uri),
    text: checked.text,
    analysis: { claims: checked.claims, dateline: checked.dateline, notices: [] },
    status: (claim): ClaimStatus | undefined => {
      const mark = marks[claim.fingerprint];
      if (!mark) return undefined;
      const status: ClaimStatus = { verified: mark.state === 'verified', ignored: mark.state === 'ignored', by: mark.by, at: mark.at };
      if (mark.note) status.note = mark.note;
      if (mark.link) status.link = mark.link;
      return status;
    },
  };
}

export function exportReportCommand(checker: Checker, records: RecordStore) {
  return async (formatArg?: unknown, uriArg?: unknown): Promise<vscode.Uri | undefined> => {
    let choice = FORMATS.find((f) => f.format === formatArg);
    if (!choice) {
      choice = await vscode.window.showQuickPick(FORMATS, { title: 'Export fact-check report', placeHolder: 'Report format' });
      if (!choice) return undefined;
    }
    const scope = await reportScope(checker, uriArg);
    if (!scope) return undefined;
    if (scope.length === 0) {
      void vscode.window.showInformationMessage('Factdesk: this document is not checked, so there is nothing to export.');
      return undefined;
    }
    const files = await Promise.all(scope.map((checked) => reportFile(checked, records)));
    const content = choice.render(files);
    const report = await vscode.workspace.openTextDocument({ language: choice.language, content });
    checker.exclude(report.uri);
    await vscode.window.showTextDocument(report, { preview: false });
    return report.uri;
  };
}
