/**
 * *Set dateline* overrides: a YYYY-MM-DD per document, kept in workspace state (not in the draft or
 * the shared settings), because a dateline belongs to one story and one checker's session.
 */
import * as vscode from 'vscode';

const KEY = 'factdesk.datelines';

export class DatelineOverrides {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get(uri: vscode.Uri): string | undefined {
    return this.state.get<Record<string, string>>(KEY, {})[uri.toString()];
  }

  async set(uri: vscode.Uri, value: string | undefined): Promise<void> {
    const all = { ...this.state.get<Record<string, string>>(KEY, {}) };
    if (value) all[uri.toString()] = value;
    else delete all[uri.toString()];
    await this.state.update(KEY, all);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
