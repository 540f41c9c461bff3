/** What an extension host offers beyond the VS Code API; host.ts (Node) and host.browser.ts provide it. */
import type * as vscode from 'vscode';
import type { RecordsFileIO } from '../core/recordsUpdate';
import type { DraftEngine } from './draftEngine';
import type { IdentityProbes } from './reviewer';

export interface Host {
  /** Where the reviewer's name can come from besides the setting. */
  identity: IdentityProbes;
  /** Worker threads for the workspace check, given the extension's folder; absent in a browser. */
  workers?: (extensionUri: vscode.Uri) => DraftEngine;
  /** Verification records on the local disk with a lock and flush; absent in a browser (workspace.fs then). */
  recordsFile?: (fsPath: string) => RecordsFileIO;
  /** A local path with its symbolic links resolved; absent in a browser, where workspace.fs has no links to follow. */
  realPath?: (fsPath: string) => Promise<string>;
  /** The web fetcher of *Fetch linked sources* (Node's http stack), loaded on first use; absent in a browser. */
  fetcher?: () => Promise<typeof import('../fetch/fetchSource')>;
}
