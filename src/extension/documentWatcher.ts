/**
 * Document lifecycle → checks: immediately on open and save, debounced on edit
 * (factdesk.debounceMs), forgotten with diagnostics cleared on close; everything re-checked when
 * settings, `.factdesk.json`, workspace trust or a dateline override change.
 */
import * as vscode from 'vscode';
import type { Checker } from './checker';
import type { Configuration } from './configuration';
import type { DatelineOverrides } from './datelineOverrides';

export function watchDocuments(checker: Checker, configuration: Configuration, datelines: DatelineOverrides): vscode.Disposable[] {
  const checkAll = (): void => {
    for (const document of vscode.workspace.textDocuments) void checker.check(document);
  };
  checkAll();
  return [
    vscode.workspace.onDidOpenTextDocument((document) => void checker.check(document)),
    vscode.workspace.onDidSaveTextDocument((document) => void checker.check(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      const document = event.document;
      const debounce = checker.get(document.uri)?.config.debounceMs ?? vscode.workspace.getConfiguration('factdesk', document).get<number>('debounceMs', 300);
      checker.schedule(document, debounce);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => checker.closed(document.uri)),
    configuration.onDidChange(checkAll),
    datelines.onDidChange((uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document) void checker.check(document);
    }),
  ];
}
