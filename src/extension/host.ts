/**
 * The Node extension host (desktop, remote, Codespaces): git and OS identity, and worker threads
 * running dist/draftWorker.js. The browser bundle replaces this module with host.browser.ts
 * (scripts/build.mjs), so no Node module reaches the web extension host.
 */
import * as vscode from 'vscode';
import type { Host } from './hostApi';
import { nodeIdentity } from './nodeIdentity';
import { workerEngine } from './workerEngine';

export const host: Host = {
  identity: nodeIdentity,
  workers: (extensionUri) => workerEngine(vscode.Uri.joinPath(extensionUri, 'dist', 'draftWorker.js').fsPath),
};
