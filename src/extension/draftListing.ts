/**
 * The drafts of the workspace: per folder, files matching `factdesk.include` that neither
 * `files.exclude` nor `factdesk.exclude` leaves out (settings read for each folder).
 */
import * as vscode from 'vscode';
import { draftMatcher, enabledExcludes } from './draftSelection';

export type IsDraft = (uri: vscode.Uri) => boolean;

function folderSelection(folder: vscode.WorkspaceFolder): { include: string[]; exclude: string[] } {
  const settings = vscode.workspace.getConfiguration('factdesk', folder.uri);
  const include = settings.get<string[]>('include', []);
  const exclude = [...settings.get<string[]>('exclude', []), ...enabledExcludes(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'))];
  return { include: Array.isArray(include) ? include : [], exclude: Array.isArray(exclude) ? exclude : [] };
}

/** The test for "is this URI a draft the workspace check covers", under the current settings. */
export function draftTest(): IsDraft {
  const matchers = new Map<string, (relative: string) => boolean>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) matchers.set(folder.uri.toString(), draftMatcher(folderSelection(folder)));
  return (uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const matches = folder && matchers.get(folder.uri.toString());
    if (!folder || !matches) return false;
    return matches(uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1));
  };
}

/** The include globs per folder, for file watchers. */
export function includePatterns(): vscode.RelativePattern[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => folderSelection(folder).include.map((glob) => new vscode.RelativePattern(folder, glob)));
}

/** Every draft in the workspace, sorted by path. */
export async function listDrafts(isDraft: IsDraft, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const pattern of includePatterns()) {
    // `undefined` exclude: VS Code applies files.exclude while searching (isDraft applies it again, with factdesk.exclude).
    for (const uri of await vscode.workspace.findFiles(pattern, undefined, undefined, token)) {
      if (isDraft(uri)) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
