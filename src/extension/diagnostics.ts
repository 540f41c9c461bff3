/**
 * Claims → Diagnostics in one collection, source `factdesk`, each code linking to its rule page in
 * the extension. Verified and ignored claims drop out, or show as hints with `factdesk.showVerified`.
 */
import * as vscode from 'vscode';
import { ruleDocPath, type Severity } from '../core/claims';
import type { Checker, CheckedDocument } from './checker';
import { withMarks } from './claimState';
import type { RecordStore } from './recordStore';

export const DIAGNOSTIC_SOURCE = 'factdesk';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function claimRange(checked: CheckedDocument, start: number, end: number): vscode.Range {
  const a = checked.lines.positionAt(start);
  const b = checked.lines.positionAt(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('factdesk');

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly checker: Checker,
    private readonly records: RecordStore,
  ) {}

  publish(uri: vscode.Uri): void {
    const checked = this.checker.get(uri);
    if (!checked) {
      this.collection.delete(uri);
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    for (const { claim, mark } of withMarks(checked.claims, this.records.marksFor(uri))) {
      if (mark && !checked.config.showVerified) continue;
      const message = mark ? `(${mark.state}) ${claim.message}` : claim.message;
      const diagnostic = new vscode.Diagnostic(claimRange(checked, claim.start, claim.end), message, mark ? vscode.DiagnosticSeverity.Hint : SEVERITY[claim.severity]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = { value: claim.code, target: vscode.Uri.joinPath(this.extensionUri, ruleDocPath(claim.code)) };
      diagnostics.push(diagnostic);
    }
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
