/**
 * The Node extension host (desktop, remote, Codespaces): git and OS identity, worker threads
 * running dist/draftWorker.js, and records files written with a lock. The browser bundle replaces this module with host.browser.ts
 * (scripts/build.mjs), so no Node module reaches the web extension host.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Host } from './hostApi';
import { nodeRecordsFile } from '../node/recordsFile';
import { nodeIdentity } from './nodeIdentity';
import { workerEngine } from './workerEngine';

export const host: Host = {
  identity: nodeIdentity,
  recordsFile: nodeRecordsFile,
  workers: (extensionUri) => workerEngine(vscode.Uri.joinPath(extensionUri, 'dist', 'draftWorker.js').fsPath),
  realPath: async (fsPath) => (await import('node:fs/promises')).realpath(fsPath),
  // dist/fetchSource.js, a bundle of its own beside this one (scripts/build.mjs), required on first use:
  // Readability and linkedom stay out of activation.
  fetcher: async () => require(path.join(__dirname, 'fetchSource.js')) as typeof import('../fetch/fetchSource'),
};
