/** Pure text edits → one WorkspaceEdit (one undo step), positioned with the text they were computed on. */
import * as vscode from 'vscode';
import type { CheckedDocument } from './checker';
import { claimRange } from './diagnostics';
import type { TextEditSpec } from './textEdit';

export function toWorkspaceEdit(uri: vscode.Uri, checked: CheckedDocument, edits: readonly TextEditSpec[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, claimRange(checked, e.start, e.end), e.newText);
  return edit;
}
