/**
 * `factdesk.languages` everywhere it matters outside the checker: the `factdesk.languages` context
 * key (for menus and keybindings: `editorLangId in factdesk.languages`) and the document selector
 * of the hover and code-action providers, re-registered when the setting changes. The languages are
 * the union over the window and every workspace folder, since one selector serves them all; the
 * checker still decides per document.
 */
import * as vscode from 'vscode';
import { DEFAULT_LANGUAGES } from './effectiveConfig';

export const LANGUAGES_CONTEXT_KEY = 'factdesk.languages';

function configuredLanguages(): string[] {
  const scopes: Array<vscode.Uri | undefined> = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  const all = new Set<string>();
  for (const scope of scopes) {
    const list = vscode.workspace.getConfiguration('factdesk', scope).get<unknown>('languages');
    for (const id of Array.isArray(list) ? list : DEFAULT_LANGUAGES) if (typeof id === 'string' && id.trim() !== '') all.add(id);
  }
  return [...all].sort();
}

/** Keep providers registered for the configured languages; `register` is called again on every change. */
export function registerForLanguages(register: (selector: vscode.DocumentSelector) => vscode.Disposable[]): vscode.Disposable {
  let current = '';
  let registrations: vscode.Disposable[] = [];
  const apply = (): void => {
    const languages = configuredLanguages();
    const key = languages.join('\n');
    if (key === current) return;
    current = key;
    void vscode.commands.executeCommand('setContext', LANGUAGES_CONTEXT_KEY, languages);
    for (const d of registrations) d.dispose();
    registrations = register(languages.map((language) => ({ language })));
  };
  apply();
  const watch = vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factdesk.languages')) apply();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(apply),
  );
  return new vscode.Disposable(() => {
    watch.dispose();
    for (const d of registrations) d.dispose();
  });
}
