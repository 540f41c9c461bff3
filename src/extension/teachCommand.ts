/**
 * `factdesk.teach (uri, key, value)`: adds a phrase to a word list of the `.factdesk.json` that
 * applies to the draft (the nearest one upward; a new one at the workspace folder's root when there
 * is none), through the editor's own document so the change is undoable and an open, unsaved copy
 * of the file is respected. The config watcher then re-checks every draft.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/configFile';
import { addToList, type ListKey } from './configEdits';
import type { Configuration } from './configuration';

const KEYS: readonly ListKey[] = ['extraSystems', 'ignore', 'namedSources', 'anonymousPhrases'];

async function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

export function teachCommand(configuration: Configuration) {
  return async (uriArg?: unknown, keyArg?: unknown, valueArg?: unknown): Promise<vscode.Uri | undefined> => {
    const draft = uriArg instanceof vscode.Uri ? uriArg : vscode.window.activeTextEditor?.document.uri;
    const key = KEYS.find((k) => k === keyArg);
    if (!draft || !key || typeof valueArg !== 'string' || valueArg.trim() === '') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(draft);
    if (!folder) {
      void vscode.window.showInformationMessage(`Factdesk: open the draft's folder as a workspace to keep a shared ${CONFIG_FILE_NAME}.`);
      return undefined;
    }
    const target = (await configuration.configFileFor(draft)) ?? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    const shown = vscode.workspace.asRelativePath(target);
    const edit = new vscode.WorkspaceEdit();
    try {
      if (await exists(target)) {
        const document = await vscode.workspace.openTextDocument(target);
        const hadUnsavedEdits = document.isDirty;
        const change = addToList(document.getText(), key, valueArg);
        if (change.edits.length === 0) {
          void vscode.window.showInformationMessage(`Factdesk: “${valueArg}” is already in ${key} in ${shown}.`);
          return target;
        }
        for (const e of change.edits) edit.replace(target, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
        if (!(await vscode.workspace.applyEdit(edit))) return undefined;
        // The user's own unsaved edits to the file are theirs to save.
        if (!hadUnsavedEdits) await document.save();
      } else {
        edit.createFile(target, { contents: new TextEncoder().encode(addToList(undefined, key, valueArg).text) });
        if (!(await vscode.workspace.applyEdit(edit))) return undefined;
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`Factdesk: ${shown} was not changed: ${(error as Error).message}.`);
      return undefined;
    }
    void vscode.window.setStatusBarMessage(`Factdesk: added “${valueArg}” to ${key} in ${shown}`, 5000);
    return target;
  };
}
