/**
 * *Export fact-check report*: the current document's claims with their verification state, as a
 * Markdown checklist, CSV or JSON (the core's report renderers, the same as the CLI's formats), in a
 * new untitled document the research desk can save or paste. `(format, uri)` arguments skip the UI.
 */
import * as vscode from 'vscode';
import { renderCsv, renderJson, renderMarkdown, type ClaimStatus, type ReportFile } from '../core/report';
import type { Checker } from './checker';
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

export function exportReportCommand(checker: Checker, records: RecordStore) {
  return async (formatArg?: unknown, uriArg?: unknown): Promise<vscode.Uri | undefined> => {
    const document = await resolveDocument(uriArg);
    if (!document) return undefined;
    const checked = await checker.current(document);
    if (!checked) {
      void vscode.window.showInformationMessage('Factdesk: this document is not checked, so there is nothing to export.');
      return undefined;
    }
    let choice = FORMATS.find((f) => f.format === formatArg);
    if (!choice) {
      choice = await vscode.window.showQuickPick(FORMATS, { title: 'Export fact-check report', placeHolder: 'Report format' });
      if (!choice) return undefined;
    }
    await records.load(document.uri);
    const marks = records.marksFor(document.uri);
    const file: ReportFile = {
      path: document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri),
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
    const content = choice.render([file]);
    const report = await vscode.workspace.openTextDocument({ language: choice.language, content });
    checker.exclude(report.uri);
    await vscode.window.showTextDocument(report, { preview: false });
    return report.uri;
  };
}
