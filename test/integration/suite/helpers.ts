/** Shared steps for the integration tests: fresh copies of the seed article, checks, waits. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CheckResult } from '../../../src/extension/checkCommand';

export const EXTENSION_ID = 'factdesk.factdesk';

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher must open a workspace folder holding seed-article.md');
  return folder;
}

let copies = 0;

/** A fresh copy of the seed article in the workspace (so tests do not see each other's edits), opened in an editor. */
export async function openSeedCopy(name: string): Promise<vscode.TextDocument> {
  const folder = workspaceFolder();
  const seed = vscode.Uri.joinPath(folder.uri, 'seed-article.md');
  const bytes = await vscode.workspace.fs.readFile(seed);
  const copy = vscode.Uri.joinPath(folder.uri, 'drafts', `${name}-${++copies}.md`);
  await vscode.workspace.fs.writeFile(copy, bytes);
  return openDocument(copy);
}

export async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return document;
}

/** Check now and wait for the result (the command resolves when the check is done). */
export async function check(document: vscode.TextDocument): Promise<CheckResult> {
  const result = await vscode.commands.executeCommand<CheckResult | undefined>('factdesk.checkDocument', document.uri);
  assert.ok(result, `${document.uri.path} was not checked`);
  return result;
}

export function factdeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factdesk');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Wait until `condition` holds (for work the extension does on its own schedule, like a debounced re-check). */
export async function eventually<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, limitMs = 20_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function claimWith(result: CheckResult, test: (claim: CheckResult['claims'][number]) => boolean, what: string): CheckResult['claims'][number] {
  const claim = result.claims.find(test);
  assert.ok(claim, `no claim: ${what} (found ${result.claims.map((c) => `${c.code} "${c.text}"`).join(', ')})`);
  return claim;
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export function recordsUri(document: vscode.TextDocument): vscode.Uri {
  const folder = workspaceFolder();
  const relative = document.uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return vscode.Uri.joinPath(folder.uri, '.factdesk', `${relative}.json`);
}
