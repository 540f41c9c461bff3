/** The status-bar item "N claims · M unverified" for the active editor; clicking it opens Show claims. */
import * as vscode from 'vscode';
import type { Checker } from './checker';
import { countOpen, statusText, withMarks } from './claimState';
import type { RecordStore } from './recordStore';

export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factdesk.status', vscode.StatusBarAlignment.Right, 100);

  constructor(
    private readonly checker: Checker,
    private readonly records: RecordStore,
  ) {
    this.item.name = 'Factdesk claims';
    this.item.command = 'factdesk.showClaims';
  }

  update(editor: vscode.TextEditor | undefined): void {
    const checked = editor && this.checker.get(editor.document.uri);
    if (!editor || !checked) {
      this.item.hide();
      return;
    }
    const marked = withMarks(checked.claims, this.records.marksFor(editor.document.uri));
    this.item.text = `$(checklist) ${statusText(marked.length, countOpen(marked))}`;
    this.item.tooltip = 'Factdesk: show the claims in this document';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
