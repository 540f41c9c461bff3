/**
 * Who is written into verification records as the reviewer: the `factdesk.reviewer` setting, else
 * `git config user.name` in the workspace (desktop and remote hosts with Node), else the OS user.
 *
 * Remote setups (SSH, containers, WSL, Codespaces: `vscode.env.remoteName` is set) run this code on
 * the remote machine, whose OS account (`root`, `vscode`, `codespace`) is not the person checking.
 * There the OS user is never used: the setting (application scope, so it comes from the person's
 * own user settings, never from a shared workspace) or the repository's git identity decides, and
 * with neither the record names no one rather than the wrong one.
 */
import * as vscode from 'vscode';
import { reviewerName } from './reviewerName';

/** What a host can tell (Node hosts give both; a browser neither). */
export interface IdentityProbes {
  gitUserName?(cwd: string | undefined): Promise<string | undefined>;
  osUserName?(): string | undefined;
}

export class Reviewer implements vscode.Disposable {
  private git: string | undefined;
  private readonly watch: vscode.Disposable;

  constructor(private readonly probes: IdentityProbes) {
    void this.refresh();
    this.watch = vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh());
  }

  /** The name for a mark made now. */
  get name(): string {
    return reviewerName({
      setting: vscode.workspace.getConfiguration('factdesk').get<string>('reviewer'),
      git: this.git,
      osUser: this.probes.osUserName?.(),
      remote: vscode.env.remoteName !== undefined,
    });
  }

  private async refresh(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    this.git = await this.probes.gitUserName?.(folder?.uri.fsPath).catch(() => undefined);
  }

  dispose(): void {
    this.watch.dispose();
  }
}
